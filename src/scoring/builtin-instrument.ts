import type { Instrument } from './types.js';

/**
 * The built-in instrument, English: the Leadership 3D diagnostic, 48 frequency-rated behaviour
 * items (3 dimensions × 4 facets × 4 items, one reverse-keyed item per facet) with self and
 * observer wording, plus a development suggestion per facet. Items are listed in the order
 * shown to respondents, interleaved across dimensions. Plain JSON-compatible data.
 */
export const instrument: Instrument = {
  schemaVersion: 1,
  id: 'l3d-core',
  version: '2.0.0',
  lang: 'en',
  title: 'Leadership 3D diagnostic',
  scale: {
    labels: ['Almost never', 'Rarely', 'Sometimes', 'Often', 'Almost always'],
    notObserved: 'Not observed',
  },
  psychometrics: { sd: 15, reliability: { dimension: 0.85 } },
  dimensions: [
    {
      id: 'technical',
      label: 'Technical expertise',
      description:
        'The professional knowledge and skill a person applies to do the job well, keeps up to date and passes on to others.',
    },
    {
      id: 'relational',
      label: 'Relationship management',
      description:
        'How a person earns trust, listens closely and moves others to act, whatever their job title.',
    },
    {
      id: 'business',
      label: 'Business savvy',
      description:
        'How a person understands where value comes from, serves the people the work is for, partners across the organisation and leads change.',
    },
  ],
  facets: [
    {
      id: 'domain-mastery',
      dimension: 'technical',
      label: 'Domain mastery',
      description:
        'Applying the knowledge and skill of your field to solve problems well, including unfamiliar ones.',
      develop: {
        reflect:
          'Which part of your job do you still handle by habit, and what would change if you understood the principles behind it?',
        feedforward:
          'Ask the most experienced practitioner you know: ‘Which one skill should I deepen next to handle harder cases?’',
        experiment:
          'For the next four weeks, take one unusual case each week and write down the principle you used to solve it.',
      },
    },
    {
      id: 'judgement',
      dimension: 'technical',
      label: 'Judgement and quality',
      description:
        'Weighing options and risks, checking quality, and being honest about uncertainty in professional decisions.',
      develop: {
        reflect:
          'Think of a recent decision that went wrong: which option or risk did you pass over, and why?',
        feedforward:
          'Ask a colleague whose judgement you trust: ‘Before my next big decision, what should I check that I tend to overlook?’',
        experiment:
          'For the next three weeks, write down two alternatives and the main risk of each before you commit to any significant choice.',
      },
    },
    {
      id: 'keeping-current',
      dimension: 'technical',
      label: 'Keeping current',
      description:
        'Continuing to learn as your field changes and putting new methods to use in real work.',
      develop: {
        reflect:
          'Which change in your field over the last two years have you been slowest to learn about, and what has that cost you?',
        feedforward:
          'Ask a peer known for staying up to date: ‘What one source or habit would you suggest I add to keep learning?’',
        experiment:
          'For the next six weeks, block one hour a week to study a new development in your field, then try it on a real task.',
      },
    },
    {
      id: 'sharing-expertise',
      dimension: 'technical',
      label: 'Sharing expertise',
      description:
        'Helping others build their own skill so the team can do good work without depending on you.',
      develop: {
        reflect:
          'Which tasks would stall if you were away for a month, and what knowledge have you kept only in your own head?',
        feedforward:
          'Ask a less experienced colleague: ‘What could I explain or show you in the coming weeks that would help you most?’',
        experiment:
          'For the next three weeks, when someone brings you a problem, ask what they would try before you offer an answer.',
      },
    },
    {
      id: 'credibility',
      dimension: 'relational',
      label: 'Credibility and trust',
      description:
        'Keeping commitments and being open about problems, so that people can rely on you.',
      develop: {
        reflect:
          'Which recent promise did you keep or let slip, and how did it shape how much people rely on you?',
        feedforward:
          'Ask a colleague who depends on your work: ‘What could I do over the next month to be easier to count on?’',
        experiment:
          'For the next four weeks, write down every commitment you make and warn people as soon as any date is at risk.',
      },
    },
    {
      id: 'listening',
      dimension: 'relational',
      label: 'Active listening',
      description:
        'Giving others full attention and checking that you have understood them before you respond.',
      develop: {
        reflect:
          'In your last difficult conversation, how much of the time were you listening, and how much were you preparing your answer?',
        feedforward:
          'Ask someone you meet with often: ‘In our next conversations, what could I do so that you feel fully heard?’',
        experiment:
          'For the next two weeks, before you reply in a one-to-one meeting, sum up what you heard and ask if you got it right.',
      },
    },
    {
      id: 'influence',
      dimension: 'relational',
      label: 'Influence without authority',
      description:
        'Winning support for ideas by understanding what others care about, whatever your position.',
      develop: {
        reflect:
          'Whose support do you need most for your next idea, and what do they care about that your idea could help with?',
        feedforward:
          'Ask a colleague who wins support without a title: ‘How would you approach the people I need to convince next?’',
        experiment:
          'For the next month, before each proposal, meet one key person to hear their concerns before you present.',
      },
    },
    {
      id: 'feedback',
      dimension: 'relational',
      label: 'Seeking feedback and feedforward',
      description:
        'Asking others how you are doing and what to try next, then acting on what they say.',
      develop: {
        reflect:
          "When did you last change how you work because of someone's input, and whose input have you yet to ask for?",
        feedforward:
          'Ask three colleagues the same question: ‘What is one thing I could do in the next month to be more effective?’',
        experiment:
          'For the next three weeks, end one meeting a week by asking for a single suggestion, then thank the person without defending yourself.',
      },
    },
    {
      id: 'acumen',
      dimension: 'business',
      label: 'Business acumen',
      description:
        'Understanding how your organisation creates value and using that to decide what matters most.',
      develop: {
        reflect:
          'How does your organisation earn or save money, and where does your own work fit into that picture?',
        feedforward:
          'Ask someone in finance or planning: ‘What should I understand better about our numbers to make smarter choices next quarter?’',
        experiment:
          'For the next month, write down the cost and expected benefit of each new piece of work before you begin it.',
      },
    },
    {
      id: 'customer',
      dimension: 'business',
      label: 'Customer outcomes',
      description:
        'Focusing on the results your work brings to the people it serves, inside or outside the organisation.',
      develop: {
        reflect:
          'Who uses the result of your work, and what outcome would they say they need most from it?',
        feedforward:
          'Ask a customer, patient or client you serve: ‘What could I do differently next time to make this more useful to you?’',
        experiment:
          'For the next four weeks, check back each week with the user of one finished piece of work to learn what it achieved.',
      },
    },
    {
      id: 'partnership',
      dimension: 'business',
      label: 'Strategic partnership',
      description:
        'Working with other teams and senior leaders toward shared goals that reach beyond the current task.',
      develop: {
        reflect:
          "Which team's success depends on yours, and how well do you understand what they are trying to achieve this year?",
        feedforward:
          'Ask a leader in another team: ‘Where could our two teams work together better in the next quarter?’',
        experiment:
          'For the next six weeks, have a short conversation every two weeks with someone from another team about their priorities.',
      },
    },
    {
      id: 'change',
      dimension: 'business',
      label: 'Inspiring change and innovation',
      description:
        'Setting a direction others want to follow and making room for new ideas to be tried.',
      develop: {
        reflect:
          "If you were setting up your team's way of working from scratch today, what would you do differently?",
        feedforward:
          'Ask the people you work with: ‘Which idea for improving our work should we try first, and what would help it succeed?’',
        experiment:
          'For the next month, respond to each new idea you hear by asking one question about it before you judge it.',
      },
    },
  ],
  items: [
    {
      id: 'domain-mastery-1',
      facet: 'domain-mastery',
      reverse: false,
      self: 'I handle unusual cases in my work by reasoning from the basic principles of my field.',
      observer:
        'This person handles unusual cases in their work by reasoning from the basic principles of their field.',
    },
    {
      id: 'credibility-1',
      facet: 'credibility',
      reverse: false,
      self: 'I do what I said I would do by the time I said I would.',
      observer: 'This person does what they said they would do by the time they said they would.',
    },
    {
      id: 'acumen-1',
      facet: 'acumen',
      reverse: false,
      self: "I explain how my team's work supports the goals of the organisation.",
      observer:
        "This person explains how their team's work supports the goals of the organisation.",
    },
    {
      id: 'judgement-1',
      facet: 'judgement',
      reverse: true,
      self: 'I settle on the first solution I think of when a problem comes up.',
      observer: 'This person settles on the first solution they think of when a problem comes up.',
    },
    {
      id: 'listening-1',
      facet: 'listening',
      reverse: false,
      self: 'I ask questions to understand what the other person means before I respond.',
      observer:
        'This person asks questions to understand what the other person means before they respond.',
    },
    {
      id: 'customer-1',
      facet: 'customer',
      reverse: false,
      self: 'I ask the people who use my work what result they need from it.',
      observer: 'This person asks the people who use their work what result they need from it.',
    },
    {
      id: 'keeping-current-1',
      facet: 'keeping-current',
      reverse: false,
      self: 'I set aside time to learn about new developments in my field.',
      observer: 'This person sets aside time to learn about new developments in their field.',
    },
    {
      id: 'influence-1',
      facet: 'influence',
      reverse: true,
      self: 'I argue the same point more loudly when people disagree with me.',
      observer: 'This person argues the same point more loudly when people disagree with them.',
    },
    {
      id: 'partnership-1',
      facet: 'partnership',
      reverse: false,
      self: 'I meet with people from other teams to learn about their priorities.',
      observer: 'This person meets with people from other teams to learn about their priorities.',
    },
    {
      id: 'sharing-expertise-1',
      facet: 'sharing-expertise',
      reverse: false,
      self: 'I explain the reasons behind my professional choices so colleagues can apply them on their own.',
      observer:
        'This person explains the reasons behind their professional choices so colleagues can apply them on their own.',
    },
    {
      id: 'feedback-1',
      facet: 'feedback',
      reverse: false,
      self: 'I ask colleagues for suggestions on what I could do better next time.',
      observer:
        'This person asks colleagues for suggestions on what they could do better next time.',
    },
    {
      id: 'change-1',
      facet: 'change',
      reverse: true,
      self: 'I dismiss new ideas early in a discussion.',
      observer: 'This person dismisses new ideas early in a discussion.',
    },
    {
      id: 'domain-mastery-2',
      facet: 'domain-mastery',
      reverse: false,
      self: 'I notice problems in technical work that others in my field have overlooked.',
      observer:
        'This person notices problems in technical work that others in their field have overlooked.',
    },
    {
      id: 'credibility-2',
      facet: 'credibility',
      reverse: true,
      self: 'I promise more than I can deliver to keep people happy.',
      observer: 'This person promises more than they can deliver to keep people happy.',
    },
    {
      id: 'acumen-2',
      facet: 'acumen',
      reverse: false,
      self: 'I estimate the cost of a piece of work before I start it.',
      observer: 'This person estimates the cost of a piece of work before they start it.',
    },
    {
      id: 'judgement-2',
      facet: 'judgement',
      reverse: false,
      self: 'I check my work for errors before I pass it on to others.',
      observer: 'This person checks their work for errors before they pass it on to others.',
    },
    {
      id: 'listening-2',
      facet: 'listening',
      reverse: false,
      self: 'I summarise what I heard to check that I understood it.',
      observer: 'This person summarises what they heard to check that they understood it.',
    },
    {
      id: 'customer-2',
      facet: 'customer',
      reverse: true,
      self: 'I consider a job finished as soon as I hand it over.',
      observer: 'This person considers a job finished as soon as they hand it over.',
    },
    {
      id: 'keeping-current-2',
      facet: 'keeping-current',
      reverse: false,
      self: 'I test new methods from my field on real work.',
      observer: 'This person tests new methods from their field on real work.',
    },
    {
      id: 'influence-2',
      facet: 'influence',
      reverse: false,
      self: 'I find out what matters to people before I ask for their support.',
      observer: 'This person finds out what matters to people before they ask for their support.',
    },
    {
      id: 'partnership-2',
      facet: 'partnership',
      reverse: false,
      self: 'I list the groups a decision will affect before I make it.',
      observer: 'This person lists the groups a decision will affect before they make it.',
    },
    {
      id: 'sharing-expertise-2',
      facet: 'sharing-expertise',
      reverse: true,
      self: 'I take over a task when a colleague is slow to work it out.',
      observer: 'This person takes over a task when a colleague is slow to work it out.',
    },
    {
      id: 'feedback-2',
      facet: 'feedback',
      reverse: false,
      self: 'I ask for feedback soon after a piece of work is finished.',
      observer: 'This person asks for feedback soon after a piece of work is finished.',
    },
    {
      id: 'change-2',
      facet: 'change',
      reverse: false,
      self: "I describe what the team's work could achieve in the years ahead.",
      observer: "This person describes what the team's work could achieve in the years ahead.",
    },
    {
      id: 'domain-mastery-3',
      facet: 'domain-mastery',
      reverse: true,
      self: 'I rely on guesswork for routine tasks in my own field.',
      observer: 'This person relies on guesswork for routine tasks in their own field.',
    },
    {
      id: 'credibility-3',
      facet: 'credibility',
      reverse: false,
      self: 'I tell people early when I am going to miss a commitment.',
      observer: 'This person tells people early when they are going to miss a commitment.',
    },
    {
      id: 'acumen-3',
      facet: 'acumen',
      reverse: false,
      self: 'I use financial figures to decide which work comes first.',
      observer: 'This person uses financial figures to decide which work comes first.',
    },
    {
      id: 'judgement-3',
      facet: 'judgement',
      reverse: false,
      self: 'I weigh the risks of a technical choice before I commit to it.',
      observer: 'This person weighs the risks of a technical choice before they commit to it.',
    },
    {
      id: 'listening-3',
      facet: 'listening',
      reverse: false,
      self: 'I put my devices away when someone is talking to me.',
      observer: 'This person puts their devices away when someone is talking to them.',
    },
    {
      id: 'customer-3',
      facet: 'customer',
      reverse: false,
      self: 'I follow up with the people my work serves to learn whether it solved their problem.',
      observer:
        'This person follows up with the people their work serves to learn whether it solved their problem.',
    },
    {
      id: 'keeping-current-3',
      facet: 'keeping-current',
      reverse: false,
      self: 'I discuss recent changes in my field with people outside my organisation.',
      observer:
        'This person discusses recent changes in their field with people outside their organisation.',
    },
    {
      id: 'influence-3',
      facet: 'influence',
      reverse: false,
      self: "I frame my proposals in terms of the other person's goals.",
      observer: "This person frames their proposals in terms of the other person's goals.",
    },
    {
      id: 'partnership-3',
      facet: 'partnership',
      reverse: true,
      self: "I guard my team's resources when another team asks for help with a shared goal.",
      observer:
        "This person guards their team's resources when another team asks for help with a shared goal.",
    },
    {
      id: 'sharing-expertise-3',
      facet: 'sharing-expertise',
      reverse: false,
      self: 'I write down what I know so the team can use it when I am away.',
      observer: 'This person writes down what they know so the team can use it when they are away.',
    },
    {
      id: 'feedback-3',
      facet: 'feedback',
      reverse: true,
      self: 'I defend my choices when someone points out a problem with my work.',
      observer:
        'This person defends their choices when someone points out a problem with their work.',
    },
    {
      id: 'change-3',
      facet: 'change',
      reverse: false,
      self: 'I ask the people I work with for ideas to improve how the work gets done.',
      observer:
        'This person asks the people they work with for ideas to improve how the work gets done.',
    },
    {
      id: 'domain-mastery-4',
      facet: 'domain-mastery',
      reverse: false,
      self: 'I deliver work that meets the accepted standards of my profession on the first attempt.',
      observer:
        'This person delivers work that meets the accepted standards of their profession on the first attempt.',
    },
    {
      id: 'credibility-4',
      facet: 'credibility',
      reverse: false,
      self: 'I admit my mistakes to the people they affect.',
      observer: 'This person admits their mistakes to the people they affect.',
    },
    {
      id: 'acumen-4',
      facet: 'acumen',
      reverse: true,
      self: 'I judge proposals purely on their technical merit.',
      observer: 'This person judges proposals purely on their technical merit.',
    },
    {
      id: 'judgement-4',
      facet: 'judgement',
      reverse: false,
      self: 'I tell people how certain I am when I give a professional opinion.',
      observer:
        'This person tells people how certain they are when they give a professional opinion.',
    },
    {
      id: 'listening-4',
      facet: 'listening',
      reverse: true,
      self: 'I interrupt people before they have finished their point.',
      observer: 'This person interrupts people before they have finished their point.',
    },
    {
      id: 'customer-4',
      facet: 'customer',
      reverse: false,
      self: 'I adjust my plans when the needs of the people I serve change.',
      observer: 'This person adjusts their plans when the needs of the people they serve change.',
    },
    {
      id: 'keeping-current-4',
      facet: 'keeping-current',
      reverse: true,
      self: 'I keep using familiar methods after better ones have become standard in my field.',
      observer:
        'This person keeps using familiar methods after better ones have become standard in their field.',
    },
    {
      id: 'influence-4',
      facet: 'influence',
      reverse: false,
      self: 'I build support for an idea with key people before a decision meeting.',
      observer: 'This person builds support for an idea with key people before a decision meeting.',
    },
    {
      id: 'partnership-4',
      facet: 'partnership',
      reverse: false,
      self: 'I raise issues that will matter to the organisation a year from now.',
      observer: 'This person raises issues that will matter to the organisation a year from now.',
    },
    {
      id: 'sharing-expertise-4',
      facet: 'sharing-expertise',
      reverse: false,
      self: 'I invite less experienced colleagues to work alongside me on hard tasks.',
      observer:
        'This person invites less experienced colleagues to work alongside them on hard tasks.',
    },
    {
      id: 'feedback-4',
      facet: 'feedback',
      reverse: false,
      self: 'I tell people what I changed as a result of their input.',
      observer: 'This person tells people what they changed as a result of their input.',
    },
    {
      id: 'change-4',
      facet: 'change',
      reverse: false,
      self: 'I run small trials to test a new approach before rolling it out widely.',
      observer:
        'This person runs small trials to test a new approach before rolling it out widely.',
    },
  ],
};

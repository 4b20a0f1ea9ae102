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
        'Using the knowledge and skill of your field to find and solve problems, including unusual ones.',
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
        'Helping others build their own skill so they can do good work without depending on you.',
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
      description: 'Keeping commitments, keeping people informed and helping beyond your own job.',
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
        'Winning support through personal, not positional, influence: learning what others need and finding a middle ground.',
      develop: {
        reflect:
          'Think of a recent disagreement: what did the other person need, and what middle ground could you have offered?',
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
        'Working with other teams and the leaders above you toward goals beyond your own work.',
      develop: {
        reflect:
          "Which team's success depends on your work, and how well do you understand what they are trying to achieve this year?",
        feedforward:
          'Ask a leader above you: ‘Which other teams should I work with more closely this year?’',
        experiment:
          'For the next six weeks, have a short conversation every two weeks with someone from another team about their priorities.',
      },
    },
    {
      id: 'change',
      dimension: 'business',
      label: 'Inspiring change and innovation',
      description:
        'Sharing a picture of what the work could achieve and making room for new ideas to be tried.',
      develop: {
        reflect:
          'What could your work achieve in three years, and whom have you told about that picture?',
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
      self: 'I take on the hardest problems in my work.',
      observer: 'This person takes on the hardest problems in their work.',
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
      self: 'I explain how my work supports the goals of the organisation.',
      observer: 'This person explains how their work supports the goals of the organisation.',
    },
    {
      id: 'judgement-1',
      facet: 'judgement',
      reverse: true,
      self: 'I settle on the first solution I think of when a problem comes up.',
      observer: 'This person settles on the first solution they suggest when a problem comes up.',
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
      observer: 'This person mentions new developments they have learned about in their field.',
    },
    {
      id: 'influence-1',
      facet: 'influence',
      reverse: true,
      self: 'I ask someone more senior to settle a disagreement with a colleague.',
      observer: 'This person asks someone more senior to settle a disagreement with a colleague.',
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
      self: 'I ask for proof that a new idea works before I support it.',
      observer: 'This person asks for proof that a new idea works before they support it.',
    },
    {
      id: 'domain-mastery-2',
      facet: 'domain-mastery',
      reverse: false,
      self: 'I point out problems in work that others have missed.',
      observer: 'This person points out problems in work that others have missed.',
    },
    {
      id: 'credibility-2',
      facet: 'credibility',
      reverse: true,
      self: 'I agree to a deadline before I check what the work involves.',
      observer: 'This person agrees to a deadline before they check what the work involves.',
    },
    {
      id: 'acumen-2',
      facet: 'acumen',
      reverse: false,
      self: 'I estimate the cost of a piece of work before I start it.',
      observer: 'This person states the likely cost of a piece of work before they start it.',
    },
    {
      id: 'judgement-2',
      facet: 'judgement',
      reverse: false,
      self: 'I check my work for errors before I pass it on to others.',
      observer: 'This person passes on work that they have already checked for errors.',
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
      self: 'I decide what the people I serve need, based on my own expertise.',
      observer:
        'This person decides what the people they serve need, based on their own expertise.',
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
      self: 'I tell the leaders above me about trends I see in my work.',
      observer: 'This person tells the leaders above them about trends they see in their work.',
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
      self: 'I describe what our work could achieve in the years ahead.',
      observer: 'This person describes what our work could achieve in the years ahead.',
    },
    {
      id: 'domain-mastery-3',
      facet: 'domain-mastery',
      reverse: true,
      self: 'I follow the standard procedure, whatever the details of the case.',
      observer: 'This person follows the standard procedure, whatever the details of the case.',
    },
    {
      id: 'credibility-3',
      facet: 'credibility',
      reverse: false,
      self: 'I keep people updated on the progress of work I have promised them.',
      observer: 'This person keeps people updated on the progress of work they have promised them.',
    },
    {
      id: 'acumen-3',
      facet: 'acumen',
      reverse: false,
      self: 'I ask what value a new task will bring to the organisation.',
      observer: 'This person asks what value a new task will bring to the organisation.',
    },
    {
      id: 'judgement-3',
      facet: 'judgement',
      reverse: false,
      self: 'I weigh the risks of a decision before I commit to it.',
      observer: 'This person talks through the risks of a decision before they commit to it.',
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
      self: 'I ask people in my field about the new methods they use.',
      observer: 'This person asks people in their field about the new methods they use.',
    },
    {
      id: 'influence-3',
      facet: 'influence',
      reverse: false,
      self: 'I propose a middle ground that each side can accept.',
      observer: 'This person proposes a middle ground that each side can accept.',
    },
    {
      id: 'partnership-3',
      facet: 'partnership',
      reverse: true,
      self: 'I put my own deadlines ahead of goals I share with other teams.',
      observer: 'This person puts their own deadlines ahead of goals they share with other teams.',
    },
    {
      id: 'sharing-expertise-3',
      facet: 'sharing-expertise',
      reverse: false,
      self: 'I write down what I know so others can use it when I am away.',
      observer: 'This person writes down what they know so others can use it when they are away.',
    },
    {
      id: 'feedback-3',
      facet: 'feedback',
      reverse: true,
      self: 'I keep my work to myself until it is finished.',
      observer: 'This person keeps their work to themselves until it is finished.',
    },
    {
      id: 'change-3',
      facet: 'change',
      reverse: false,
      self: 'I help colleagues try out their new ideas.',
      observer: 'This person helps colleagues try out their new ideas.',
    },
    {
      id: 'domain-mastery-4',
      facet: 'domain-mastery',
      reverse: false,
      self: 'I find the root cause of a problem before I fix it.',
      observer: 'This person finds the root cause of a problem before they fix it.',
    },
    {
      id: 'credibility-4',
      facet: 'credibility',
      reverse: false,
      self: 'I make time to help colleagues with problems outside my own job.',
      observer: 'This person makes time to help colleagues with problems outside their own job.',
    },
    {
      id: 'acumen-4',
      facet: 'acumen',
      reverse: true,
      self: 'I work on tasks in the order they arrive.',
      observer: 'This person works on tasks in the order they arrive.',
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
      self: 'I speak up for the needs of the people who use my work.',
      observer: 'This person speaks up for the needs of the people who use their work.',
    },
    {
      id: 'keeping-current-4',
      facet: 'keeping-current',
      reverse: true,
      self: 'I wait until a task needs a new method before I learn it.',
      observer: 'This person waits until a task needs a new method before they learn it.',
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
      self: 'I involve other teams early in work that will affect them.',
      observer: 'This person involves other teams early in work that will affect them.',
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
      self: 'I try out the suggestions colleagues give me about my work.',
      observer: 'This person tries out the suggestions colleagues give them about their work.',
    },
    {
      id: 'change-4',
      facet: 'change',
      reverse: false,
      self: 'I propose new ways of doing our work.',
      observer: 'This person proposes new ways of doing our work.',
    },
  ],
};

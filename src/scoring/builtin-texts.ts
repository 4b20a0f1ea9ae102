import type { DevelopmentSuggestion } from './types.js';

/**
 * The built-in instrument's English texts that only the report and the observer form show: a
 * development suggestion per facet (by facet id: the growth steps, and `use` for a strength), what
 * each facet covers, and the observer wording of each item (by item id). Kept out of `builtin-core.ts` so that the one-file build's first file does not carry them.
 */
export const develop: Readonly<Record<string, DevelopmentSuggestion>> = {
  'domain-mastery': {
    reflect:
      'Which part of your job do you still handle by habit, and what would change if you understood the principles behind it?',
    feedforward:
      'Ask the most experienced practitioner you know: ‘Which one skill should I deepen next to handle harder cases?’',
    experiment:
      'For the next four weeks, take one unusual case each week and write down the principle you used to solve it.',
    use: 'Take on a case others find hard, and walk a colleague through how you solve it.',
  },
  judgement: {
    reflect:
      'Think of a recent decision that went wrong: which option or risk did you pass over, and why?',
    feedforward:
      'Ask a colleague whose judgement you trust: ‘Before my next big decision, what should I check that I tend to overlook?’',
    experiment:
      'For the next three weeks, write down two alternatives and the main risk of each before you commit to any significant choice.',
    use: 'Offer to review a colleague’s next big decision, asking the questions you would ask yourself.',
  },
  'keeping-current': {
    reflect:
      'Which change in your field over the last two years have you been slowest to learn about, and what has that cost you?',
    feedforward:
      'Ask a peer known for staying up to date: ‘What one source or habit would you suggest I add to keep learning?’',
    experiment:
      'For the next six weeks, block one hour a week to study a new development in your field, then try it on a real task.',
    use: 'Each month, share one new development with your team and what it means for their work.',
  },
  'sharing-expertise': {
    reflect:
      'Which tasks would stall if you were away for a month, and what knowledge have you kept only in your own head?',
    feedforward:
      'Ask a less experienced colleague: ‘What could I explain or show you in the coming weeks that would help you most?’',
    experiment:
      'For the next three weeks, when someone brings you a problem, ask what they would try before you offer an answer.',
    use: 'Set up a regular session where less experienced colleagues bring real problems to work through with you.',
  },
  credibility: {
    reflect:
      'Which recent promise did you keep or let slip, and how did it shape how much people rely on you?',
    feedforward:
      'Ask a colleague who depends on your work: ‘What could I do over the next month to be easier to count on?’',
    experiment:
      'For the next four weeks, write down every commitment you make and warn people as soon as any date is at risk.',
    use: 'Volunteer for work where trust between groups is low, and be the one who follows through.',
  },
  listening: {
    reflect:
      'In your last difficult conversation, how much of the time were you listening, and how much were you preparing your answer?',
    feedforward:
      'Ask someone you meet with often: ‘In our next conversations, what could I do so that you feel fully heard?’',
    experiment:
      'For the next two weeks, before you reply in a one-to-one meeting, sum up what you heard and ask if you got it right.',
    use: 'Chair the next tense meeting, and make sure every view is heard and summed up before anyone decides.',
  },
  influence: {
    reflect:
      'Think of a recent disagreement: what did the other person need, and what middle ground could you have offered?',
    feedforward:
      'Ask a colleague who wins support without a title: ‘How would you approach the people I need to convince next?’',
    experiment:
      'For the next month, before each proposal, meet one key person to hear their concerns before you present.',
    use: 'Help a colleague plan how to win support for their proposal, sharing what works for you.',
  },
  feedback: {
    reflect:
      "When did you last change how you work because of someone's input, and whose input have you yet to ask for?",
    feedforward:
      'Ask three colleagues the same question: ‘What is one thing I could do in the next month to be more effective?’',
    experiment:
      'For the next three weeks, end one meeting a week by asking for a single suggestion, then thank the person without defending yourself.',
    use: 'Show a colleague how you ask for feedforward, and invite them to ask you for theirs.',
  },
  acumen: {
    reflect:
      'How does your organisation earn or save money, and where does your own work fit into that picture?',
    feedforward:
      'Ask someone in finance or planning: ‘What should I understand better about our numbers to make smarter choices next quarter?’',
    experiment:
      'For the next month, write down the cost and expected benefit of each new piece of work before you begin it.',
    use: 'Explain to your team, with one real example, how their work shows up in costs and revenue.',
  },
  customer: {
    reflect:
      'Who uses the result of your work, and what outcome would they say they need most from it?',
    feedforward:
      'Ask a customer, patient or client you serve: ‘What could I do differently next time to make this more useful to you?’',
    experiment:
      'For the next four weeks, check back each week with the user of one finished piece of work to learn what it achieved.',
    use: 'Bring a customer’s view into your team’s next decision, and take a colleague along on a customer visit.',
  },
  partnership: {
    reflect:
      "Which team's success depends on your work, and how well do you understand what they are trying to achieve this year?",
    feedforward:
      'Ask a leader above you: ‘Which other teams should I work with more closely this year?’',
    experiment:
      'For the next six weeks, have a short conversation every two weeks with someone from another team about their priorities.',
    use: 'Introduce two teams that could help each other, and help them agree on one shared goal.',
  },
  change: {
    reflect:
      'What could your work achieve in three years, and whom have you told about that picture?',
    feedforward:
      'Ask the people you work with: ‘Which idea for improving our work should we try first, and what would help it succeed?’',
    experiment:
      'For the next month, respond to each new idea you hear by asking one question about it before you judge it.',
    use: 'Offer to help lead a change outside your own area, and coach the people who find it hard.',
  },
};

/** What each facet covers (by facet id), shown by the report and the coach's views. */
export const description: Readonly<Record<string, string>> = {
  'domain-mastery':
    'Using the knowledge and skill of your field to find and solve problems, including unusual ones.',
  judgement:
    'Weighing options and risks, checking quality, and being honest about uncertainty in professional decisions.',
  'keeping-current':
    'Continuing to learn as your field changes and putting new methods to use in real work.',
  'sharing-expertise':
    'Helping others build their own skill so they can do good work without depending on you.',
  credibility: 'Keeping commitments, keeping people informed and helping beyond your own job.',
  listening:
    'Giving others full attention and checking that you have understood them before you respond.',
  influence:
    'Winning support through personal, not positional, influence: learning what others need and finding a middle ground.',
  feedback: 'Asking others how you are doing and what to try next, then acting on what they say.',
  acumen:
    'Understanding how your organisation creates value and using that to decide what matters most.',
  customer:
    'Focusing on the results your work brings to the people it serves, inside or outside the organisation.',
  partnership:
    'Working with other teams and the leaders above you toward goals beyond your own work.',
  change:
    'Sharing a picture of what the work could achieve and making room for new ideas to be tried.',
};

export const observer: Readonly<Record<string, string>> = {
  'domain-mastery-1': 'This person takes on the hardest problems in their work.',
  'credibility-1':
    'This person does what they said they would do by the time they said they would.',
  'acumen-1': 'This person explains how their work supports the goals of the organisation.',
  'judgement-1': 'This person settles on the first solution they suggest when a problem comes up.',
  'listening-1':
    'This person asks questions to understand what the other person means before they respond.',
  'customer-1': 'This person asks the people who use their work what result they need from it.',
  'keeping-current-1':
    'This person mentions new developments they have learned about in their field.',
  'influence-1': 'This person asks someone more senior to settle a disagreement with a colleague.',
  'partnership-1':
    'This person meets with people from other teams to learn about their priorities.',
  'sharing-expertise-1':
    'This person explains the reasons behind their professional choices so colleagues can apply them on their own.',
  'feedback-1':
    'This person asks colleagues for suggestions on what they could do better next time.',
  'change-1': 'This person asks for proof that a new idea works before they support it.',
  'domain-mastery-2': 'This person points out problems in work that others have missed.',
  'credibility-2': 'This person agrees to a deadline before they check what the work involves.',
  'acumen-2': 'This person states the likely cost of a piece of work before they start it.',
  'judgement-2': 'This person passes on work that they have already checked for errors.',
  'listening-2': 'This person summarises what they heard to check that they understood it.',
  'customer-2':
    'This person decides what the people they serve need, based on their own expertise.',
  'keeping-current-2': 'This person tests new methods from their field on real work.',
  'influence-2': 'This person finds out what matters to people before they ask for their support.',
  'partnership-2': 'This person tells the leaders above them about trends they see in their work.',
  'sharing-expertise-2': 'This person takes over a task when a colleague is slow to work it out.',
  'feedback-2': 'This person asks for feedback soon after a piece of work is finished.',
  'change-2': 'This person describes what our work could achieve in the years ahead.',
  'domain-mastery-3':
    'This person follows the standard procedure, whatever the details of the case.',
  'credibility-3':
    'This person keeps people updated on the progress of work they have promised them.',
  'acumen-3': 'This person asks what value a new task will bring to the organisation.',
  'judgement-3': 'This person talks through the risks of a decision before they commit to it.',
  'listening-3': 'This person puts their devices away when someone is talking to them.',
  'customer-3':
    'This person follows up with the people their work serves to learn whether it solved their problem.',
  'keeping-current-3': 'This person asks people in their field about the new methods they use.',
  'influence-3': 'This person proposes a middle ground that each side can accept.',
  'partnership-3':
    'This person puts their own deadlines ahead of goals they share with other teams.',
  'sharing-expertise-3':
    'This person writes down what they know so others can use it when they are away.',
  'feedback-3': 'This person keeps their work to themselves until it is finished.',
  'change-3': 'This person helps colleagues try out their new ideas.',
  'domain-mastery-4': 'This person finds the root cause of a problem before they fix it.',
  'credibility-4': 'This person makes time to help colleagues with problems outside their own job.',
  'acumen-4': 'This person works on tasks in the order they arrive.',
  'judgement-4':
    'This person tells people how certain they are when they give a professional opinion.',
  'listening-4': 'This person interrupts people before they have finished their point.',
  'customer-4': 'This person speaks up for the needs of the people who use their work.',
  'keeping-current-4': 'This person waits until a task needs a new method before they learn it.',
  'influence-4':
    'This person builds support for an idea with key people before a decision meeting.',
  'partnership-4': 'This person involves other teams early in work that will affect them.',
  'sharing-expertise-4':
    'This person invites less experienced colleagues to work alongside them on hard tasks.',
  'feedback-4': 'This person tries out the suggestions colleagues give them about their work.',
  'change-4': 'This person proposes new ways of doing our work.',
};

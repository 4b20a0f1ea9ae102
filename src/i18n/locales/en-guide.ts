/**
 * The English texts of the report's second version (the `guide` section of a locale): what
 * each dimension's stage looks like and what the next one asks for (the Dreyfus stages, in
 * plain words), the highest and lowest answers, and the labels of the strength and growth advice.
 * Apart from `en-report.ts` so that a locale written before them still loads (see `types.ts`).
 */
export const enGuide = {
  stage: {
    next: 'Next step',
    keep: 'To keep and widen it',
    lower: 'The likely range spans more than one stage; this is for the lower one, {stage}.',
    technical: {
      novice: {
        now: 'You lean on rules, checklists and other people’s examples to get the work right.',
        next: 'Handle more real cases beside someone experienced, and ask why each rule exists.',
      },
      'advanced-beginner': {
        now: 'You recognise familiar situations from experience; new ones still need help.',
        next: 'Own a whole task from start to finish and plan how you will approach it.',
      },
      competent: {
        now: 'You plan your work, decide what matters most and own the result.',
        next: 'Look back on each result to build a feel for the whole case, not only its parts.',
      },
      proficient: {
        now: 'You see the whole situation quickly and know what matters most.',
        next: 'Take on the hardest cases, where experience must guide what no rule covers.',
      },
      expert: {
        now: 'You act fluently from deep experience, even in unusual cases.',
        next: 'Keep learning at the edge of your field, and teach what you know so others grow.',
      },
    },
    relational: {
      novice: {
        now: 'You work with others through set routines, such as agreed meetings and procedures.',
        next: 'Notice how people respond to you, and ask for feedback after key conversations.',
      },
      'advanced-beginner': {
        now: 'You build good ties with people you know; strangers and conflict are harder.',
        next: 'Keep every promise in plain sight, and listen fully before you answer.',
      },
      competent: {
        now: 'You keep commitments, listen well and can win support for a plan you own.',
        next: 'Learn what each person needs, and look for middle ground before you push.',
      },
      proficient: {
        now: 'You read people and situations quickly and adjust how you work with each.',
        next: 'Bring together groups with opposed interests, and give feedback that helps people grow.',
      },
      expert: {
        now: 'People seek you out: trust and influence come easily across the organisation.',
        next: 'Coach others in building relationships, and keep asking for honest feedforward.',
      },
    },
    business: {
      novice: {
        now: 'You know your own tasks, but how they create value is not yet clear to you.',
        next: 'Learn how your team’s work reaches customers and shows in the numbers.',
      },
      'advanced-beginner': {
        now: 'You know the basics of how the business works and notice some customer needs.',
        next: 'Link your own choices to costs, customers and goals, and check what followed.',
      },
      competent: {
        now: 'You weigh costs and benefits and tie your work to the organisation’s goals.',
        next: 'Build partnerships across functions, and look further ahead than your own area.',
      },
      proficient: {
        now: 'You see the wider business picture and act on change before being asked.',
        next: 'Lead changes that cross functions, and help shape where the organisation goes.',
      },
      expert: {
        now: 'You shape strategy and turn market shifts into clear choices for others.',
        next: 'Mentor others in business thinking, and keep testing your view against new markets.',
      },
    },
  },
  items: {
    heading: 'Highest and lowest answers',
    lede: {
      self: 'The statements as you read them, with the answer you gave. A statement about the opposite of a behaviour ranks high when you answered it rarely.',
      observer:
        'The statements as the observer read them, with the answer given. A statement about the opposite of a behaviour ranks high when it was answered rarely.',
    },
    highest: 'Highest',
    lowest: 'Lowest',
    answer: 'Answer: {answer}',
    tied: 'tied',
    leftOut:
      '{count, plural, one {# statement ties} other {# statements tie}} for place {rank}: too many to list.',
    allEqual: 'Every statement got the same answer, so none stands out as higher or lower.',
    tooFew: 'Too few statements were answered to pick out the highest and lowest.',
  },
  use: 'Use it more widely',
  lowItems: 'Lowest answers here',
  lowItemsTied: '{count} of its statements tie for the lowest answer here, so none is singled out.',
};

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
        now: 'You follow rules, checklists and others’ examples to get the work right.',
        next: 'Handle real cases beside someone experienced, and ask why each rule exists.',
      },
      'advanced-beginner': {
        now: 'You handle familiar cases from experience; new ones still need help.',
        next: 'Own a whole task from start to finish, and plan how to approach it.',
      },
      competent: {
        now: 'You plan your work, decide what matters most and own the result.',
        next: 'Review each result to build a feel for the whole case, not just its parts.',
      },
      proficient: {
        now: 'You see the whole situation quickly and know what matters most.',
        next: 'Take on the hardest cases, where experience must guide what no rule covers.',
      },
      expert: {
        now: 'You act fluently from deep experience, even in unusual cases.',
        next: 'Keep learning at the edge of your field, and teach what you know.',
      },
    },
    relational: {
      novice: {
        now: 'You work with others through set routines, such as agreed meetings.',
        next: 'Notice how people respond to you, and ask for feedback after key talks.',
      },
      'advanced-beginner': {
        now: 'You build good ties with people you know; strangers and conflict are harder.',
        next: 'Keep every promise visibly, and listen fully before you answer.',
      },
      competent: {
        now: 'You keep commitments, listen well and win support for your plans.',
        next: 'Learn what each person needs, and seek middle ground before you push.',
      },
      proficient: {
        now: 'You read people and situations quickly and adapt to each.',
        next: 'Bring opposed groups together, and give feedback that helps people grow.',
      },
      expert: {
        now: 'People seek you out; trust and influence come easily across the organisation.',
        next: 'Coach others in building relationships, and keep asking for feedforward.',
      },
    },
    business: {
      novice: {
        now: 'You know your tasks, but not yet how they create value.',
        next: 'Learn how your team’s work reaches customers and shows in the numbers.',
      },
      'advanced-beginner': {
        now: 'You know the basics of the business and notice some customer needs.',
        next: 'Link your choices to costs, customers and goals, and check what followed.',
      },
      competent: {
        now: 'You weigh costs and benefits and tie your work to the organisation’s goals.',
        next: 'Build partnerships across functions, and look beyond your own area.',
      },
      proficient: {
        now: 'You see the wider business picture and act on change before being asked.',
        next: 'Lead changes across functions, and help shape where the organisation goes.',
      },
      expert: {
        now: 'You shape strategy and turn market shifts into clear choices for others.',
        next: 'Mentor others in business thinking, and test your view against new markets.',
      },
    },
  },
  items: {
    heading: 'Highest and lowest answers',
    lede: 'The statements as they were read, with the answer given. A statement about the opposite of a behaviour ranks high when it was answered rarely.',
    highest: 'Highest',
    lowest: 'Lowest',
    answer: 'Answer: {answer}',
    tied: 'tied',
    leftOut:
      '{count, plural, one {# statement ties} other {# statements tie}} for place {rank}, too many to rank apart: show them.',
    allEqual: 'Every statement got the same answer, so none stands out as higher or lower.',
    tooFew: 'Too few statements were answered to pick out the highest and lowest.',
  },
  use: 'Use it more widely',
  lowItems: 'Lowest answers here',
  lowItemsTied: '{count} of its statements tie for the lowest answer here, so none is singled out.',
};

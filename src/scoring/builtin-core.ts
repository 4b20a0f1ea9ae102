import type { Instrument, InstrumentFacet, InstrumentItem } from './types.js';

/** The built-in instrument before its English texts for the report and the observer form. */
export interface CoreInstrument extends Omit<Instrument, 'facets' | 'items'> {
  facets: Omit<InstrumentFacet, 'develop' | 'description'>[];
  items: Omit<InstrumentItem, 'observer'>[];
}

/**
 * The built-in instrument, English: the Leadership 3D diagnostic, 48 frequency-rated behaviour
 * items (3 dimensions × 4 facets × 4 items, one reverse-keyed item per facet) with their self
 * wording. Items are listed in the order shown to respondents, interleaved across dimensions.
 * Plain JSON-compatible data.
 *
 * The observer wording of each item and the description and development suggestion of each
 * facet are in `builtin-texts.ts`: only the observer form and the report show them, so the one-file build's
 * first file carries this module alone, and `builtin-instrument.ts` (the complete instrument,
 * a new object) is fetched with the report's chunk. Scoring reads nothing but this part.
 */
export const core: CoreInstrument = {
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
    },
    {
      id: 'judgement',
      dimension: 'technical',
      label: 'Judgement and quality',
    },
    {
      id: 'keeping-current',
      dimension: 'technical',
      label: 'Keeping current',
    },
    {
      id: 'sharing-expertise',
      dimension: 'technical',
      label: 'Sharing expertise',
    },
    {
      id: 'credibility',
      dimension: 'relational',
      label: 'Credibility and trust',
    },
    {
      id: 'listening',
      dimension: 'relational',
      label: 'Active listening',
    },
    {
      id: 'influence',
      dimension: 'relational',
      label: 'Influence without authority',
    },
    {
      id: 'feedback',
      dimension: 'relational',
      label: 'Seeking feedback and feedforward',
    },
    {
      id: 'acumen',
      dimension: 'business',
      label: 'Business acumen',
    },
    {
      id: 'customer',
      dimension: 'business',
      label: 'Customer outcomes',
    },
    {
      id: 'partnership',
      dimension: 'business',
      label: 'Strategic partnership',
    },
    {
      id: 'change',
      dimension: 'business',
      label: 'Inspiring change and innovation',
    },
  ],
  items: [
    {
      id: 'domain-mastery-1',
      facet: 'domain-mastery',
      reverse: false,
      self: 'I take on the hardest problems in my work.',
    },
    {
      id: 'credibility-1',
      facet: 'credibility',
      reverse: false,
      self: 'I do what I said I would do by the time I said I would.',
    },
    {
      id: 'acumen-1',
      facet: 'acumen',
      reverse: false,
      self: 'I explain how my work supports the goals of the organisation.',
    },
    {
      id: 'judgement-1',
      facet: 'judgement',
      reverse: true,
      self: 'I settle on the first solution I think of when a problem comes up.',
    },
    {
      id: 'listening-1',
      facet: 'listening',
      reverse: false,
      self: 'I ask questions to understand what the other person means before I respond.',
    },
    {
      id: 'customer-1',
      facet: 'customer',
      reverse: false,
      self: 'I ask the people who use my work what result they need from it.',
    },
    {
      id: 'keeping-current-1',
      facet: 'keeping-current',
      reverse: false,
      self: 'I set aside time to learn about new developments in my field.',
    },
    {
      id: 'influence-1',
      facet: 'influence',
      reverse: true,
      self: 'I ask someone more senior to settle a disagreement with a colleague.',
    },
    {
      id: 'partnership-1',
      facet: 'partnership',
      reverse: false,
      self: 'I meet with people from other teams to learn about their priorities.',
    },
    {
      id: 'sharing-expertise-1',
      facet: 'sharing-expertise',
      reverse: false,
      self: 'I explain the reasons behind my professional choices so colleagues can apply them on their own.',
    },
    {
      id: 'feedback-1',
      facet: 'feedback',
      reverse: false,
      self: 'I ask colleagues for suggestions on what I could do better next time.',
    },
    {
      id: 'change-1',
      facet: 'change',
      reverse: true,
      self: 'I ask for proof that a new idea works before I support it.',
    },
    {
      id: 'domain-mastery-2',
      facet: 'domain-mastery',
      reverse: false,
      self: 'I point out problems in work that others have missed.',
    },
    {
      id: 'credibility-2',
      facet: 'credibility',
      reverse: true,
      self: 'I agree to a deadline before I check what the work involves.',
    },
    {
      id: 'acumen-2',
      facet: 'acumen',
      reverse: false,
      self: 'I estimate the cost of a piece of work before I start it.',
    },
    {
      id: 'judgement-2',
      facet: 'judgement',
      reverse: false,
      self: 'I check my work for errors before I pass it on to others.',
    },
    {
      id: 'listening-2',
      facet: 'listening',
      reverse: false,
      self: 'I summarise what I heard to check that I understood it.',
    },
    {
      id: 'customer-2',
      facet: 'customer',
      reverse: true,
      self: 'I decide what the people I serve need, based on my own expertise.',
    },
    {
      id: 'keeping-current-2',
      facet: 'keeping-current',
      reverse: false,
      self: 'I test new methods from my field on real work.',
    },
    {
      id: 'influence-2',
      facet: 'influence',
      reverse: false,
      self: 'I find out what matters to people before I ask for their support.',
    },
    {
      id: 'partnership-2',
      facet: 'partnership',
      reverse: false,
      self: 'I tell the leaders above me about trends I see in my work.',
    },
    {
      id: 'sharing-expertise-2',
      facet: 'sharing-expertise',
      reverse: true,
      self: 'I take over a task when a colleague is slow to work it out.',
    },
    {
      id: 'feedback-2',
      facet: 'feedback',
      reverse: false,
      self: 'I ask for feedback soon after a piece of work is finished.',
    },
    {
      id: 'change-2',
      facet: 'change',
      reverse: false,
      self: 'I describe what our work could achieve in the years ahead.',
    },
    {
      id: 'domain-mastery-3',
      facet: 'domain-mastery',
      reverse: true,
      self: 'I follow the standard procedure, whatever the details of the case.',
    },
    {
      id: 'credibility-3',
      facet: 'credibility',
      reverse: false,
      self: 'I keep people updated on the progress of work I have promised them.',
    },
    {
      id: 'acumen-3',
      facet: 'acumen',
      reverse: false,
      self: 'I ask what value a new task will bring to the organisation.',
    },
    {
      id: 'judgement-3',
      facet: 'judgement',
      reverse: false,
      self: 'I weigh the risks of a decision before I commit to it.',
    },
    {
      id: 'listening-3',
      facet: 'listening',
      reverse: false,
      self: 'I put my devices away when someone is talking to me.',
    },
    {
      id: 'customer-3',
      facet: 'customer',
      reverse: false,
      self: 'I follow up with the people my work serves to learn whether it solved their problem.',
    },
    {
      id: 'keeping-current-3',
      facet: 'keeping-current',
      reverse: false,
      self: 'I ask people in my field about the new methods they use.',
    },
    {
      id: 'influence-3',
      facet: 'influence',
      reverse: false,
      self: 'I propose a middle ground that each side can accept.',
    },
    {
      id: 'partnership-3',
      facet: 'partnership',
      reverse: true,
      self: 'I put my own deadlines ahead of goals I share with other teams.',
    },
    {
      id: 'sharing-expertise-3',
      facet: 'sharing-expertise',
      reverse: false,
      self: 'I write down what I know so others can use it when I am away.',
    },
    {
      id: 'feedback-3',
      facet: 'feedback',
      reverse: true,
      self: 'I keep my work to myself until it is finished.',
    },
    {
      id: 'change-3',
      facet: 'change',
      reverse: false,
      self: 'I help colleagues try out their new ideas.',
    },
    {
      id: 'domain-mastery-4',
      facet: 'domain-mastery',
      reverse: false,
      self: 'I find the root cause of a problem before I fix it.',
    },
    {
      id: 'credibility-4',
      facet: 'credibility',
      reverse: false,
      self: 'I make time to help colleagues with problems outside my own job.',
    },
    {
      id: 'acumen-4',
      facet: 'acumen',
      reverse: true,
      self: 'I work on tasks in the order they arrive.',
    },
    {
      id: 'judgement-4',
      facet: 'judgement',
      reverse: false,
      self: 'I tell people how certain I am when I give a professional opinion.',
    },
    {
      id: 'listening-4',
      facet: 'listening',
      reverse: true,
      self: 'I interrupt people before they have finished their point.',
    },
    {
      id: 'customer-4',
      facet: 'customer',
      reverse: false,
      self: 'I speak up for the needs of the people who use my work.',
    },
    {
      id: 'keeping-current-4',
      facet: 'keeping-current',
      reverse: true,
      self: 'I wait until a task needs a new method before I learn it.',
    },
    {
      id: 'influence-4',
      facet: 'influence',
      reverse: false,
      self: 'I build support for an idea with key people before a decision meeting.',
    },
    {
      id: 'partnership-4',
      facet: 'partnership',
      reverse: false,
      self: 'I involve other teams early in work that will affect them.',
    },
    {
      id: 'sharing-expertise-4',
      facet: 'sharing-expertise',
      reverse: false,
      self: 'I invite less experienced colleagues to work alongside me on hard tasks.',
    },
    {
      id: 'feedback-4',
      facet: 'feedback',
      reverse: false,
      self: 'I try out the suggestions colleagues give me about my work.',
    },
    {
      id: 'change-4',
      facet: 'change',
      reverse: false,
      self: 'I propose new ways of doing our work.',
    },
  ],
};

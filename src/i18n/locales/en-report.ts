/**
 * Every string `<l3d-report>` and `<l3d-radar-chart>` show, in English: the reference other
 * locales match key for key. Values are messages (see `format.ts`). Scores arrive already
 * formatted for the locale, as strings; counts used in plurals arrive as numbers.
 */
export const enReport = {
  title: {
    self: 'Your leadership 3D report',
    observer: 'Leadership 3D feedback report',
  },
  intro: {
    self: 'Based on your own answers about how often you show {items} leadership behaviours.',
    observer:
      'Based on an observer’s answers about how often this person shows {items} leadership behaviours.',
  },
  developmentNote:
    'This report is meant for development and coaching conversations. It is not designed or validated for hiring, promotion or other selection decisions.',
  placeholder: 'The report appears here once the questionnaire has been scored.',
  sections: {
    dimensions: 'Three dimensions',
    chart: 'Profile at a glance',
    profile: 'Leadership profile',
    strengths: 'Strengths',
    growth: 'Growth areas',
    quality: 'About how the questions were answered',
    details: 'All scores',
    actions: 'Keep a copy',
  },
  howToRead:
    'Scores run from 0 to 100. The likely range is where the score would fall nine times out of ten if the questionnaire were answered again. Stages follow the five steps of skill development, from Novice to Expert.',
  outOf: 'out of 100',
  likelyRange: 'Likely range {low}–{high}',
  stageLabel: 'Stage',
  stages: {
    novice: 'Novice',
    'advanced-beginner': 'Advanced beginner',
    competent: 'Competent',
    proficient: 'Proficient',
    expert: 'Expert',
  },
  between: 'Between {low} and {high}',
  notScored: 'Not enough answers to score',
  reasons: {
    'too-few-items':
      'Only {answered} of its {total} questions were answered; at least three quarters are needed.',
    'too-few-facets':
      'Fewer than three quarters of its facets had enough answers ({answered} questions answered in all).',
  },
  percentile:
    '{rank, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} percentile of {group}, n\u00a0=\u00a0{n}',
  archetypes: {
    'technical-anchor': {
      name: 'Technical anchor',
      description:
        'Expertise is the clear strength: people rely on this knowledge and judgement to get hard things right. The next step is to turn that expertise into wider influence by investing in relationships and in how the work creates value.',
    },
    connector: {
      name: 'Connector',
      description:
        'Relationships lead the profile: people trust this person and are willing to follow where they point. Deeper technical and commercial grounding would give that influence more substance.',
    },
    'commercial-thinker': {
      name: 'Commercial thinker',
      description:
        'A clear sense of where value comes from leads the profile. Building trust across teams and staying close to the expertise that delivers results would help turn that insight into change.',
    },
    'trusted-expert': {
      name: 'Trusted expert',
      description:
        'Strong know-how and strong relationships together make this person the one others come to for advice they can act on. Linking that expertise to business priorities is the way to a more strategic role.',
    },
    'expert-operator': {
      name: 'Expert operator',
      description:
        'Deep expertise paired with a grasp of what drives the business means the right work gets done well. Investing in relationships would let this person take others along and reach further.',
    },
    'emerging-strategic-leader': {
      name: 'Emerging strategic leader',
      description:
        'Leading through people and business insight, the two dimensions most tied to strategic roles, is the strength here. Keeping technical grounding current will keep that influence credible.',
    },
    'broad-foundation': {
      name: 'Broad foundation',
      description:
        'The three dimensions are in balance, with room to grow in each. Choosing one growth area to work on first usually lifts the whole profile fastest.',
    },
    '3d-leader': {
      name: '3D leader',
      description:
        'Strong, balanced strength across all three dimensions. The development edge now is to multiply it: coach others, and ask for feedforward on what the next role will demand.',
    },
  },
  noArchetype:
    'A leadership profile needs a score on all three dimensions; {unscored} could not be scored.',
  leading: '{count, plural, one {Leading dimension} other {Leading dimensions}}',
  develop: {
    reflect: 'Reflect',
    feedforward: 'Ask for feedforward',
    experiment: 'Try for a set time',
  },
  flags: {
    'long-run':
      '{value} answers in a row were the same, which can happen when questions are answered without reading each one.',
    'low-variability':
      'The answers varied very little across the questionnaire, which makes real differences between areas hard to see.',
    acquiescence:
      'Most answers were at the high end, even for statements that describe opposite behaviours, which can lift every score.',
    'too-fast':
      'The questions took about {value} seconds each on average, faster than most people can read them.',
    'too-fast-instant':
      'The questions took less than a tenth of a second each on average, faster than anyone can read them.',
  },
  flagsNote:
    'These notices describe how the answers were given. They do not change any score, but they are worth talking through before acting on the results.',
  table: {
    caption: 'Scores by dimension and facet, 0 to 100.',
    area: 'Dimension or facet',
    score: 'Score',
    range: 'Likely range',
    stage: 'Stage',
    percentile: 'Percentile',
    notScored: 'Not scored',
    percentileNote: 'Percentiles compare with {group}, n\u00a0=\u00a0{n}.',
    empty: '—',
  },
  chart: {
    viewLabel: 'Chart view',
    dimensions: '{count} dimensions',
    facets: '{count} facets',
    series: { self: 'Self', observer: 'Observer' },
    value: '{label} {value} of 100',
    notScored: '{label} not scored',
    noValue: 'not scored',
    summary: '{series}: {values}',
    unavailable: 'The chart could not be drawn. The scores it shows are:',
  },
  actions: {
    download: 'Download results (JSON)',
    print: 'Print',
  },
  fileName: 'leadership-3d-result.json',
};

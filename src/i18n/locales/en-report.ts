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
    highestRated: 'Highest-rated',
    growth: 'Growth areas',
    quality: 'About how the questions were answered',
    details: 'All scores',
    actions: 'Keep a copy',
  },
  howToRead:
    'Scores run from 0 to 100. The likely range is where the score would fall nine times out of ten if the questionnaire were answered again. Stages follow the five steps of skill development, from Novice to Expert.',
  assumedNote:
    'Ranges marked “assumed” rest on an assumed reliability: the questionnaire has not yet been checked on enough real answers.',
  outOf: 'out of 100',
  likelyRange: 'Likely range {low}–{high}',
  likelyRangeAssumed: 'Likely range {low}–{high} (assumed)',
  stageLabel: 'Stage',
  stages: {
    novice: 'Novice',
    'advanced-beginner': 'Advanced beginner',
    competent: 'Competent',
    proficient: 'Proficient',
    expert: 'Expert',
  },
  between: 'Between {low} and {high}',
  betweenWide: 'From {low} to {high}: the range spans {count} stages',
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
        'You describe expertise as your clearest strength. A next step is to use it more widely, through relationships and through how your work creates value.',
    },
    connector: {
      name: 'Connector',
      description:
        'You describe relationships as your clearest strength. A next step is to ground that influence in deeper technical and business knowledge.',
    },
    'commercial-thinker': {
      name: 'Commercial thinker',
      description:
        'You describe business sense as your clearest strength. A next step is to build the trust and expertise that turn that insight into change.',
    },
    'trusted-expert': {
      name: 'Trusted expert',
      description:
        'You describe strong expertise and strong relationships. A next step is to connect both to the priorities of the organisation.',
    },
    'expert-operator': {
      name: 'Expert operator',
      description:
        'You describe strong expertise and a clear sense of what creates value. A next step is to invest in relationships, so more people act on what you see.',
    },
    'emerging-strategic-leader': {
      name: 'Emerging strategic leader',
      description:
        'You describe leading through people and business sense. A next step is to keep your expertise current, so your influence keeps its substance.',
    },
    'broad-foundation': {
      name: 'Broad foundation',
      description:
        'You describe the three dimensions at a similar level, each with room to grow. Choosing one growth area first gives your development a clear start.',
    },
    '3d-leader': {
      name: '3D leader',
      description:
        'You describe frequent leadership behaviour in all three dimensions. A next step is to help others grow, and to ask for feedforward on what your next role will demand.',
    },
  },
  archetypeObserver: 'The profile that this observer’s answers describe.',
  noArchetype:
    'A leadership profile needs a score on all three dimensions; {unscored} could not be scored.',
  noArchetypeQuality:
    'No profile is named: given how the questions were answered (see below), a name would describe the answering, not the person.',
  highestRatedNote:
    'No facet is high enough to count as a strength (70, or clearly above the average of these answers). The highest-rated:',
  noneStandsOut:
    'The facets scored too close together for any to stand out; the table below shows each.',
  tiedNote:
    '{facets} also score {score}: tied for the last place, they are all left out rather than picked by order.',
  tiedAllNote:
    '{facets} all score {score} and count as strengths, but more than three tie, so none is listed rather than some picked by order.',
  tiedLowestNote:
    '{facets} all score {score}, the lowest; more than three tie, so none is chosen. Pick the one that matters most in the work now.',
  noGrowthAreas:
    'No facet is lower than the rest, so none is chosen. Pick the one in the table below that matters most in the work now.',
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
      'Taken together, behaviours and their opposites were rated high: a sign of agreeing whatever a statement says, which can lift every score.',
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
    rangeAssumed: 'Likely range (assumed)',
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
  // the development plan step (issue 17); optional in a host's locale (English is shown)
  plan: {
    heading: 'Development plan',
    intro:
      'If you wish, turn one or two areas into a plan: why it matters, whom to ask, one experiment and when to look back. This step is optional.',
    make: 'Make a development plan',
  },
};

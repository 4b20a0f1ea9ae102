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
    'The likely ranges rest on an assumed reliability, because this questionnaire has not yet been checked against enough real answers; they are marked “assumed”.',
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
  betweenWide: 'Anywhere from {low} to {high}: the likely range spans {count} stages',
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
        'You describe expertise as your clearest strength: knowing your field, judging well and passing knowledge on. A next step is to use that expertise more widely, through relationships and through how your work creates value.',
    },
    connector: {
      name: 'Connector',
      description:
        'You describe relationships as your clearest strength: earning trust, listening and bringing people along. A next step is to ground that influence in deeper technical and business knowledge.',
    },
    'commercial-thinker': {
      name: 'Commercial thinker',
      description:
        'You describe business sense as your clearest strength: where value comes from, whom the work serves and where it should go next. A next step is to build the trust and expertise that turn that insight into change.',
    },
    'trusted-expert': {
      name: 'Trusted expert',
      description:
        'You describe strong expertise together with strong relationships. A next step is to connect what you know, and whom you know, to the priorities of the organisation.',
    },
    'expert-operator': {
      name: 'Expert operator',
      description:
        'You describe strong expertise together with a clear sense of what creates value. A next step is to invest in relationships, so that more people act on what you see.',
    },
    'emerging-strategic-leader': {
      name: 'Emerging strategic leader',
      description:
        'You describe leading through people and through business sense. A next step is to keep your expertise current, so that your influence keeps its substance.',
    },
    'broad-foundation': {
      name: 'Broad foundation',
      description:
        'You describe the three dimensions at a similar level, each with room to grow. Choosing one growth area to work on first gives your development a clear starting point.',
    },
    '3d-leader': {
      name: '3D leader',
      description:
        'You describe frequent leadership behaviour in all three dimensions. A next step is to help others develop, and to ask for feedforward on what your next role will demand.',
    },
  },
  archetypeObserver: 'The profile that this observer’s answers describe.',
  noArchetype:
    'A leadership profile needs a score on all three dimensions; {unscored} could not be scored.',
  noArchetypeQuality:
    'No profile is named, because of how the questions were answered (see “About how the questions were answered” below): a name would describe the way of answering rather than you.',
  highestRatedNote:
    'No facet stands out enough to call it a strength (70 or more, or clearly above your own average). These are your highest-rated facets:',
  noneStandsOut:
    'Your facets scored too close to one another for any to stand out. The table of all scores shows each of them.',
  tiedNote:
    '{facets} also score {score}: they tie for the last place, so the list leaves all of them out rather than pick by order.',
  tiedAllNote:
    '{facets} all score {score} and count as strengths, but more than three tie for the places, so the list leaves all of them out rather than pick by order.',
  noGrowthAreas:
    'No facet stands out as lower than the rest, so none is chosen for you. Pick one from the table of all scores that matters most in your work now.',
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
};

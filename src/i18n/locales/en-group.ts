/**
 * Every string `<l3d-group>` shows, in English: the reference the Spanish and Arabic texts
 * match key for key. Values are messages (see `format.ts`). Scores arrive already formatted for
 * the locale, as strings; counts used in plurals arrive as numbers. Dimension, facet and stage
 * names come from the instrument and the report's texts.
 */
export const enGroup = {
  title: 'Group report',
  lede: 'How a group of people see their own leadership: the spread of scores, the group’s profile and how well the questions work together.',
  developmentNote:
    'For developing a group and the questionnaire only, not for decisions about any one person.',
  inputs: {
    heading: 'Results',
    privacy:
      'Everything you add stays in this browser: nothing is sent anywhere. Names and other details in the files are ignored, and no one’s scores are shown on their own.',
    file: 'Choose result files',
    hint: 'The files the Download button of the report saved (JSON), one or many at a time, or files with one result per line. You can also drop files here.',
    paste: 'Paste results instead',
    pasteLabel: 'Results as JSON: one result per line, or a list',
    usePasted: 'Add these results',
    count:
      '{count, plural, =0 {No results added yet.} one {# result added.} other {# results added.}}',
    added:
      '{count, plural, =0 {No new results were added.} one {# result added.} other {# results added.}}',
    clear: 'Remove all results',
    cleared: 'All results removed.',
    refused:
      '{count, plural, one {# result could not be used:} other {# results could not be used:}}',
    tooMany: 'Only the first {max} results of {source} were read.',
  },
  source: {
    file: '{file}',
    record: '{file}, result {index}',
    pasted: 'pasted text',
    pastedRecord: 'pasted text, result {index}',
    host: 'result {index} supplied by the page',
  },
  errors: {
    fileTooLarge: '{source}: the file is too large ({size}) to read here.',
    fileUnreadable: '{source}: the file could not be read.',
    notJson: '{source}: this is not JSON, or it was cut short.',
    empty: '{source}: there is nothing to read.',
    notResult:
      '{source}: this is not a leadership-3d result; use the files the Download button of the report saved.',
    otherInstrument:
      '{source}: this result is from another questionnaire ({found}), not {expected}, so it is not mixed in.',
    otherVersion:
      '{source}: this result is from version {found} of the questionnaire; this report uses version {expected}. Scores of different versions cannot be combined.',
    notSelf:
      '{source}: this is feedback about another person, not a self-assessment, so it is not mixed in.',
    duplicate:
      '{source}: the same result (every answer and score) is already added; it counts once.',
  },
  tooFew: {
    heading: 'Not enough results yet',
    text: 'The report needs at least {min} results: with fewer, the group’s numbers would show one person’s scores. {count, plural, =0 {None is added yet.} one {# is added so far.} other {# are added so far.}}',
  },
  sections: {
    summary: 'Who is in the group',
    profile: 'The group’s profile',
    distribution: 'How the scores are spread',
    heatmap: 'Facets by score band',
    spread: 'Where the group agrees and differs',
    items: 'How the questions work',
    exports: 'Save the results',
  },
  summary: {
    count: '{count, plural, one {# result.} other {# results.}}',
    valid:
      '{dimension}: {count, plural, =0 {no valid score} one {# valid score} other {# valid scores}}',
    validNote:
      'A dimension has a valid score only when enough of its questions were answered; the numbers below use the valid scores only.',
  },
  profile: {
    series: 'Group mean',
    caption:
      'The group’s mean score on each dimension (or facet), 0 to 100. It describes the group, not any one person in it.',
  },
  distribution: {
    intro:
      'Each bar runs from the lowest to the highest score; the box holds the middle half of the group, the line in it is the median and the diamond the mean. The table under each picture gives the numbers.',
    dimensions: 'Dimensions',
    facetsOf: 'Facets of {dimension}',
    figure: 'Spread of scores, 0 to 100, per {what}; the numbers are in the table below.',
    area: 'Dimension or facet',
    n: 'n',
    mean: 'Mean',
    sd: 'SD',
    min: 'Lowest',
    q1: 'Lower quartile',
    median: 'Median',
    q3: 'Upper quartile',
    max: 'Highest',
    empty: '–',
  },
  heatmap: {
    intro:
      'How many people score in each band on each facet. The bands are those of the development stages; darker cells hold more people.',
    caption: 'Number of people per facet and score band',
    facet: 'Facet',
    band: '{low}–{high}',
    cell: '{count} ({share})',
  },
  spread: {
    intro:
      'The middle half of the group lies between the quartiles; a wide range means people see themselves very differently on that dimension.',
    line: '{dimension}: the middle half of the group scores between {q1} and {q3}; everyone between {min} and {max} (SD {sd}).',
    most: 'The group differs most on {area} (SD {sd}) and agrees most on {least} (SD {leastSd}).',
    none: 'Not enough valid scores to compare.',
  },
  items: {
    needMore:
      'The analysis of single questions needs at least {min} results; {count, plural, one {# is} other {# are}} added so far.',
    unavailable: 'The analysis of the questions could not be computed from these results.',
    intro:
      'For people who maintain the questionnaire: how each question behaves in this group, computed as R’s psych::alpha does. A low item–rest correlation (below {low}) is marked: the question measures something else than the rest of its facet.',
    complete:
      '{complete} of {n} results answer every question; missing answers are left out pair by pair.',
    scalesCaption: 'Reliability of each facet and dimension',
    itemsCaption:
      'Each question: its answers (1 to 5, after reverse keying) and how it fits its facet',
    scale: 'Facet or dimension',
    questions: 'Questions',
    alpha: 'Alpha',
    item: 'Question',
    floor: 'Lowest answer',
    ceiling: 'Highest answer',
    missing: 'Missing',
    rDrop: 'Item–rest r',
    alphaDrop: 'Alpha without it',
    low: 'low',
    warning: 'Treat these numbers as a first look: {warning}',
  },
  exports: {
    intro:
      'The files hold the group’s numbers only, never one person’s scores. The norms file can be given to this site’s reports as norms (“norms”), so people see percentiles within this group.',
    csv: 'Download the table (CSV)',
    json: 'Download the analysis (JSON)',
    norms: 'Download norms (JSON)',
    normsNeedMore: 'Norms and the analysis file need at least {min} results.',
    csvName: 'leadership-3d-group.csv',
    jsonName: 'leadership-3d-group-analysis.json',
    normsName: 'leadership-3d-norms.json',
    normsGroup: 'Group of {count} ({date})',
  },
  host: 'Some results the page supplied could not be used:',
};

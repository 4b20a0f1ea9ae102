/**
 * Every string `<l3d-360>` shows, in English: the reference other locales match key for key
 * (their `threeSixty` section). Values are messages (see `format.ts`). Scores arrive already
 * formatted for the locale, as strings; counts used in plurals arrive as numbers. Stage names,
 * the chart's texts and "Percentile" come from the `report` section.
 */
export const en360 = {
  title: '360° feedback',
  lede: 'How you see your own leadership, side by side with how the people around you see it.',
  developmentNote:
    'For development and coaching conversations only, not for hiring, promotion or appraisal decisions.',
  inputs: {
    heading: 'Your results and feedback codes',
    privacy:
      'Everything you add stays in this browser: nothing is sent anywhere. Reload the page and it is gone.',
    self: {
      legend: 'Your self-assessment',
      hint: 'The file the Download button of your own report saved (JSON).',
      file: 'Choose your result file',
      loaded: 'Added: your self-assessment ({instrument} {version}).',
      none: 'Not added yet.',
    },
    codes: {
      legend: 'Feedback codes',
      label: 'Codes from the people who gave you feedback',
      hint: 'Paste one or more codes, separated by new lines, commas or spaces.',
      add: 'Add codes',
      listLabel: 'Codes added',
      none: 'No codes added yet.',
      remove: 'Remove',
      removeLabel: 'Remove the code ending in {end} ({group})',
      added: '{count, plural, one {# code added.} other {# codes added.}}',
      duplicate: '{code} was already added; it counts once.',
      rejected:
        '{count, plural, one {# code could not be added and is left in the box:} other {# codes could not be added and are left in the box:}}',
      removed: 'Code {code} removed.',
      tooMany: 'Only the first {max} codes were read; add the rest in another go.',
      /** Issue 17: raters' download files, beside the codes (optional in a host's locale). */
      files: {
        label: 'Or choose the files your raters downloaded',
        hint: 'A rater who wrote comments sends a file (JSON): it holds their code and their comments. You can choose several files at once.',
        added: '{count, plural, one {# file added.} other {# files added.}}',
        merged: '{file}: its comments were added to the same code, already in the list.',
        duplicate: '{file} holds code {code}, which was already added; it counts once.',
        rejected:
          '{count, plural, one {# file could not be used:} other {# files could not be used:}}',
        withComments: '{group}, with comments',
      },
    },
    norms: {
      legend: 'Comparison group (optional)',
      hint: 'Norms from your organisation or coach (JSON). With them, each of your scores gets a percentile.',
      file: 'Choose a norms file',
      loaded: 'Added: {group}, n\u00a0=\u00a0{n}.',
      none: 'None: no percentiles are shown.',
    },
    previous: {
      legend: 'An earlier self-assessment (optional)',
      hint: 'A result file from an earlier time, to see what has changed since.',
      file: 'Choose an earlier result file',
      loaded: 'Added: the earlier result.',
      none: 'None.',
    },
    paste: 'Paste the file’s text instead',
    pasteLabel: 'File text (JSON)',
    usePasted: 'Use this text',
    clear: 'Remove',
    cleared: 'Removed.',
  },
  errors: {
    fileTooLarge: 'The file is too large ({size}) to be one of these files.',
    fileUnreadable: 'The file could not be read.',
    notJson: 'This is not a JSON file, or it was cut short.',
    notResult:
      'This is not a leadership-3d result: use the file the Download button of the report saved.',
    otherInstrument:
      'This result is from another questionnaire ({found}), not {expected}, so it cannot be compared here.',
    otherVersion:
      'This result is from version {found} of the questionnaire; this page uses version {expected}. Scores of different versions cannot be compared.',
    notSelf:
      'This result is someone’s feedback about another person, not a self-assessment. Use your own result.',
    notNorms:
      'These are not norms this page can use: it needs a JSON object with a group name and a mean, SD and n (or a list of scores) for each dimension.',
    normsGroup: 'The norms need the name of their comparison group ("group").',
    normsDimension: 'The norms lack {dimension}: all three dimensions are needed.',
    normsUnknown: 'The norms name "{id}", which is not a dimension or facet of this questionnaire.',
    normsMean: 'The mean for {area} must be a number from 0 to 100.',
    normsSd: 'The SD for {area} must be a number above 0.',
    normsN: 'The group size n for {area} must be a whole number of at least 1.',
    normsScores: 'The scores for {area} must be a list of numbers from 0 to 100.',
    code: {
      format: '{code} is not a feedback code (codes start with L3D-).',
      characters:
        '{code} has characters a feedback code never has; check for look-alike letters or extra symbols.',
      'too-short': '{code} is too short: part of it is missing.',
      'too-long': '{code} is too long: characters were added, or two codes ran together.',
      checksum: '{code} does not check out: a character was mistyped or changed.',
      instrument:
        '{code} is for another questionnaire or version, so it cannot be combined with this one.',
      content: '{code} holds answers this questionnaire cannot read.',
      empty: 'The code is empty.',
    },
    /** Issue 17: a rater's file (optional in a host's locale). */
    raterFile: {
      unreadable: '{file} could not be read, or is too large to be a rater’s file.',
      notJson: '{file} is not a JSON file, or it was cut short.',
      notRaterFile:
        '{file} is not a rater’s file: use the file the rater downloaded at the end of the feedback form.',
      otherInstrument:
        '{file} is for another questionnaire or version, so it cannot be combined with this one.',
      badCode: '{file}: the response code in it does not check out, so the file was not used.',
      mismatch:
        '{file} was not used: its answers or relationship differ from what its response code says, so it was changed after the rater saved it. Ask the rater for the code or a new file.',
      commentTooLong:
        '{file}: a comment is longer than {max} characters, so it was left out; the ratings were added.',
      commentControl:
        '{file}: a comment holds hidden control characters, so it was left out; the ratings were added.',
      commentsUnreadable:
        '{file}: a comment could not be read, so it was left out; the ratings were added.',
    },
    host: 'Some data this page supplied could not be used:',
    hostSelf: 'the self-assessment',
    hostRater: 'feedback number {index}',
    hostNorms: 'the norms',
    hostPrevious: 'the earlier result',
  },
  groups: {
    self: 'Self',
    manager: 'Manager',
    peer: 'Peers',
    'direct-report': 'Direct reports',
    other: 'Others',
    others: 'All others',
  },
  groupOne: {
    manager: 'Manager',
    peer: 'Peer',
    'direct-report': 'Direct report',
    other: 'Other',
  },
  empty: 'Add your self-assessment and at least one feedback code to see the comparison.',
  summary: {
    heading: 'Who gave feedback',
    count:
      '{count, plural, =0 {No one has given feedback yet.} one {# person gave feedback:} other {# people gave feedback:}}',
    group: '{group}: {count, plural, one {# person} other {# people}}',
    noSelf: 'Your self-assessment is not added, so only others’ views are shown.',
  },
  notes: {
    manager:
      'The manager is shown on their own, even as one person, so the manager’s answers can be recognised.',
    hidden:
      '{group}: {count, plural, one {only # person} other {only # people}} gave feedback, so their answers are not shown as a group: it takes at least 3 people before nobody’s answers can be picked out.',
    inPool: 'Their answers still count in “All others”.',
    notInPool:
      '“All others” is not shown either: it takes at least 3 people besides the manager, or the manager’s answers could be subtracted to reveal someone else’s.',
    partly:
      '{group}: some areas are not shown, because fewer than 3 people could observe them (a dash in the tables).',
  },
  sections: {
    chart: 'Views side by side',
    tables: 'Scores by dimension',
    gaps: 'Where views differ and agree',
    change: 'What changed',
  },
  chart: {
    caption:
      'One line for you and one for each group shown. Each line has its own dash pattern and point shape.',
  },
  table: {
    caption: '{dimension}: scores 0 to 100.',
    area: 'Dimension or facet',
    gap: 'Gap',
    meaning: 'What it means',
    percentile: 'Your percentile',
    percentileNote: 'Percentiles place your scores within {group}, n\u00a0=\u00a0{n}.',
    hiddenNote: 'A dash: not shown, or not enough answers to score.',
  },
  kinds: {
    'blind-spot': 'Blind spot',
    'hidden-strength': 'Hidden strength',
    'agreed-strength': 'Agreed strength',
    'agreed-growth': 'Agreed growth area',
    agreement: 'Views agree',
  },
  gaps: {
    intro:
      'A gap in a facet counts when you and the others differ by at least {threshold} points: more than the facet’s own measurement error, and never less than three quarters of a step on the answer scale.',
    explain: {
      'blind-spot': 'You rate yourself higher than others see you.',
      'hidden-strength': 'Others rate you higher than you rate yourself.',
      'agreed-strength': 'You and others agree it is strong (70 or more).',
      'agreed-growth': 'You and others agree there is room to grow (below 55).',
    },
    item: '{area}: you {self}, others {others} (gap {gap})',
    none: 'None.',
    needBoth: 'Gaps need both your self-assessment and “All others”.',
  },
  change: {
    intro:
      'Your earlier result against this one. A change counts as reliable only when it is larger than the questionnaire’s measurement error (90 % confidence); smaller differences are shown as no reliable change.',
    caption: 'Earlier and current self-assessment, 0 to 100.',
    before: 'Earlier',
    after: 'Now',
    difference: 'Difference',
    verdict: 'Reliable change?',
    increase: 'Reliable increase',
    decrease: 'Reliable decrease',
    none: 'No reliable change',
    needSelf: 'Add your current self-assessment to compare it with the earlier one.',
  },
};

/**
 * The questionnaire flow's strings in English: the reference every other locale must match key
 * for key. Values are messages (see `format.ts`); the placeholders each one may use are the
 * ones its English text uses. Item texts and answer labels are not here: they come from the
 * instrument, or from a locale's `instrument` section.
 */
export const enFlow = {
  loading: 'Loading the questionnaire…',
  intro: {
    lead: {
      self: 'This questionnaire describes how you lead today, so you can choose what to develop next.',
      observer:
        'This questionnaire asks how the person you are giving feedback to leads today, so they can choose what to develop next.',
    },
    measuresHeading: 'What it measures',
    timeHeading: 'How it works',
    time: 'It takes about {minutes, plural, one {# minute} other {# minutes}}: {items, plural, one {# short statement} other {# short statements}}, each rated by how often it happens.',
    howToAnswer: {
      self: 'Answer for what you actually do, not what you would like to do. There are no right or wrong answers.',
      observer:
        'Answer for what you have seen this person do. Choose “Not observed” when you have had no chance to see it.',
    },
    privacyHeading: 'Your answers',
    storage: {
      session:
        'Your answers are saved in this browser tab until you close it, so you can reload the page without losing them.',
      local:
        'Your answers are saved in this browser on this device until you finish, so you can come back later.',
      none: 'Your answers are not saved: they are lost if you leave or reload this page.',
    },
    storageLms:
      'Your learning platform keeps your answers, so you can leave the course and continue later.',
    notSent: 'They are not sent anywhere unless this site has been set up to do so.',
    purpose:
      'The results are meant for your development, not for selection, promotion or appraisal decisions.',
    start: 'Start',
  },
  questions: {
    headingOne: 'Question {from} of {total}',
    headingRange: 'Questions {from}–{to} of {total}',
    hint: {
      self: 'How often does each statement describe what you do?',
      observer: 'How often have you seen this person do what each statement describes?',
    },
    back: 'Back',
    next: 'Next',
    toReview: 'Review answers',
    backToReview: 'Back to review',
    number: '{n}.',
  },
  progress: {
    label: 'Progress',
    text: '{answered} of {total} answered',
  },
  review: {
    heading: 'Review your answers',
    allAnswered: 'You have answered all {total} statements.',
    unanswered:
      '{count} of {total} statements {count, plural, one {is} other {are}} still unanswered.',
    jumpHint: 'Select a statement to go back and answer it.',
    jump: 'Question {n}',
    minimumWarning:
      'You can finish now, but each area of the report needs at least three quarters of its statements answered. An area with fewer answers will show no score.',
    back: 'Back',
    finish: 'Finish and see results',
    finishNoReport: 'Finish',
  },
  report: {
    loading: 'Preparing your report…',
    unavailable: 'Your answers are complete, but the report could not be shown on this page.',
  },
  thanks: {
    heading: 'Thank you',
    body: 'You have completed the questionnaire. You can close this page.',
  },
  storageUnavailable:
    'This browser is not letting the questionnaire save your answers, so they will be lost if you leave or reload this page.',
  error: {
    heading: 'The questionnaire cannot be shown',
    continue: 'Continue',
    text: {
      'invalid-instrument':
        'The questionnaire’s content is not in the expected format. Please let the people who run this site know.',
      'instrument-fetch-failed':
        'The questionnaire could not be loaded. Check your connection and reload the page. If it keeps happening, please let the people who run this site know.',
      'invalid-responses':
        'Some answers provided by this site could not be used. Your own answers have been kept.',
      'scoring-failed':
        'Your results could not be calculated. Your answers have been kept. Please let the people who run this site know.',
    },
  },
};

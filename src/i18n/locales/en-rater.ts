/**
 * The observer form's own texts in English: what a rater is told about anonymity, the choice of
 * their relationship to the person, and the completion screen with the response code. Apart
 * from the flow's messages so they load with the observer form's code, never for the self form.
 * The reference for every locale's `rater` section.
 */
export const enRater = {
  /** The privacy part of the intro: what the person rated can and cannot learn. */
  intro: {
    anonymity:
      'Your answers reach the person you are giving feedback to only as a response code, which you send them yourself at the end. The code holds your answers and your relationship to them, but not your name or anything else that identifies you.',
    groups:
      'Answers are combined by relationship: the person sees the average of a group (their peers, for example) only when at least {min, plural, one {# person} other {# people}} in it have answered. A manager’s answers are the exception: they are shown on their own, so if you are this person’s manager, they will know which answers are yours.',
    offline:
      'This questionnaire does not send your answers anywhere: they leave this browser only in the code you send.',
    purpose:
      'The feedback is meant for their development, not for selection, promotion or appraisal decisions.',
  },
  /** The rater's relationship to the person, asked before Start. */
  group: {
    legend: 'Your relationship to this person',
    options: {
      manager: 'I am their manager',
      peer: 'I am a peer: we work at a similar level',
      'direct-report': 'I report to them',
      other: 'Other, for example a customer or a colleague in another team',
    },
    required: 'Choose your relationship to this person to continue.',
  },
  /** The end: the response code and how to send it. */
  code: {
    heading: 'Thank you for your feedback',
    send: 'Send this response code to the person you gave feedback to, for example by e-mail or in a chat message: it is how your answers reach them.',
    contents:
      'The code contains your answers and your relationship to the person, but not your name.',
    label: 'Your response code',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Copying did not work here: select the code and copy it.',
    download: 'Download (JSON)',
    fileName: 'leadership-3d-response-code.json',
    close: 'Once you have sent it, you can close this page.',
  },
  /**
   * Issue 17: the two optional open questions after the items, and what the completion screen
   * says about them. Optional in a host's locale written before them (English is shown).
   */
  comments: {
    heading: 'Two open questions (optional)',
    intro: 'If you wish, answer in your own words. You can leave both empty.',
    privacy:
      'Write nothing that could tell the person who you are: no names, no dates, no meeting or project only you and a few others took part in.',
    keep: 'What should this person keep doing?',
    next: 'What is one thing they could try next?',
    count: '{count} of {max} characters',
    left: '{count, plural, =0 {No characters left.} one {# character left.} other {# characters left.}}',
    codeOnly:
      'The response code carries your answers only, never your comments: comments reach the person only in the downloaded file.',
    sendFile:
      'You wrote comments, so download the file and send it to them as well (you can send it instead of the code: it holds the code too).',
  },
};

/**
 * The form field's texts in English: the message a browser shows when a `required` widget
 * stops its form from being sent. Apart from the flow's messages so they load with the form
 * field's code, only on pages that put the widget in a form. The reference for every locale's
 * `field` section.
 */
export const enField = {
  incomplete: 'Complete the questionnaire before sending this form.',
};

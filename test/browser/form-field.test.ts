// <leadership-3d name="…"> in an HTML form: what FormData carries per value-format, `required`
// and the browser's validity, `disabled` and <fieldset disabled>, form.reset() and the
// browser's state restore (formStateRestoreCallback), two widgets in one form.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Leadership3d } from '../../src/components/leadership-3d/leadership-3d.js';
import { enField } from '../../src/i18n/locales/en-field.js';
import { es } from '../../src/i18n/locales/es.js';
import {
  answerAllPages,
  clearStorage,
  clickStart,
  details,
  heading,
  primaryButton,
  questions,
  radio,
  recordEvents,
  settle,
  shadow,
  snapshot,
} from '../fixtures/widget.js';

/** A form with one or more widgets, as a page writes it (attributes only, no script). */
async function formWith(
  ...widgets: string[]
): Promise<{ form: HTMLFormElement; els: Leadership3d[] }> {
  const form = await fixture<HTMLFormElement>(html`<form></form>`);
  // innerHTML of test-owned markup: the widgets upgrade as a parsed page's would
  form.innerHTML = widgets.join('');
  const els = [...form.querySelectorAll('leadership-3d')];
  // the form field's part is a lazy chunk: wait until it has set a value
  for (const el of els) await settle(el);
  // the form field's part is a lazy chunk: loaded, it sets a value (empty until finished)
  const data = () => new FormData(form);
  await waitUntil(
    () => els.every((el) => data().has(el.getAttribute('name')!)),
    'form part loaded',
  );
  return { form, els };
}

/** Start, answer every page, finish: the report (or the end) shows. */
async function finish(el: Leadership3d): Promise<void> {
  await clickStart(el);
  await answerAllPages(el);
  primaryButton(el).click(); // Finish on the review
  // scored once the engine (in the report's chunk, fetched at the first answer) is here
  await waitUntil(() => el.result !== null, 'scored');
  await settle(el);
}

describe('<leadership-3d> as a form field', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('submits nothing but an empty value until finished, then the result as JSON', async () => {
    const { form, els } = await formWith('<leadership-3d name="assessment"></leadership-3d>');
    const el = els[0]!;
    expect(new FormData(form).get('assessment')).to.equal('');
    await clickStart(el);
    radio(questions(el)[0]!, 4).click();
    await settle(el);
    expect(new FormData(form).get('assessment')).to.equal('', 'half a questionnaire is not sent');
    await finish(el);
    const sent = JSON.parse(new FormData(form).get('assessment') as string);
    expect(sent).to.deep.equal(JSON.parse(JSON.stringify(el.result)));
  });

  it('value-format="responses" and "both" submit the responses, or both', async () => {
    const { form, els } = await formWith(
      '<leadership-3d name="r" value-format="responses" storage-key="a"></leadership-3d>',
      '<leadership-3d name="b" value-format="both" storage-key="b"></leadership-3d>',
    );
    for (const el of els) await finish(el);
    const data = new FormData(form);
    const responses = JSON.parse(JSON.stringify(els[0]!.responses));
    expect(JSON.parse(data.get('r') as string)).to.deep.equal(responses);
    const both = JSON.parse(data.get('b') as string);
    expect(both.result).to.deep.equal(JSON.parse(JSON.stringify(els[1]!.result)));
    expect(both.responses.answers).to.deep.equal(els[1]!.responses.answers);
    // changing the attribute changes what is sent
    els[1]!.setAttribute('value-format', 'unknown');
    await waitUntil(() => !('result' in JSON.parse(new FormData(form).get('b') as string)));
    expect(JSON.parse(new FormData(form).get('b') as string)).to.deep.equal(
      JSON.parse(JSON.stringify(els[1]!.result)),
      'an unknown value-format means result',
    );
  });

  it('required: invalid with the localized message until finished, :invalid matches', async () => {
    const { form, els } = await formWith('<leadership-3d name="a" required></leadership-3d>');
    const el = els[0]!;
    expect(form.checkValidity()).to.equal(false);
    expect(el.matches(':invalid')).to.equal(true);
    expect(el.validationMessage).to.equal(enField.incomplete);
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    form.requestSubmit();
    expect(submitted).to.equal(0, 'an unfinished required widget blocks the submit');
    el.lang = 'es';
    await waitUntil(() => el.validationMessage === es.field!.incomplete, 'Spanish message');
    el.lang = '';
    await finish(el);
    expect(form.checkValidity()).to.equal(true);
    expect(el.matches(':valid')).to.equal(true);
    form.requestSubmit();
    expect(submitted).to.equal(1);
  });

  it('a required widget blocks the submit before its form part has loaded', async () => {
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    form.innerHTML = '<leadership-3d name="a" required></leadership-3d>';
    // synchronously after the upgrade: the lazy part cannot be here yet
    expect(form.checkValidity()).to.equal(false);
    await settle(form.querySelector('leadership-3d')!);
  });

  it('removing required makes it valid; the anchor is the step heading', async () => {
    const { form, els } = await formWith('<leadership-3d name="a" required></leadership-3d>');
    const el = els[0]!;
    form.reportValidity();
    await settle(el);
    expect(shadow(el).activeElement).to.equal(heading(el), 'focus goes to the step heading');
    el.removeAttribute('required');
    await waitUntil(() => form.checkValidity(), 'valid without required');
  });

  it('disabled and <fieldset disabled>: nothing can be used; enabled again it works', async () => {
    const { form, els } = await formWith('<leadership-3d name="a"></leadership-3d>');
    const el = els[0]!;
    await clickStart(el);
    radio(questions(el)[0]!, 3).click();
    await settle(el);
    const before = el.responses.answers;
    el.setAttribute('disabled', '');
    await settle(el);
    expect(el.matches(':disabled')).to.equal(true);
    radio(questions(el)[1]!, 5).click();
    primaryButton(el).focus();
    await settle(el);
    expect(el.responses.answers).to.deep.equal(before, 'no answer while disabled');
    expect(shadow(el).activeElement).to.equal(null, 'nothing inside takes focus');
    expect([...new FormData(form).keys()]).to.deep.equal([], 'a disabled field is not sent');
    el.removeAttribute('disabled');
    await settle(el);
    radio(questions(el)[1]!, 5).click();
    await settle(el);
    expect(Object.keys(el.responses.answers)).to.have.length(2);

    const fieldset = document.createElement('fieldset');
    form.append(fieldset);
    fieldset.append(el);
    fieldset.disabled = true;
    await settle(el);
    radio(questions(el)[2]!, 1).click();
    await settle(el);
    expect(Object.keys(el.responses.answers)).to.have.length(2, 'fieldset disabled');
    fieldset.disabled = false;
    await settle(el);
    radio(questions(el)[2]!, 1).click();
    await settle(el);
    expect(Object.keys(el.responses.answers)).to.have.length(3);
  });

  it('form.reset() clears the answers and the saved copy, as reset() does, firing no event', async () => {
    const { form, els } = await formWith('<leadership-3d name="a" required></leadership-3d>');
    const el = els[0]!;
    await finish(el);
    expect(form.checkValidity()).to.equal(true);
    const events = recordEvents(el);
    form.reset();
    await waitUntil(() => el.result === null, 'reset');
    await settle(el);
    expect(el.responses.answers).to.deep.equal({});
    expect(sessionStorage.length).to.equal(0);
    expect(form.checkValidity()).to.equal(false);
    expect(events.filter((e) => e.type.startsWith('l3d-'))).to.deep.equal([]);
  });

  it('a page that cancels the form reset keeps the answers', async () => {
    const { form, els } = await formWith('<leadership-3d name="a"></leadership-3d>');
    const el = els[0]!;
    await finish(el);
    form.addEventListener('reset', (e) => e.preventDefault());
    form.reset();
    await settle(el);
    expect(el.result).to.not.equal(null);
  });

  it('formStateRestoreCallback with a saved state puts the answers back', async () => {
    const { form, els } = await formWith('<leadership-3d name="a"></leadership-3d>');
    const el = els[0] as Leadership3d & { formStateRestoreCallback(s: unknown, r: string): void };
    el.formStateRestoreCallback(JSON.stringify(snapshot()), 'restore');
    await waitUntil(() => Object.keys(el.responses.answers).length === 2, 'restored');
    expect(el.responses.answers).to.deep.equal(snapshot().answers);
    expect(new FormData(form).get('a')).to.equal('');
  });

  it('a corrupt or other-version state is ignored with an l3d-error; nothing is lost', async () => {
    const { els } = await formWith('<leadership-3d name="a"></leadership-3d>');
    const el = els[0] as Leadership3d & { formStateRestoreCallback(s: unknown, r: string): void };
    const events = recordEvents(el);
    await clickStart(el);
    radio(questions(el)[0]!, 2).click();
    await settle(el);
    const before = el.responses.answers;
    el.formStateRestoreCallback('{not json', 'restore');
    el.formStateRestoreCallback(
      JSON.stringify(snapshot({ instrumentVersion: '1.0.0' })),
      'restore',
    );
    await waitUntil(() => details(events, 'l3d-error').length === 2, 'two errors');
    expect(details(events, 'l3d-error').map((d) => (d as { code: string }).code)).to.deep.equal([
      'storage-corrupt',
      'storage-version-mismatch',
    ]);
    expect(el.responses.answers).to.deep.equal(before);
  });

  it('two widgets in one form are independent', async () => {
    const { form, els } = await formWith(
      '<leadership-3d name="one" required storage-key="one"></leadership-3d>',
      '<leadership-3d name="two" required storage-key="two"></leadership-3d>',
    );
    await finish(els[0]!);
    expect(form.checkValidity()).to.equal(false, 'the second is still unfinished');
    expect(new FormData(form).get('two')).to.equal('');
    expect(new FormData(form).get('one')).to.not.equal('');
    expect(els[1]!.responses.answers).to.deep.equal({});
  });

  it('the observer form submits its response code and responses', async () => {
    const form = await fixture<HTMLFormElement>(html`<form id="observer"></form>`);
    // HTML's form attribute names the form owner: form="observer" joins the form with that id
    form.innerHTML =
      '<leadership-3d name="feedback" form="observer" rater-group="peer"></leadership-3d>';
    const el = form.querySelector('leadership-3d')!;
    await waitUntil(() => new FormData(form).has('feedback'), 'joined the form', { timeout: 5000 });
    const events = recordEvents(el);
    await waitUntil(() => primaryButton(el), 'observer part loaded', { timeout: 5000 });
    await finish(el);
    const code = (details(events, 'l3d-complete')[0] as { code: string }).code;
    const sent = JSON.parse(new FormData(form).get('feedback') as string);
    expect(sent.code).to.equal(code);
    expect(sent.responses).to.include({ form: 'observer', group: 'peer' });
    expect(sent).to.not.have.property('result');
  });

  it('form="observer" in a form without that id has no form owner (HTML\'s form attribute)', async () => {
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    form.innerHTML = '<leadership-3d name="feedback" form="observer"></leadership-3d>';
    await settle(form.querySelector('leadership-3d')!);
    await new Promise((r) => setTimeout(r, 100));
    expect([...new FormData(form).keys()]).to.deep.equal([]);
  });

  it('a self widget does not write form="self" (which would leave its form)', async () => {
    const { form, els } = await formWith('<leadership-3d name="a"></leadership-3d>');
    expect(els[0]!.hasAttribute('form')).to.equal(false);
    expect(new FormData(form).has('a')).to.equal(true);
  });
});

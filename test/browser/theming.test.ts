import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { Leadership3d } from '../../src/components/leadership-3d/leadership-3d.js';
import {
  clearStorage,
  clickStart,
  heading,
  primaryButton,
  questions,
  settle,
  shadow,
} from '../fixtures/widget.js';

const mount = async (template = html`<leadership-3d persist="none"></leadership-3d>`) => {
  const el = await fixture<Leadership3d>(template);
  await settle(el);
  return el;
};

const style = (el: Element) => getComputedStyle(el);
const base = (el: Leadership3d) => shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
const fieldset = (el: Leadership3d, index = 0) =>
  shadow(questions(el)[index]!).querySelector('fieldset')!;
const option = (el: Leadership3d) => shadow(questions(el)[0]!).querySelector('.option')!;

/** A stylesheet in the host page, removed after each test. */
let pageStyle: HTMLStyleElement | undefined;
const addPageCss = (css: string) => {
  pageStyle = document.createElement('style');
  pageStyle.textContent = css;
  document.head.append(pageStyle);
};

describe('<leadership-3d> theming', () => {
  beforeEach(clearStorage);
  afterEach(async () => {
    pageStyle?.remove();
    pageStyle = undefined;
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  });

  it('paints the primary button with --l3d-color-primary set on the host', async () => {
    const plain = await mount();
    expect(style(primaryButton(plain)).backgroundColor).to.equal('rgb(31, 95, 191)');
    const el = await mount(
      html`<leadership-3d
        persist="none"
        style="--l3d-color-primary: rgb(120, 20, 90)"
      ></leadership-3d>`,
    );
    expect(primaryButton(el).getAttribute('part')).to.equal('button button-primary');
    expect(style(primaryButton(el)).backgroundColor).to.equal('rgb(120, 20, 90)');
  });

  it('is not reached by the page’s own button styles', async () => {
    addPageCss(
      'button { color: rgb(255, 0, 0) !important; background: rgb(255, 255, 0) !important; }',
    );
    const el = await mount();
    const start = primaryButton(el);
    expect(style(start).color).to.equal('rgb(255, 255, 255)');
    expect(style(start).backgroundColor).to.equal('rgb(31, 95, 191)');
  });

  it('exposes parts the page can style: base, heading, button-primary, question, progress', async () => {
    addPageCss(`
      leadership-3d::part(button-primary) { border-radius: 0px; }
      leadership-3d::part(heading) { letter-spacing: 3px; }
      leadership-3d::part(question) { margin-top: 7px; }
      leadership-3d::part(progress) { opacity: 0.5; }
      leadership-3d::part(base) { border-top: 5px solid rgb(0, 128, 0); }
    `);
    const el = await mount();
    expect(style(primaryButton(el)).borderTopLeftRadius).to.equal('0px');
    expect(style(heading(el)).letterSpacing).to.equal('3px');
    expect(style(base(el)).borderTopColor).to.equal('rgb(0, 128, 0)');
    await clickStart(el);
    expect(style(questions(el)[0]!).marginTop).to.equal('7px');
    expect(style(shadow(el).querySelector('l3d-progress')!).opacity).to.equal('0.5');
  });

  it('takes font, radius and spacing from --l3d-font-family, --l3d-radius and --l3d-spacing', async () => {
    const el = await mount(html`
      <leadership-3d
        persist="none"
        style="--l3d-font-family: Georgia, serif; --l3d-radius: 0px; --l3d-spacing: 2rem"
      ></leadership-3d>
    `);
    expect(style(heading(el)).fontFamily).to.equal('Georgia, serif');
    expect(style(primaryButton(el)).borderTopLeftRadius).to.equal('0px');
    // the card's padding is twice the spacing unit: 2 × 2rem = 64px
    expect(style(base(el)).paddingTop).to.equal('64px');
    await clickStart(el);
    expect(style(fieldset(el)).fontFamily).to.equal('Georgia, serif');
    expect(style(fieldset(el)).borderTopLeftRadius).to.equal('0px');
  });

  it('gives every question the same accent edge, from the primary colour, on the start side', async () => {
    const el = await mount(html`
      <leadership-3d
        persist="none"
        style="--l3d-color-primary: rgb(1, 2, 3); --l3d-color-technical: rgb(4, 5, 6)"
      ></leadership-3d>
    `);
    await clickStart(el);
    for (const i of [0, 1, 2])
      expect(style(fieldset(el, i)).borderLeftColor).to.equal('rgb(1, 2, 3)');
    expect(style(fieldset(el, 0)).borderLeftWidth).to.equal('4px');
    expect(style(fieldset(el, 0)).borderRightWidth).not.to.equal('4px');
  });

  it('puts the accent edge on the right in a right-to-left page', async () => {
    const wrap = await fixture<HTMLDivElement>(html`
      <div dir="rtl">
        <leadership-3d persist="none" style="--l3d-color-primary: rgb(1, 2, 3)"></leadership-3d>
      </div>
    `);
    const el = wrap.querySelector('leadership-3d')!;
    await settle(el);
    await clickStart(el);
    expect(style(fieldset(el)).borderRightColor).to.equal('rgb(1, 2, 3)');
    expect(style(fieldset(el)).borderRightWidth).to.equal('4px');
    expect(style(fieldset(el)).borderLeftWidth).not.to.equal('4px');
  });

  it('turns dark with theme="dark", inner elements included', async () => {
    const el = await mount(html`<leadership-3d persist="none" theme="dark"></leadership-3d>`);
    expect(style(base(el)).backgroundColor).to.equal('rgb(21, 24, 29)');
    expect(style(base(el)).color).to.equal('rgb(232, 234, 237)');
    await clickStart(el);
    expect(questions(el)[0]!.getAttribute('theme')).to.equal('dark');
    expect(style(fieldset(el)).backgroundColor).to.equal('rgb(32, 36, 43)');
    const bar = shadow(shadow(el).querySelector('l3d-progress')!).querySelector('.text')!;
    expect(style(bar).color).to.equal('rgb(181, 186, 194)');
    await expect(el).to.be.accessible();
  });

  it('stays light with theme="light" under a dark system setting, inner elements included', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const system = await mount();
    expect(style(base(system)).backgroundColor).to.equal('rgb(21, 24, 29)');
    const el = await mount(html`<leadership-3d persist="none" theme="light"></leadership-3d>`);
    expect(style(base(el)).backgroundColor).to.equal('rgb(255, 255, 255)');
    await clickStart(el);
    expect(style(fieldset(el)).backgroundColor).to.equal('rgb(243, 245, 248)');
  });

  it('drops transitions when the user prefers reduced motion', async () => {
    const el = await mount();
    await clickStart(el);
    expect(style(option(el)).transitionDuration).to.equal('0.12s, 0.12s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(style(option(el)).transitionDuration).to.equal('0s');
  });
});

import { property, query } from 'lit/decorators.js';
import { instrument as builtin } from '../scoring/builtin-instrument.js';
import { formatMessage, type MessageValues } from '../i18n/format.js';
import type { LocaleData } from '../i18n/types.js';
import { localizeInstrument } from '../i18n/localize.js';
import { LocaleController } from '../controllers/locale-controller.js';
import type { Instrument } from '../scoring/types.js';
import { formatScore } from '../internal/report-parts.js';
import { L3dElement } from '../internal/l3d-element.js';

/**
 * What `<l3d-report>` and `<l3d-360>` share: the instrument, language, locale and theme
 * properties, the texts of the language (a locale problem is fired as `l3d-error`), focus on the
 * `h2` heading, and messages, numbers and instrument labels in the language shown.
 *
 * @internal Not an element of its own: the manifest lists its members on each element.
 */
export class ReportElement extends L3dElement {
  /** The instrument: labels, descriptions and development steps; the built-in one by default. */
  @property({ attribute: false }) instrument: Instrument = builtin;

  /** Language of the texts and numbers: `en`, `es` or `ar` are built in. */
  @property() override lang = 'en';

  /** A locale the host supplies (see the README); it wins over `lang` once checked. */
  @property({ attribute: false }) locale?: LocaleData;

  /** Light or dark tokens; follows the OS when absent. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @query('h2') private titleHeading!: HTMLHeadingElement | null;

  protected readonly locales = new LocaleController(this, {
    instrument: () => this.instrument,
    onError: (code, message) => this.fail(code, message),
  });

  /** Moves focus to the heading, e.g. when the element replaces other content. */
  override focus(options?: FocusOptions): void {
    if (this.titleHeading) this.titleHeading.focus(options);
    else super.focus(options);
  }

  /** The instrument in the language shown (ids and scoring unchanged). */
  protected get localizedInstrument(): Instrument {
    return localizeInstrument(this.instrument, this.locales.data?.instrument, this.locales.lang);
  }

  protected t(message: string, values: MessageValues): string {
    return formatMessage(message, values, this.locales.lang);
  }

  protected number(value: number, fractionDigits = 0): string {
    return formatScore(value, this.locales.lang, fractionDigits);
  }
}

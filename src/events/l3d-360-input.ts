/**
 * The 360° view's internal event: its input panel tells `<l3d-360>` what the person gave. Kept
 * apart from the public events (events.ts), which the package entry re-exports.
 */

/** A file input with a paste alternative: the person's own result, norms, an earlier result. */
export type FileInput360 = 'self' | 'norms' | 'previous';
/** What the person can give the 360° view: a file input or pasted response codes. */
export type Input360 = FileInput360 | 'codes';

export type L3d360InputDetail =
  | { input: FileInput360; action: 'file'; file: File }
  | { input: FileInput360; action: 'text'; text: string }
  | { input: FileInput360; action: 'clear' }
  | { input: 'codes'; action: 'add'; text: string }
  | { input: 'codes'; action: 'files'; files: readonly File[] }
  | { input: 'codes'; action: 'remove'; code: string };

/**
 * Internal: the panel tells `<l3d-360>` what the person gave. Not composed: it never leaves the
 * view's shadow root; hosts listen for `l3d-360-change` and `l3d-error` instead.
 */
export class L3d360InputEvent extends Event {
  static readonly eventName = 'l3d-360-input';
  constructor(readonly detail: L3d360InputDetail) {
    super(L3d360InputEvent.eventName, { bubbles: true, composed: false });
  }
}

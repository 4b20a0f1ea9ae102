import type { ReactiveControllerHost } from 'lit';
import type { XapiAgent } from '../lms/xapi.js';
import type { XapiAuth } from '../lms/lrs-sender.js';

/** How the element reports to an LMS: `none`, or looking for a SCORM API (`scorm`, `auto`). */
export type LmsMode = 'none' | 'scorm' | 'auto';

/** The element's LMS settings (its properties), read when needed so changes apply. */
export interface LmsHost extends ReactiveControllerHost, HTMLElement {
  /** `scorm` or `auto` look for a SCORM API; anything else never looks. */
  readonly lms: string;
  /** The LRS's base URL; blank means nothing is sent. */
  readonly xapiEndpoint?: string;
  readonly xapiAuth?: XapiAuth;
  readonly xapiActor?: XapiAgent;
  readonly xapiRegistration?: string;
}

/** The `lms` setting as one of the modes. */
export const lmsMode = (value: string): LmsMode =>
  value === 'scorm' || value === 'auto' ? value : 'none';

/** The LRS endpoint when one is set. */
export const xapiEndpointOf = (host: LmsHost): string | undefined =>
  host.xapiEndpoint?.trim() || undefined;

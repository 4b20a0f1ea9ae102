import type { ReactiveControllerHost } from 'lit';
import type { XapiAgent } from '../lms/xapi.js';
import type { XapiAuth } from '../lms/lrs-sender.js';

/** How the element reports to an LMS: `none`, a SCORM API, a cmi5 launch, or whichever fits (`auto`). */
export type LmsMode = 'none' | 'scorm' | 'cmi5' | 'auto';
export type { LmsFinish, LmsScore } from '../scoring/vocabulary.js';

/** The element's LMS settings (its properties), read when needed so changes apply. */
export interface LmsHost extends ReactiveControllerHost, HTMLElement {
  /** `scorm`, `cmi5` or `auto` look for an LMS; anything else never looks. */
  readonly lms: string;
  /** The LRS's base URL; blank means nothing is sent. */
  readonly xapiEndpoint?: string;
  readonly xapiAuth?: XapiAuth;
  readonly xapiActor?: XapiAgent;
  readonly xapiRegistration?: string;
}

/** The `lms` setting as one of the modes. */
export const lmsMode = (value: string): LmsMode =>
  value === 'scorm' || value === 'cmi5' || value === 'auto' ? value : 'none';

/** The LRS endpoint when one is set. */
export const xapiEndpointOf = (host: LmsHost): string | undefined =>
  host.xapiEndpoint?.trim() || undefined;

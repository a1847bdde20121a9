// The surface the app wires in: see README.md beside this file.
// Types only from payload.ts: its code is loaded on demand (decoding a link, making a QR code).
export type { DecodeFailure, DecodeResult, SharedResult } from './payload';
export { forgetSharedFragment, takeSharedFragment, useSharedFragment, type SharedFragment } from './shared-fragment';
export { SharedNotice } from './shared-notice';
export { ShowOnPhoneButton, type ShowOnPhoneHandle } from './show-on-phone-button';
export { ShareButton } from './share-button';

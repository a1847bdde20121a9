// The surface the app wires in (see README "Show on my phone, share, read aloud").
export { decodeFragment, encodeFragment, shareLink, type DecodeFailure, type DecodeResult, type SharedResult } from './payload';
export { forgetSharedFragment, takeSharedFragment, useSharedFragment, type SharedFragment } from './shared-fragment';
export { SharedNotice } from './shared-notice';
export { ShowOnPhoneButton, type ShowOnPhoneHandle } from './show-on-phone-button';
export { ShareButton } from './share-button';

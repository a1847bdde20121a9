// The take-away controls, each loaded when first rendered instead of with the rest: they appear
// only once there is a result. Component tests swap these for the same controls loaded at once.
import { lazyPart } from '../components/lazy-part';

export const LazyShowOnPhoneButton = lazyPart(() => import('./show-on-phone-button').then((m) => m.ShowOnPhoneButton));
export const LazyShareButton = lazyPart(() => import('./share-button').then((m) => m.ShareButton));
export const LazyReadAloudButton = lazyPart(() => import('../read-aloud/read-aloud-button').then((m) => m.ReadAloudButton));

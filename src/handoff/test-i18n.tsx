import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { bundledLocale } from '../i18n/bundled-locales';
import { createI18n } from '../i18n/create-i18n';
import type { Lang } from '../i18n/languages';

/** Renders with the real texts of `lng` (tests of src/handoff and src/read-aloud). */
export async function renderIn(lng: Lang, ui: ReactNode) {
  const i18n = await createI18n({ lng, load: bundledLocale });
  const user = userEvent.setup();
  const view = render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
  return { ...view, user, i18n };
}

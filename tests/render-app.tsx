import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { I18nextProvider } from 'react-i18next';
import { App } from '../src/app';
import { bundledLocale } from '../src/i18n/bundled-locales';
import { createI18n } from '../src/i18n/create-i18n';
import type { Lang } from '../src/i18n/languages';

/**
 * The whole app with a real i18n instance (no mocked t). A value is judged when it is complete, so
 * `user.type` here ends with Enter, as a person finishing a value does; `rawUser.type` types
 * without finishing (for what shows while a value is still being typed).
 */
export async function renderApp(lng: Lang = 'en', props: ComponentProps<typeof App> = {}) {
  const i18n = await createI18n({ lng, load: bundledLocale });
  const rawUser = userEvent.setup();
  const user: typeof rawUser = {
    ...rawUser,
    type: async (element, text, options) => {
      await rawUser.type(element, text, options);
      await rawUser.keyboard('{Enter}');
    },
  };
  const view = render(
    <I18nextProvider i18n={i18n}>
      <App {...props} />
    </I18nextProvider>,
  );
  return { ...view, user, rawUser, i18n };
}

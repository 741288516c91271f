import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nextProvider } from 'react-i18next'
import { App } from '../../src/renderer/src/App'
import { createI18n } from '../../src/renderer/src/i18n'
import { createFakeApi, type FakeApi } from './fakeApi'
import { missingKeys } from './missingKeys'

export interface RenderAppOptions {
  /** Where the app starts, e.g. '#/settings'; '' is a first launch with no page chosen. */
  hash?: string
  fake?: FakeApi
  /** Leave window.api undefined, as when the preload failed. */
  withoutApi?: boolean
}

/** The whole app as the user sees it, on a fake api, with missing catalog keys recorded. */
export function renderApp({ hash = '#/settings', fake = createFakeApi(), withoutApi = false }: RenderAppOptions = {}) {
  window.history.replaceState(null, '', `/${hash}`)
  if (!withoutApi) window.api = fake.api
  const i18n = createI18n({ onMissingKey: (key) => missingKeys.push(key) })
  const user = userEvent.setup()
  const view = render(
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  )
  return { ...view, user, fake, i18n }
}

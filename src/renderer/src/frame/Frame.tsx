import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useSettings } from '../api/useSettings'
import type { RouteId } from '../router/routes'
import { NavBar } from './NavBar'

const MAIN_ID = 'main-content'

/** Header, navigation and the main landmark around every page. */
export function Frame({ route, children }: { route: RouteId | null; children: ReactNode }) {
  const { t } = useTranslation()
  const { state } = useSettings()
  const mainRef = useRef<HTMLElement>(null)
  const previousRoute = useRef(route)

  // A single-page app gives screen readers no page load to announce, so move focus to the new
  // page's h1. Not on the first load or the first-run redirect: focus stays at the top then.
  useEffect(() => {
    const previous = previousRoute.current
    previousRoute.current = route
    if (previous !== null && route !== null && previous !== route) {
      mainRef.current?.querySelector<HTMLElement>('h1')?.focus()
    }
  }, [route])

  // The skip link cannot be a plain `#main-content` link: that would replace the hash route.
  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    mainRef.current?.focus()
  }

  const schoolName = state.status === 'ready' ? state.settings.schoolName.trim() : ''
  return (
    <div className="app-frame">
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-header__name">{t('app.name')}</p>
        {schoolName !== '' && <p className="app-header__school">{schoolName}</p>}
      </header>
      <NavBar current={route} />
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="app-main">
        {children}
      </main>
    </div>
  )
}

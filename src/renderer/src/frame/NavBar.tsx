import { useTranslation } from 'react-i18next'
import { hrefFor, ROUTES, type RouteId } from '../router/routes'

/** Plain links (not buttons) so they behave like links: Enter follows, the URL shows the page. */
export function NavBar({ current }: { current: RouteId | null }) {
  const { t } = useTranslation()
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {ROUTES.map((route) => (
          <li key={route}>
            <a href={hrefFor(route)} aria-current={route === current ? 'page' : undefined}>
              {t(`nav.${route}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeading } from '../components/PageHeading'
import type { PlaceholderRouteId } from '../router/routes'

/** An honest placeholder: says what this page will do, shows no made-up data. */
export function ComingSoonPage({ route }: { route: PlaceholderRouteId }) {
  const { t } = useTranslation()
  const headingId = useId()
  return (
    <>
      <PageHeading>{t(`nav.${route}`)}</PageHeading>
      <section className="card coming-soon" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('comingSoon.heading')}</h2>
        <p>{t(`comingSoon.${route}`)}</p>
      </section>
    </>
  )
}

import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * The page's one h1. It can take focus (tabIndex -1) so the frame can move focus here on route
 * change, and it names the window so screen readers and the taskbar say where you are.
 */
export function PageHeading({ children }: { children: string }) {
  const { t } = useTranslation()
  const appName = t('app.name')
  useEffect(() => {
    document.title = `${children} — ${appName}`
  }, [children, appName])
  return (
    <h1 className="page-heading" tabIndex={-1}>
      {children}
    </h1>
  )
}

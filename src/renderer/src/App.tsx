import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { SettingsProvider, useSettings } from './api/useSettings'
import { Frame } from './frame/Frame'
import { ActionsPage } from './pages/actions/ActionsPage'
import { ComingSoonPage } from './pages/ComingSoonPage'
import { DashboardPage } from './pages/dashboard/DashboardPage'
import { MeetingsPage } from './pages/meetings/MeetingsPage'
import { PrintView } from './pages/print/PrintView'
import { usePrintRoute } from './pages/print/printRoute'
import { RegisterPage } from './pages/register/RegisterPage'
import { ReportPage } from './pages/report/ReportPage'
import { ReportDetailPage } from './pages/reportDetail/ReportDetailPage'
import { SettingsPage } from './pages/settings/SettingsPage'
import { WorksheetsPage } from './pages/worksheets/WorksheetsPage'
import type { RouteId } from './router/routes'
import { navigate, useHashRoute } from './router/useHashRoute'

export function App() {
  // Print views are documents, not pages: no frame, no navigation, no settings from the api.
  const printRoute = usePrintRoute()
  if (printRoute) return <PrintView route={printRoute} />
  return (
    <SettingsProvider>
      <Routes />
    </SettingsProvider>
  )
}

function Routes() {
  const { t, i18n } = useTranslation()
  const route = useHashRoute()
  const { state } = useSettings()
  const locale = state.status === 'ready' ? state.settings.locale : null

  // Interface language follows settings.locale; <html lang> tells screen readers how to speak.
  useEffect(() => {
    if (locale !== null && locale !== i18n.language) void i18n.changeLanguage(locale)
    document.documentElement.lang = i18n.language
  }, [locale, i18n])

  // No page in the hash: the Register is home, but a school with no name yet has not been set
  // up, so the first run lands on Settings. If settings cannot load, Settings shows why.
  useEffect(() => {
    if (route !== null || state.status === 'loading') return
    const needsSetup = state.status === 'error' || state.settings.schoolName.trim() === ''
    navigate(needsSetup ? 'settings' : 'register', { replace: true })
  }, [route, state])

  return (
    <Frame route={route}>
      {route === null ? <p className="loading">{t('app.loading')}</p> : <Page route={route} />}
    </Frame>
  )
}

function Page({ route }: { route: RouteId }) {
  if (route === 'settings') return <SettingsPage />
  if (route === 'report') return <ReportPage />
  if (route === 'register') return <RegisterPage />
  if (route === 'reports') return <ReportDetailPage />
  if (route === 'worksheets') return <WorksheetsPage />
  if (route === 'actions') return <ActionsPage />
  if (route === 'meetings') return <MeetingsPage />
  if (route === 'dashboard') return <DashboardPage />
  return <ComingSoonPage route={route} />
}

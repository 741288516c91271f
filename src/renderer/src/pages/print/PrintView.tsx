import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PRINT_READY_ATTRIBUTE } from '../../../../shared/documents/printDocuments'
import { fitToOnePage } from './fitToPage'
import type { PrintRoute } from './printRoute'
import { printViewFor } from './printViews'

type LoadState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; payload: unknown }

const FONT_WEIGHTS = ['400', '600', '700'] as const

/**
 * Fonts load lazily, when text first needs them; `fonts.ready` alone can resolve before layout
 * has asked. Ask for each bundled weight outright, then wait for anything still loading.
 */
async function fontsLoaded(element: HTMLElement | null): Promise<void> {
  const fonts = document.fonts as FontFaceSet | undefined
  if (!fonts) return
  await Promise.all(FONT_WEIGHTS.map((weight) => fonts.load(`${weight} 12pt "Source Sans 3"`)))
  // Lay the page out now, so glyphs outside the basic Latin face (a school's "Ñ") start loading
  // before we wait for them.
  void element?.offsetHeight
  await fonts.ready
}

const markReady = (state: 'true' | 'error') => document.documentElement.setAttribute(PRINT_READY_ATTRIBUTE, state)

/**
 * A document for printing (`#/print/<document>?data=<token>`), rendered without the app frame.
 * It never calls window.api: its data is fetched once from the host. When the page is laid out
 * and its fonts are loaded it sets data-print-ready on <html> ('true', or 'error'), which is
 * what the PDF hosts wait for.
 */
export function PrintView({ route }: { route: PrintRoute }) {
  const { t } = useTranslation()
  const [state, setState] = useState<LoadState>({ status: 'loading' })
  const documentRef = useRef<HTMLElement>(null)
  const view = printViewFor(route.document)

  useEffect(() => {
    if (!view) {
      setState({ status: 'error' })
      return
    }
    let current = true
    view.load(route.token).then(
      (payload) => current && setState({ status: 'ready', payload }),
      (error: unknown) => {
        console.error(error)
        if (current) setState({ status: 'error' })
      }
    )
    return () => {
      current = false
    }
  }, [view, route.token])

  useEffect(() => {
    if (state.status === 'error') markReady('error')
    if (state.status !== 'ready') return
    let current = true
    fontsLoaded(documentRef.current).then(
      () => {
        if (!current) return
        if (documentRef.current) (view?.fit ?? fitToOnePage)(documentRef.current)
        markReady('true')
      },
      (error: unknown) => {
        console.error(error)
        if (current) markReady('error')
      }
    )
    return () => {
      current = false
    }
  }, [state, view])

  if (state.status === 'loading') return null
  if (state.status === 'error' || !view) {
    return (
      <p className="print-error" role="alert">
        {t('reports.paperForm.loadFailed')}
      </p>
    )
  }
  return view.render(state.payload, documentRef)
}

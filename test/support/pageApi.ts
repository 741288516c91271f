import type { Page } from 'playwright-core'
import type { Api, ChannelInput, ChannelOutput } from '../../src/shared/ipc/contract'

/**
 * The backend through the page's own window.api, as the screens reach it, so e2e tests seed and
 * inspect data over the same path the app uses.
 */
export const tryApi = <C extends keyof Api>(page: Page, channel: C, input: ChannelInput<C>) =>
  page.evaluate(
    ([name, payload]) => (globalThis as unknown as { api: Record<string, (input: unknown) => Promise<unknown>> }).api[name]!(payload),
    [channel, input] as const
  ) as Promise<Awaited<ReturnType<Api[C]>>>

/** The same call, throwing if the backend refused it. */
export const callApi = async <C extends keyof Api>(page: Page, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
  const result = await tryApi(page, channel, input)
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
  return result.data as ChannelOutput<C>
}

/** Today plus `days` as YYYY-MM-DD in the local calendar, as a date input takes it (the preview runs on this clock). */
export const isoInDays = (days: number): string => {
  const d = new Date()
  d.setDate(d.getDate() + days)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

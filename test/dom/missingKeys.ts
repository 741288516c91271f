/** Keys the app asked for that the catalog lacks. Filled by renderApp's i18n, checked after each test. */
export const missingKeys: string[] = []

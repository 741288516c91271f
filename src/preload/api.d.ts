import type { Api } from '../shared/ipc/contract'

declare global {
  interface Window {
    /** The one typed bridge to main (see src/preload/index.ts and the browser preview). */
    api: Api
  }
}

export {}

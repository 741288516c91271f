import type { en } from '../../../shared/i18n/en'

// Typed keys: `t('lists.renme')` or a missing `{{name}}` fails tsc instead of showing a raw key.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof en }
  }
}

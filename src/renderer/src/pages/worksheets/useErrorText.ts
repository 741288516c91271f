import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { UiError } from '../../api/client'
import { toFormErrors } from '../../api/formErrors'
import { useMessageText } from '../../i18n/useMessageText'

/**
 * A refusal in plain words: main's own reason when it gave one (`worksheets.problem.*`, a field
 * message), else the general line for the error code ("Nothing was saved").
 */
export function useErrorText(): (error: UiError) => string {
  const { t } = useTranslation()
  const messageText = useMessageText()
  return useCallback(
    (error: UiError) => {
      const { formMessage } = toFormErrors(error)
      const reason = error.details?.find((issue) => issue.messageKey !== '')?.messageKey
      return reason ? `${messageText(reason)} ${t('worksheets.editor.nothingSaved')}` : t(formMessage)
    },
    [t, messageText]
  )
}

import { useTranslation } from 'react-i18next'
import type { Action } from '../../api/actions'
import { formatDate } from '../../i18n/format'
import { daysBetween } from './dates'

/**
 * When an action is due, as the chair would say it: "3 days overdue", "Due tomorrow", "In 9
 * days", with the date beside it. Done actions say when they were done and when to check them.
 */
export function DueText({ action, today }: { action: Action; today: string }) {
  const { t, i18n } = useTranslation()
  const date = (iso: string) => formatDate(iso, i18n.language)
  const open = action.status === 'planned' || action.status === 'inProgress'

  if (action.dueOn === null && action.status !== 'done') return <span className="due due--none">{t('actions.due.none')}</span>
  if (!open) {
    return (
      <span className="due due--closed">
        {action.dueOn && <span className="due__date">{date(action.dueOn)}</span>}
        {action.status === 'done' && action.doneOn && <span className="due__note">{t('actions.due.doneOn', { date: date(action.doneOn) })}</span>}
        {action.status === 'done' && action.checkDueOn && <span className="due__note">{t('actions.due.checkBy', { date: date(action.checkDueOn) })}</span>}
      </span>
    )
  }
  const days = daysBetween(today, action.dueOn!)
  const relative =
    days < 0
      ? t('actions.due.overdue', { count: -days })
      : days === 0
        ? t('actions.due.today')
        : days === 1
          ? t('actions.due.tomorrow')
          : t('actions.due.inDays', { count: days })
  return (
    <span className={days < 0 ? 'due due--overdue' : 'due'}>
      <span className="due__relative">{relative}</span>
      <span className="due__date">{date(action.dueOn!)}</span>
    </span>
  )
}

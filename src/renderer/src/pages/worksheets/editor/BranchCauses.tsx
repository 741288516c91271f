import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { FishboneBranch } from '../../../../../shared/domain/referenceLists'
import type { WorksheetCause, WorksheetDetail, WorksheetHandle } from '../../../api/useWorksheet'
import { StatusMessage, type Status } from '../../../components/StatusMessage'
import { CheckedField } from '../CheckedField'
import { useErrorText } from '../useErrorText'
import { CauseRow } from './CauseRow'

interface BranchCausesProps {
  branch: FishboneBranch
  causes: WorksheetCause[]
  suggestions: WorksheetDetail['suggestedConditions']
  handle: WorksheetHandle
}

/** One fishbone branch as a list: its causes, conditions ticked on the reports, and "Add cause". */
export function BranchCauses({ branch, causes, suggestions, handle }: BranchCausesProps) {
  const { t } = useTranslation()
  const errorText = useErrorText()
  const headingId = useId()
  const [text, setText] = useState('')
  const [error, setError] = useState<string | undefined>(undefined)
  const [status, setStatus] = useState<Status | null>(null)
  const addRef = useRef<HTMLInputElement>(null)
  const busy = useRef(false)
  const label = t(`branches.${branch}`)

  const add = async (causeText: string, conditionId?: number) => {
    if (busy.current) return false
    busy.current = true
    setStatus(null)
    const result = await handle.addCause({ branch, text: causeText.trim(), ...(conditionId ? { conditionId } : {}) })
    busy.current = false
    if (!result.ok) {
      setStatus({ tone: 'error', text: errorText(result.error) })
      return false
    }
    setStatus({ tone: 'success', text: t('worksheets.fishbone.added', { text: causeText.trim(), branch: label }) })
    return true
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (text.trim() === '') {
      setError(t('validation.required'))
      addRef.current?.focus()
      return
    }
    setError(undefined)
    if (await add(text)) setText('')
  }

  const addSuggestion = async (name: string, conditionId: number) => {
    // The suggestion's button goes away once added: keep focus in this branch.
    if (await add(name, conditionId)) addRef.current?.focus()
  }

  return (
    <section className={`branch branch--${branch}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{label}</h3>
      {causes.length === 0 ? (
        <p className="empty">{t('worksheets.fishbone.noCauses')}</p>
      ) : (
        <ul className="cause-list" aria-label={t('worksheets.fishbone.branchList', { branch: label })}>
          {causes.map((cause, index) => (
            <CauseRow
              key={cause.id}
              cause={cause}
              number={index + 1}
              branchLabel={label}
              handle={handle}
              onStatus={setStatus}
              onRemoved={() => addRef.current?.focus()}
            />
          ))}
        </ul>
      )}
      {suggestions.length > 0 && (
        <div className="suggestions">
          <p className="suggestions__label">{t('worksheets.fishbone.suggestionsLabel')}</p>
          <ul>
            {suggestions.map((condition) => (
              <li key={condition.id}>
                <span>{condition.name}</span>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('worksheets.fishbone.addSuggestionItem', { name: condition.name, branch: label })}
                  onClick={() => void addSuggestion(condition.name, condition.id)}
                >
                  {t('worksheets.fishbone.addSuggestion')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form className="add-cause" noValidate onSubmit={(event) => void onSubmit(event)}>
        <CheckedField
          ref={addRef}
          label={t('worksheets.fishbone.addLabel', { branch: label })}
          value={text}
          maxLength={300}
          error={error}
          onChange={(event) => {
            setText(event.target.value)
            setError(undefined)
          }}
        />
        <button type="submit" className="button" aria-label={t('worksheets.fishbone.addButtonItem', { branch: label })}>
          {t('worksheets.fishbone.addButton')}
        </button>
      </form>
      <StatusMessage status={status} />
    </section>
  )
}

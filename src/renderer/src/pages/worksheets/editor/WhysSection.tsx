import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorksheetWhy } from '../../../api/useWorksheet'
import { showErrorsAndFocus } from '../../../components/focusFirstInvalid'
import { StatusMessage, type Status } from '../../../components/StatusMessage'
import { CheckedField } from '../CheckedField'
import { useErrorText } from '../useErrorText'
import type { SectionProps } from './sectionProps'

/** Main keeps at most ten levels. */
export const MAX_WHYS = 10

interface Item {
  /** Stable across moves, so React keeps each level's text box (and focus) with its text. */
  key: number
  question: string | null
  answer: string
}

type FocusTarget = { key: number; part: 'answer' | 'up' | 'down' } | { key: null; part: 'add' }

let nextKey = 1
const toItems = (whys: readonly WorksheetWhy[]): Item[] => whys.map((why) => ({ key: nextKey++, question: why.question, answer: why.answer }))
const sameAs = (items: readonly Item[], whys: readonly WorksheetWhy[]) =>
  items.length === whys.length && items.every((item, index) => item.answer.trim() === whys[index]?.answer && item.question === whys[index]?.question)

/**
 * The 5 Whys as an ordered list. Adding, removing and moving happen here first and are saved
 * together ("Save the 5 Whys"), because main stores the whole list at once; a line says when
 * there are changes not saved yet. Focus follows the level being moved, so keyboard users can
 * press "Move up" repeatedly.
 */
export function WhysSection({ worksheet, handle }: SectionProps) {
  const { t } = useTranslation()
  const errorText = useErrorText()
  const headingId = useId()
  const idPrefix = useId()
  const [items, setItems] = useState<Item[]>(() => toItems(worksheet.whys))
  const [errors, setErrors] = useState<Record<number, string>>({})
  const [status, setStatus] = useState<Status | null>(null)
  const [focus, setFocus] = useState<FocusTarget | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const dirty = !sameAs(items, worksheet.whys)

  useEffect(() => {
    if (!focus) return
    const id = focus.key === null ? `${idPrefix}-add` : `${idPrefix}-${focus.key}-${focus.part}`
    document.getElementById(id)?.focus()
    setFocus(null)
  }, [focus, idPrefix])

  const prompt = (index: number) => (index === 0 ? t('worksheets.whys.firstPrompt') : t('worksheets.whys.prompt'))

  const add = () => {
    const item: Item = { key: nextKey++, question: null, answer: '' }
    setItems((previous) => [...previous, item])
    setStatus(null)
    setFocus({ key: item.key, part: 'answer' })
  }

  const move = (index: number, by: -1 | 1) => {
    const target = index + by
    const item = items[index]
    if (!item || target < 0 || target >= items.length) return
    const next = [...items]
    next.splice(index, 1)
    next.splice(target, 0, item)
    setItems(next)
    setStatus({ tone: 'success', text: t('worksheets.whys.moved', { from: String(index + 1), to: String(target + 1) }) })
    // Keep focus on the same button while it can still move that way; at the end, the other one.
    const atEnd = by === -1 ? target === 0 : target === next.length - 1
    setFocus({ key: item.key, part: atEnd ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down' })
  }

  const remove = (index: number) => {
    const next = items.filter((_, i) => i !== index)
    setItems(next)
    setErrors({})
    setStatus({ tone: 'success', text: t('worksheets.whys.removed', { number: String(index + 1) }) })
    const neighbour = next[index] ?? next[index - 1]
    setFocus(neighbour ? { key: neighbour.key, part: 'answer' } : { key: null, part: 'add' })
  }

  const setAnswer = (key: number, answer: string) => {
    setItems((previous) => previous.map((item) => (item.key === key ? { ...item, answer } : item)))
    setStatus(null)
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const blank: Record<number, string> = {}
    items.forEach((item, index) => {
      if (item.answer.trim() === '') blank[item.key] = t('worksheets.whys.answerRequired', { number: String(index + 1) })
    })
    if (Object.keys(blank).length > 0) {
      showErrorsAndFocus(formRef.current, () => {
        setErrors(blank)
        setStatus(null)
      })
      return
    }
    setErrors({})
    const result = await handle.update({ whys: items.map((item) => ({ question: item.question, answer: item.answer.trim() })) })
    if (!result.ok) {
      setStatus({ tone: 'error', text: errorText(result.error) })
      return
    }
    // Keep each level's key, so nothing the user is focused on is replaced.
    setItems((previous) => result.data.whys.map((why, index) => ({ key: previous[index]?.key ?? nextKey++, question: why.question, answer: why.answer })))
    setStatus({ tone: 'success', text: t('worksheets.whys.saved') })
  }

  return (
    <section className="card worksheet-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('worksheets.whys.heading')}</h2>
      <p className="section-intro">{t('worksheets.whys.intro')}</p>
      <form ref={formRef} noValidate onSubmit={(event) => void onSubmit(event)}>
        {items.length === 0 ? (
          <p className="empty">{t('worksheets.whys.empty')}</p>
        ) : (
          <ol className="whys-list">
            {items.map((item, index) => {
              const number = String(index + 1)
              return (
                <li key={item.key} className="why">
                  <CheckedField
                    multiline
                    id={`${idPrefix}-${item.key}-answer`}
                    label={`${t('worksheets.whys.level', { number })}: ${item.question ?? prompt(index)}`}
                    value={item.answer}
                    rows={2}
                    maxLength={4000}
                    error={errors[item.key]}
                    onChange={(event) => setAnswer(item.key, event.target.value)}
                  />
                  <div className="why__buttons">
                    <button
                      type="button"
                      id={`${idPrefix}-${item.key}-up`}
                      className="button button--small"
                      disabled={index === 0}
                      aria-label={t('worksheets.whys.moveUpItem', { number })}
                      onClick={() => move(index, -1)}
                    >
                      {t('worksheets.whys.moveUp')}
                    </button>
                    <button
                      type="button"
                      id={`${idPrefix}-${item.key}-down`}
                      className="button button--small"
                      disabled={index === items.length - 1}
                      aria-label={t('worksheets.whys.moveDownItem', { number })}
                      onClick={() => move(index, 1)}
                    >
                      {t('worksheets.whys.moveDown')}
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('worksheets.whys.removeItem', { number })}
                      onClick={() => remove(index)}
                    >
                      {t('worksheets.whys.remove')}
                    </button>
                  </div>
                </li>
              )
            })}
          </ol>
        )}
        <div className="form-actions">
          {items.length < MAX_WHYS ? (
            <button type="button" id={`${idPrefix}-add`} className="button" onClick={add}>
              {t('worksheets.whys.add')}
            </button>
          ) : (
            <p className="field-hint">{t('worksheets.whys.max')}</p>
          )}
          <button type="submit" className="button button--primary">
            {t('worksheets.whys.save')}
          </button>
          {dirty && <span className="unsaved">{t('worksheets.editor.unsaved')}</span>}
          <StatusMessage status={status} />
        </div>
      </form>
    </section>
  )
}

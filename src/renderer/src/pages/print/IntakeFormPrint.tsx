import { useEffect, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { TIME_SLOTS, type TimeSlot } from '../../../../shared/domain/defaults'
import type { IntakeFormPayload } from '../../../../shared/documents/printDocuments'
import type { en } from '../../../../shared/i18n/en'
import { BASE_FONT_PT } from './fitToPage'

interface IntakeFormPrintProps {
  payload: IntakeFormPayload
  documentRef: Ref<HTMLElement>
}

/** Field labels are the on-screen form's own, so paper and screen ask the same questions. */
type FieldName = keyof typeof en.reports.fields

const isTimeSlot = (value: string): value is TimeSlot => (TIME_SLOTS as readonly string[]).includes(value)

/** A label and a box to tick. The box is drawn, not a character, so every font prints it. */
function Tick({ children }: { children: string }) {
  return (
    <li className="pd-tick">
      <span className="pd-box" aria-hidden="true" />
      <span>{children}</span>
    </li>
  )
}

function Question({ label, required, note }: { label: string; required?: boolean; note?: string }) {
  const { t } = useTranslation()
  return (
    <p className="pd-question">
      <span className="pd-label">{label}</span>
      {required && <span className="pd-required"> ({t('reports.hints.required')})</span>}
      {note && <span className="pd-note"> — {note}</span>}
    </p>
  )
}

/** Ruled lines to write on. */
function Lines({ count }: { count: number }) {
  return (
    <div className="pd-lines" aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <span key={index} className="pd-line" />
      ))}
    </div>
  )
}

/** A short write-in: label, then a line filling the rest of the row. */
function Blank({ label, required, size = 'grow' }: { label: string; required?: boolean; size?: 'grow' | 'short' | 'tiny' }) {
  const { t } = useTranslation()
  return (
    <span className={`pd-blank pd-blank--${size}`}>
      <span className="pd-label">{label}</span>
      {required && <span className="pd-required"> ({t('reports.hints.required')})</span>}
      <span className="pd-blank__line" aria-hidden="true" />
    </span>
  )
}

/**
 * The blank paper card: the intake form's questions in the same order and words, with tick
 * boxes for the school's own lists and ruled lines for writing. One Letter page; the print view
 * shrinks the type if the lists are long. Everything is React text, never injected HTML.
 */
export function IntakeFormPrint({ payload, documentRef }: IntakeFormPrintProps) {
  const { t } = useTranslation()
  const field = (name: FieldName) => t(`reports.fields.${name}`)
  const tickOne = t('reports.paperForm.tickOne')
  const school = [payload.schoolName, payload.committeeName].map((part) => part.trim()).filter((part) => part !== '')

  useEffect(() => {
    document.title = [t('reports.paperForm.title'), ...school.slice(0, 1)].join(' — ')
  })

  return (
    <article ref={documentRef} className="print-doc" style={{ fontSize: `${BASE_FONT_PT}pt` }}>
      <header className="pd-header">
        <div>
          <h1>{t('reports.paperForm.title')}</h1>
          {school.length > 0 && <p className="pd-school">{school.join(' · ')}</p>}
        </div>
        <p className="pd-office">
          <span>{t('reports.paperForm.committeeUse')}</span>
          <span className="pd-blank__line" aria-hidden="true" />
        </p>
      </header>
      <p className="pd-intro">{t('reports.paperForm.question')}</p>
      <p className="pd-intro pd-intro--strong">{t('reports.paperForm.required')}</p>

      <section className="pd-section">
        <div className="pd-row">
          <Question label={field('occurredOn')} required />
          <Blank label={t('reports.paperForm.date')} size="short" />
          <Blank label={field('occurredTime')} size="short" />
        </div>
        <Question label={field('timeSlot')} note={tickOne} />
        <ul className="pd-ticks pd-ticks--inline">
          {payload.timeSlots.filter(isTimeSlot).map((slot) => (
            <Tick key={slot}>{t(`timeSlots.${slot}`)}</Tick>
          ))}
        </ul>
      </section>

      <section className="pd-section">
        <Question label={field('locationId')} required note={tickOne} />
        <ul className="pd-ticks pd-ticks--columns">
          {payload.locations.map((name) => (
            <Tick key={name}>{name}</Tick>
          ))}
        </ul>
        <div className="pd-row">
          <Blank label={field('locationDetails')} />
        </div>
      </section>

      <section className="pd-section">
        <Question label={field('categoryId')} note={tickOne} />
        <ul className="pd-ticks pd-ticks--columns">
          {payload.categories.map((name) => (
            <Tick key={name}>{name}</Tick>
          ))}
        </ul>
      </section>

      <section className="pd-section">
        <Question label={field('whatHappened')} required />
        <Lines count={5} />
        <Question label={field('whatCouldHaveHappened')} />
        <Lines count={2} />
        <Question label={field('whatStoppedIt')} />
        <Lines count={2} />
      </section>

      <section className="pd-section">
        <div className="pd-row">
          <Question label={field('involved')} note={t('reports.paperForm.count')} />
          <Blank label={field('involvedStudents')} size="tiny" />
          <Blank label={field('involvedStaff')} size="tiny" />
          <Blank label={field('involvedVisitors')} size="tiny" />
        </div>
        <div className="pd-row">
          <Blank label={field('involvedRoles')} />
        </div>
      </section>

      {payload.conditionsByBranch.length > 0 && (
        <section className="pd-section">
          <Question label={field('conditionIds')} note={t('reports.paperForm.tickAny')} />
          <div className="pd-branches">
            {payload.conditionsByBranch.map((group) => (
              <div key={group.branch} className="pd-branch">
                <p className="pd-branch__label">{t(`branches.${group.branch}`)}</p>
                <ul className="pd-ticks">
                  {group.conditions.map((name) => (
                    <Tick key={name}>{name}</Tick>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </section>
      )}

      <section className="pd-section">
        <Question label={field('immediateAction')} />
        <Lines count={2} />
      </section>

      <section className="pd-section">
        <div className="pd-row">
          <Blank label={field('reporterName')} />
          <ul className="pd-ticks pd-ticks--inline">
            <Tick>{field('reporterAnonymous')}</Tick>
          </ul>
          <Blank label={field('reporterRole')} />
        </div>
      </section>

      <footer className="pd-footer">
        <p>{t('reports.paperForm.footer')}</p>
      </footer>
    </article>
  )
}

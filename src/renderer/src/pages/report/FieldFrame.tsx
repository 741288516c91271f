import { FieldFrame as PlainFieldFrame, type FieldFrameProps } from '../../components/FieldFrame'
import { LanguageWarnings, useLanguageWarnings } from './LanguageWarnings'

interface ReportFieldFrameProps extends Omit<FieldFrameProps, 'after' | 'afterId'> {
  /** Free text to check for names and blame words; leave out for fields that are not prose. */
  checkedText?: string
  knownPhrases?: readonly string[]
}

/**
 * The shared field frame plus the report form's language warnings under prose fields; the
 * warnings region is described-by only while it has something to say.
 */
export function FieldFrame({ checkedText, knownPhrases = [], ...frame }: ReportFieldFrameProps) {
  const warnings = useLanguageWarnings(checkedText, knownPhrases)
  const warningsId = `${frame.id}-warnings`
  return (
    <PlainFieldFrame
      {...frame}
      afterId={warnings.length > 0 ? warningsId : undefined}
      after={checkedText !== undefined && <LanguageWarnings id={warningsId} warnings={warnings} />}
    />
  )
}

import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { layoutFishbone, type FishboneCauseInput, type FishboneOptions } from './fishboneLayout'

/** On screen the drawing is about 1000 px wide: type a little larger than the layout's default. */
const SCREEN_OPTIONS: FishboneOptions = { fontSize: 17, labelFontSize: 16, causeChars: 24, headChars: 20 }

interface FishboneDiagramProps {
  problem: string
  causes: readonly FishboneCauseInput[]
  className?: string
  options?: FishboneOptions
}

/**
 * The fishbone as a drawing: a spine to the problem (the "head"), six branches, each cause on
 * its branch. Root causes are bold, tagged ROOT and marked with a filled dot where they meet
 * the bone, so they stand out without colour. It is one image to assistive technology (role
 * img) with a text description listing every cause; the editable lists sit beside it.
 */
export function FishboneDiagram({ problem, causes, className, options }: FishboneDiagramProps) {
  const { t } = useTranslation()
  const titleId = useId()
  const descId = useId()
  const head = problem.trim() === '' ? t('worksheets.fishbone.noProblem') : problem
  const layout = layoutFishbone(head, causes, options ?? SCREEN_OPTIONS)
  const rootTag = t('worksheets.fishbone.root')
  // An id safe inside url(#...), whatever characters useId uses.
  const arrowId = `fishbone-arrow-${titleId.replace(/[^\w-]/g, '')}`

  const description = [
    t('worksheets.fishbone.diagramDescription', { count: causes.length }),
    ...layout.branches.map((branch) => {
      const list = causes.filter((cause) => cause.branch === branch.branch)
      const label = t(`branches.${branch.branch}`)
      if (list.length === 0) return `${label}: ${t('worksheets.fishbone.noCauses')}`
      return `${label}: ${list.map((cause) => (cause.isRootCause ? `${cause.text} (${t('worksheets.fishbone.rootCause')})` : cause.text)).join('; ')}.`
    })
  ].join(' ')

  return (
    <svg
      className={`fishbone${className ? ` ${className}` : ''}`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      preserveAspectRatio="xMidYMin meet"
    >
      <title id={titleId}>{t('worksheets.fishbone.diagramTitle', { problem: head })}</title>
      <desc id={descId}>{description}</desc>
      <defs>
        <marker id={arrowId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L10,5 L0,10 z" className="fishbone__arrow" />
        </marker>
      </defs>
      <line
        className="fishbone__spine"
        x1={layout.spineStartX}
        y1={layout.spineY}
        x2={layout.head.x - 2}
        y2={layout.spineY}
        markerEnd={`url(#${arrowId})`}
      />
      <rect className="fishbone__head" x={layout.head.x} y={layout.head.y} width={layout.head.width} height={layout.head.height} rx="8" />
      <text className="fishbone__head-text" x={layout.head.x + layout.head.width / 2} textAnchor="middle" fontSize={layout.headFontSize}>
        {layout.head.lines.map((line, index) => (
          <tspan
            key={index}
            x={layout.head.x + layout.head.width / 2}
            y={layout.spineY - ((layout.head.lines.length - 1) * layout.head.lineHeight) / 2 + index * layout.head.lineHeight + layout.headFontSize * 0.35}
          >
            {line}
          </tspan>
        ))}
      </text>
      {layout.branches.map((branch) => (
        <g key={branch.branch} className="fishbone__branch">
          <line className="fishbone__bone" x1={branch.baseX} y1={layout.spineY} x2={branch.endX} y2={branch.endY} />
          <rect
            className="fishbone__label-box"
            x={branch.endX - 120}
            y={branch.labelY - layout.labelFontSize * 0.9}
            width="240"
            height={layout.labelFontSize * 1.8}
            rx="4"
          />
          <text className="fishbone__label" x={branch.endX} y={branch.labelY + layout.labelFontSize * 0.35} textAnchor="middle" fontSize={layout.labelFontSize}>
            {t(`branches.${branch.branch}`)}
          </text>
          {branch.causes.map((cause) => (
            <g key={cause.id} className={cause.isRootCause ? 'fishbone__cause fishbone__cause--root' : 'fishbone__cause'}>
              <line className="fishbone__tick" x1={cause.textX + 4} y1={cause.joinY} x2={cause.joinX} y2={cause.joinY} />
              {cause.isRootCause && <circle className="fishbone__root-dot" cx={cause.joinX} cy={cause.joinY} r="4.5" />}
              <text className="fishbone__cause-text" textAnchor="end" fontSize={layout.fontSize}>
                {cause.lines.map((line, index) => (
                  <tspan key={index} x={cause.textX} y={cause.firstBaseline + index * layout.lineHeight}>
                    {index === 0 && cause.isRootCause && (
                      <>
                        <tspan className="fishbone__root-tag">{rootTag}</tspan>{' '}
                      </>
                    )}
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          ))}
        </g>
      ))}
    </svg>
  )
}

import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { ActionListResult } from '../../api/actions'
import { formatNumber } from '../../i18n/format'
import type { ActionBucket } from './actionsQuery'

const TILES = ['overdue', 'dueSoon', 'awaitingCheck'] as const satisfies readonly ActionBucket[]
type Tile = (typeof TILES)[number]

interface ActionTilesProps {
  counts: ActionListResult['counts'] | null
  /** The bucket the table is showing, if any. */
  active: ActionBucket | ''
  onShow: (bucket: ActionBucket | '') => void
}

/**
 * The three questions of the monthly "action follow-up" item: what is overdue, what is due in
 * the next 14 days, and what is done but not yet proven to work. Each tile's button shows just
 * those actions below (pressed again, shows all).
 */
export function ActionTiles({ counts, active, onShow }: ActionTilesProps) {
  const { t } = useTranslation()
  const headingId = useId()
  return (
    <section className="action-tiles" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('actions.page.tilesHeading')}
      </h2>
      <ul className="action-tiles__list">
        {TILES.map((tile) => (
          <li key={tile}>
            <TileCard tile={tile} count={counts ? counts[tile] : null} pressed={active === tile} onShow={onShow} />
          </li>
        ))}
      </ul>
    </section>
  )
}

function TileCard({ tile, count, pressed, onShow }: { tile: Tile; count: number | null; pressed: boolean; onShow: ActionTilesProps['onShow'] }) {
  const { t, i18n } = useTranslation()
  const headingId = useId()
  const title = t(`actions.page.tiles.${tile}`)
  const attention = count !== null && count > 0 && tile !== 'dueSoon'
  return (
    <section
      className={`action-tile action-tile--${tile}${attention ? ' action-tile--attention' : ''}${pressed ? ' action-tile--pressed' : ''}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="action-tile__title">
        {title}
      </h3>
      <p className="action-tile__count">{count === null ? '–' : formatNumber(count, i18n.language)}</p>
      <button
        type="button"
        className="button button--small"
        aria-pressed={pressed}
        aria-label={t('actions.page.tileShowFor', { tile: title })}
        onClick={() => onShow(pressed ? '' : tile)}
      >
        {t('actions.page.tileShow')}
      </button>
    </section>
  )
}

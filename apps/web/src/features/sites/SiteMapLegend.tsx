import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { OSM_COLOURS } from '../../map/osmStyle.ts';
import { OUTLINE_COLOURS } from './map/outlines.ts';

type Shape = 'area' | 'line' | 'point';

const BASE: readonly { readonly key: MessageKey; readonly colour: string; readonly shape: Shape }[] = [
  { key: 'mapLayer.major', colour: OSM_COLOURS.major, shape: 'line' },
  { key: 'mapLayer.minor', colour: OSM_COLOURS.minor, shape: 'line' },
  { key: 'mapLayer.pedestrian', colour: OSM_COLOURS.pedestrianStreet, shape: 'line' },
  { key: 'mapLayer.path', colour: OSM_COLOURS.path, shape: 'line' },
  { key: 'mapLayer.railway', colour: OSM_COLOURS.railway, shape: 'line' },
  { key: 'mapLayer.pedestrianArea', colour: OSM_COLOURS.pedestrian, shape: 'area' },
  { key: 'mapLayer.building', colour: OSM_COLOURS.building, shape: 'area' },
  { key: 'mapLayer.water', colour: OSM_COLOURS.water, shape: 'area' },
  { key: 'mapLayer.green', colour: OSM_COLOURS.green, shape: 'area' },
  { key: 'mapLayer.barrier', colour: OSM_COLOURS.barrier, shape: 'point' },
];

interface Props {
  /** The base layers of the extract are drawn. */
  readonly base?: boolean;
  /** A selected suggestion is drawn in its own colour. */
  readonly selected?: boolean;
  /** The site's own outline is drawn emphasised (the site page). */
  readonly emphasised?: boolean;
  /** Outlines are drawn (not on maps showing something else in their place, e.g. a protected zone). */
  readonly outline?: boolean;
  /** The heading; null for none (when the legend sits under a heading of its own). */
  readonly title?: MessageKey | null;
}

/** What the colours of a site map mean: the outlines, and the base layers when they are drawn. */
export function SiteMapLegend({
  base = true,
  selected = false,
  emphasised = false,
  outline: withOutline = true,
  title = 'map.legend',
}: Props) {
  const { t } = useI18n();
  const outline = emphasised ? OUTLINE_COLOURS.selected : OUTLINE_COLOURS.normal;
  const items = [
    ...(withOutline ? [{ key: 'mapLayer.outline' as const, colour: outline, shape: 'area' as const }] : []),
    ...(selected
      ? [{ key: 'mapLayer.selected' as const, colour: OUTLINE_COLOURS.selected, shape: 'area' as const }]
      : []),
    ...(base ? BASE : []),
  ];
  return (
    <div className="legend">
      {title && <h3 className="legend-title">{t(title)}</h3>}
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <span
              className={`swatch swatch-${item.shape}`}
              style={{ background: item.colour }}
              aria-hidden="true"
            />
            {t(item.key)}
          </li>
        ))}
      </ul>
    </div>
  );
}

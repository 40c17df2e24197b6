import type { ClassThreat } from '@pactesur/contracts';
import { useState } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { SelectableRow } from '../../ui/SelectableRow.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { useFormatBand } from './ThreatSummaryTable.tsx';
import { speedColour } from './map/threatColours.ts';
import { entriesByDanger } from './map/threatFeatures.ts';

interface Props {
  readonly threat: ClassThreat;
  readonly className: string;
  readonly selected: number | null;
  readonly onSelect: (index: number) => void;
}

/** Rows shown before "show all": the most dangerous entries come first anyway. */
const FIRST_ROWS = 25;

/**
 * The entries of a class into the zone, most dangerous first: impact speed, energy, run-up, approach angle,
 * the speed band when computed, and where on the perimeter. Each row's button (or a click anywhere on the
 * row) shows the entry on the map.
 */
export function ThreatEntriesTable({ threat, className, selected, onSelect }: Props) {
  const { t, formatMeasure, formatCount } = useI18n();
  const band = useFormatBand();
  const [all, setAll] = useState(false);
  const ranked = entriesByDanger(threat);
  const withBands = threat.entries.some((e) => e.band !== null);
  const shown = all ? ranked : ranked.slice(0, FIRST_ROWS);
  if (ranked.length === 0) return <p className="empty">{t('threat.noEntries', { class: className })}</p>;
  return (
    <>
      <div className="table-scroll">
        <table className="table table-dense entries" data-testid="threat-entries">
          <caption>
            {t('threat.entriesCaption', { class: className, count: formatCount(ranked.length) })}
          </caption>
          <TableHead
            columns={[
              { label: 'threat.col.entry' },
              { label: 'threat.col.speed', numeric: true },
              { label: 'threat.col.energy', numeric: true },
              { label: 'threat.col.runUp', numeric: true },
              { label: 'threat.col.angle', numeric: true },
              withBands && { label: 'threat.col.band', numeric: true },
              { label: 'threat.col.perimeter', numeric: true },
            ]}
          />
          <tbody>
            {shown.map(({ entry: e, index }, rank) => (
              <SelectableRow
                key={index}
                data={{ 'data-entry': index }}
                selected={index === selected}
                onSelect={() => onSelect(index)}
                number={rank + 1}
                colour={speedColour(e.speedKmh)}
                label={t('threat.showEntry', { rank: rank + 1 })}
              >
                <td className="numeric nowrap strong">{formatMeasure(e.speedKmh, 'km/h', 'up')}</td>
                <td className="numeric nowrap">{formatMeasure(e.energyKJ, 'kJ', 'up')}</td>
                <td className="numeric nowrap">{formatMeasure(e.runUpM, 'm')}</td>
                <td className="numeric nowrap">{formatMeasure(e.angleDeg, '°')}</td>
                {withBands && <td className="numeric nowrap">{band(e.band)}</td>}
                <td className="numeric nowrap">
                  {Math.round(e.fromM) === Math.round(e.toM)
                    ? formatMeasure(e.fromM, 'm')
                    : t('threat.stretch', { from: formatCount(e.fromM), to: formatMeasure(e.toM, 'm') })}
                </td>
              </SelectableRow>
            ))}
          </tbody>
        </table>
      </div>
      {ranked.length > FIRST_ROWS && (
        <p>
          <button type="button" className="button-quiet" onClick={() => setAll(!all)}>
            {all
              ? t('threat.showFirst', { count: FIRST_ROWS })
              : t('threat.showAll', { count: formatCount(ranked.length) })}
          </button>
        </p>
      )}
    </>
  );
}

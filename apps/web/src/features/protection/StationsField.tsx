import type { MapLayersJson } from '@pactesur/api-client';
import {
  MAX_NAME_LENGTH,
  MAX_STATIONS,
  type Polygon,
  type Site,
  type StationInput,
} from '@pactesur/contracts';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { CheckField } from '../../ui/CheckField.tsx';
import { LegendItem } from '../../ui/LegendItem.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { SiteMap } from '../sites/SiteMap.tsx';
import { OUTLINE_COLOURS, outlineBounds } from '../sites/map/outlines.ts';
import { THREAT_COLOURS } from '../threat/map/threatOverlay.ts';
import { roundLngLat } from '../threat/map/zoneDraft.ts';
import { lngLatText, parseLngLatText } from './map/lngLatText.ts';
import { PROTECTION_COLOURS, stationsOverlays } from './map/protectionOverlay.ts';

interface Props {
  readonly site: Site;
  readonly layers: MapLayersJson | null;
  /** The zone drawn in the form, or null for the site outline. */
  readonly zone: Polygon | null;
  readonly osmStations: boolean;
  readonly onOsmStations: (on: boolean) => void;
  readonly stations: readonly StationInput[];
  readonly onStations: (stations: readonly StationInput[]) => void;
}

/**
 * The emergency stations whose way into the zone the plan must keep open: those of the site's OpenStreetMap
 * data (a tick box), and stations placed by clicking on the map — or, without a mouse, by typing their
 * longitude and latitude — each named and removable in a list.
 */
export function StationsField({
  site,
  layers,
  zone,
  osmStations,
  onOsmStations,
  stations,
  onStations,
}: Props) {
  const id = useId();
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [where, setWhere] = useState('');
  const [problem, setProblem] = useState(false);
  const outlines = useMemo(() => (zone ? [] : [site]), [zone, site]);
  const fit = useMemo(() => outlineBounds([site]), [site]);
  const overlays = useMemo(() => stationsOverlays(zone, stations), [zone, stations]);
  const full = stations.length >= MAX_STATIONS;
  const defaultName = (n: number) => t('protectionForm.stationDefault', { n });

  // Clicks can come faster than renders: each one builds on the stations of the one before.
  const latest = useRef(stations);
  latest.current = stations;
  const add = (station: StationInput) => {
    if (latest.current.length >= MAX_STATIONS) return;
    const next = [...latest.current, station];
    latest.current = next;
    onStations(next);
  };
  const typed = (e: FormEvent) => {
    e.preventDefault();
    const at = parseLngLatText(where);
    setProblem(at === null);
    if (!at) return;
    add({ name: name.trim() || defaultName(stations.length + 1), at });
    setName('');
    setWhere('');
  };
  const rename = (index: number, value: string) =>
    onStations(stations.map((s, i) => (i === index ? { ...s, name: value.slice(0, MAX_NAME_LENGTH) } : s)));
  const remove = (index: number) => onStations(stations.filter((_, i) => i !== index));

  return (
    <fieldset className="stations-field">
      <legend>{t('protectionForm.stations')}</legend>
      <CheckField
        label="protectionForm.osmStations"
        hint="protectionForm.osmStationsHint"
        checked={osmStations}
        onChange={onOsmStations}
      />
      <p className="hint">{t('protectionForm.stationsHint')}</p>
      <div className="map-layout">
        <SiteMap
          label={t('protectionForm.stationsMapLabel', { name: site.name })}
          layers={layers}
          outlines={outlines}
          selectedId={site.id}
          fit={fit}
          overlays={overlays}
          onPoint={
            full
              ? undefined
              : (p) => add({ name: defaultName(latest.current.length + 1), at: roundLngLat(p) })
          }
          countLayer="protect-stations"
          testId="stations-map"
        />
        <div className="legend">
          <h3 className="legend-title">{t('protectionLegend.title')}</h3>
          <ul>
            <LegendItem fill={PROTECTION_COLOURS.station}>{t('protectionLegend.station')}</LegendItem>
            <LegendItem
              {...(zone
                ? { swatch: 'swatch-dashed', border: THREAT_COLOURS.zone }
                : { swatch: 'swatch-area', fill: OUTLINE_COLOURS.selected })}
            >
              {t('threatLegend.zone')}
            </LegendItem>
          </ul>
        </div>
      </div>
      <p className="meta" aria-live="polite" data-testid="station-count">
        {full
          ? t('protectionForm.stationsFull', { count: MAX_STATIONS })
          : t('protectionForm.stationCount', { count: stations.length })}
      </p>
      {stations.length > 0 && (
        <table className="table table-dense" data-testid="station-list">
          <caption>{t('protectionForm.stationsCaption')}</caption>
          <TableHead
            columns={[
              { label: 'protectionForm.stationName' },
              { label: 'protectionForm.stationAt' },
              { label: 'common.actions' },
            ]}
          />
          <tbody>
            {stations.map((s, i) => (
              <tr key={i}>
                <td>
                  <input
                    value={s.name}
                    maxLength={MAX_NAME_LENGTH}
                    required
                    aria-label={t('protectionForm.stationNameOf', { n: i + 1 })}
                    onChange={(e) => rename(i, e.target.value)}
                  />
                </td>
                <td className="mono nowrap">{lngLatText(s.at)}</td>
                <td>
                  <button
                    type="button"
                    className="button-danger"
                    aria-label={t('protectionForm.removeStation', { name: s.name || String(i + 1) })}
                    onClick={() => remove(i)}
                  >
                    {t('protectionForm.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div
        className="form form-row station-add"
        role="group"
        aria-label={t('protectionForm.addStationTitle')}
      >
        <div className="field">
          <label htmlFor={`${id}-station-name`}>{t('protectionForm.stationName')}</label>
          <input
            id={`${id}-station-name`}
            maxLength={MAX_NAME_LENGTH}
            value={name}
            placeholder={defaultName(stations.length + 1)}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-station-at`}>{t('protectionForm.stationLngLat')}</label>
          <input
            id={`${id}-station-at`}
            className="mono"
            value={where}
            inputMode="decimal"
            placeholder="7.4206, 43.7311"
            aria-invalid={problem}
            aria-describedby={problem ? `${id}-station-problem` : undefined}
            onChange={(e) => setWhere(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') typed(e);
            }}
          />
        </div>
        <button type="button" disabled={full || where.trim() === ''} onClick={typed}>
          {t('protectionForm.addStation')}
        </button>
      </div>
      {problem && (
        <p className="field-problem" id={`${id}-station-problem`} role="status">
          {t('protectionForm.stationProblem')}
        </p>
      )}
    </fieldset>
  );
}

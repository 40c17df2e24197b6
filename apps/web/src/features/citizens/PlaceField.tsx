import { MAX_NAME_LENGTH, type LngLat } from '@pactesur/contracts';
import { useId, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { InputField } from '../../ui/InputField.tsx';
import { SiteMap } from '../sites/SiteMap.tsx';
import type { Bounds } from '../sites/map/outlines.ts';
import { PLACE_LAYER, placeOverlay } from './map/placeOverlay.ts';
import { boundsAround, placeOfFields, roundPlace } from './reportPlace.ts';

const NO_OUTLINES: readonly never[] = [];

/** How far around a place found by the browser or typed the map shows, in degrees of latitude (about 1 km). */
const CLOSE_SPAN_DEG = 0.01;

interface Props {
  readonly place: LngLat | null;
  /** Where the map opens (a city's place), or null for Europe. */
  readonly start: LngLat | null;
  readonly onPlace: (place: LngLat | null) => void;
  readonly address: string;
  readonly onAddress: (address: string) => void;
  readonly invalid: boolean;
}

/**
 * Where the problem is: a click on our own map (the Europe basemap, no outside tiles) sets a pin; without a
 * mouse, the latitude and longitude are typed (or found by the browser, if the reporter allows it). A few
 * words of address or landmark help the organisation find it.
 */
export function PlaceField({ place, start, onPlace, address, onAddress, invalid }: Props) {
  const id = useId();
  const { t } = useI18n();
  const [lat, setLat] = useState(place ? String(place[1]) : '');
  const [lng, setLng] = useState(place ? String(place[0]) : '');
  const [view, setView] = useState<Bounds | null>(() => (start ? boundsAround(start) : null));
  const [locating, setLocating] = useState<'idle' | 'busy' | 'failed'>('idle');
  const overlays = useMemo(() => [placeOverlay(place)], [place]);

  const set = (p: LngLat | null, fields: boolean) => {
    if (fields && p) {
      setLat(String(p[1]));
      setLng(String(p[0]));
    }
    onPlace(p);
  };
  const typed = (nextLat: string, nextLng: string) => {
    setLat(nextLat);
    setLng(nextLng);
    onPlace(placeOfFields(nextLat, nextLng));
  };
  const showTyped = () => {
    const p = placeOfFields(lat, lng);
    if (p) setView(boundsAround(p, CLOSE_SPAN_DEG));
  };
  const locate = () => {
    setLocating('busy');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const p = roundPlace([position.coords.longitude, position.coords.latitude]);
        set(p, true);
        setView(boundsAround(p, CLOSE_SPAN_DEG));
        setLocating('idle');
      },
      () => setLocating('failed'),
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };

  return (
    <fieldset className="card report-place" data-testid="report-place" aria-describedby={`${id}-hint`}>
      <legend>{t('citizens.place.legend')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('citizens.place.hint')}
      </p>
      <div className="report-map">
        <SiteMap
          label={t('citizens.place.map')}
          layers={null}
          outlines={NO_OUTLINES}
          fit={view}
          overlays={overlays}
          onPoint={(p) => set(roundPlace(p), true)}
          countLayer={PLACE_LAYER}
          testId="report-map"
        />
      </div>
      <p
        className="meta"
        aria-live="polite"
        data-testid="report-place-chosen"
        data-place={place?.join(',') ?? ''}
      >
        {place ? t('citizens.place.chosen', { lat: place[1], lng: place[0] }) : t('citizens.place.none')}
      </p>
      <div className="form-row report-coordinates" onBlur={showTyped}>
        <InputField
          label="citizens.place.lat"
          value={lat}
          inputMode="decimal"
          invalid={invalid && !place}
          onChange={(v) => typed(v, lng)}
        />
        <InputField
          label="citizens.place.lng"
          value={lng}
          inputMode="decimal"
          invalid={invalid && !place}
          onChange={(v) => typed(lat, v)}
        />
        {'geolocation' in navigator && (
          <button type="button" disabled={locating === 'busy'} onClick={locate}>
            {locating === 'busy' ? t('citizens.place.locating') : t('citizens.place.locate')}
          </button>
        )}
      </div>
      {locating === 'failed' && (
        <p className="field-problem" role="status">
          {t('citizens.place.locateFailed')}
        </p>
      )}
      <InputField
        label="citizens.place.address"
        hint="citizens.place.addressHint"
        value={address}
        maxLength={MAX_NAME_LENGTH}
        onChange={onAddress}
      />
    </fieldset>
  );
}

import {
  MARTYN_MEASURES,
  MARTYN_PROCEDURES,
  type Assessment,
  type Martyn,
  type MartynItem,
} from '@pactesur/contracts';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { NumberField } from '../../ui/NumberField.tsx';

interface Props {
  readonly martyn: Martyn;
  /** What the server worked out at the last save: the capacity used, the tier, what is missing. */
  readonly computed: Assessment['martyn'];
  readonly readOnly: boolean;
  readonly onChange: (martyn: Martyn) => void;
  /**
   * Where the capacity comes from when it is not typed here (an event plan's expected peak): said instead
   * of the capacity field, and the outcome is worked out as the boxes are ticked, not at the last save.
   */
  readonly capacityFrom?: string;
}

/**
 * Martyn's Law: the most people expected at once (empty: the site's event occupancy), the tier it puts the
 * space in, the tier's procedures and measures ticked when in place, and what is missing.
 */
export function MartynChecklist({ martyn, computed, readOnly, onChange, capacityFrom }: Props) {
  const id = useId();
  const { t, formatCount } = useI18n();
  const [capacity, setCapacity] = useState(martyn.capacity === null ? '' : String(martyn.capacity));
  const inPlace = new Set(martyn.inPlace);
  const number = Number(capacity);
  const valid = capacity.trim() === '' || (Number.isInteger(number) && number >= 0 && number <= 10_000_000);
  const tick = (item: MartynItem, on: boolean) =>
    onChange({
      ...martyn,
      inPlace: on ? [...inPlace, item] : [...inPlace].filter((x) => x !== item),
    });
  const group = (legend: 'martyn.procedures' | 'martyn.measures', items: readonly MartynItem[]) => (
    <fieldset className="martyn-group">
      <legend>{t(legend)}</legend>
      {items.map((item) => (
        <label key={item} className="check">
          <input type="checkbox" checked={inPlace.has(item)} onChange={(e) => tick(item, e.target.checked)} />
          <span>{t(`martyn.${item}`)}</span>
        </label>
      ))}
    </fieldset>
  );
  return (
    <section className="martyn" aria-labelledby={`${id}-title`} data-testid="martyn">
      <h3 id={`${id}-title`}>{t('martyn.title')}</h3>
      <p className="hint">{t('martyn.intro')}</p>
      <fieldset className="step-fields" disabled={readOnly}>
        {capacityFrom !== undefined ? (
          <p className="hint">{capacityFrom}</p>
        ) : (
          <>
            <NumberField
              label="martyn.capacity"
              value={capacity}
              inputMode="numeric"
              min={0}
              max={10_000_000}
              step={1}
              invalid={!valid}
              describedBy={`${id}-capacity-hint`}
              onChange={(next) => {
                setCapacity(next);
                const n = Number(next);
                if (next.trim() === '') onChange({ ...martyn, capacity: null });
                else if (Number.isInteger(n) && n >= 0 && n <= 10_000_000)
                  onChange({ ...martyn, capacity: n });
              }}
            />
            <p className="hint" id={`${id}-capacity-hint`}>
              {t('martyn.capacityHint')}
            </p>
          </>
        )}
        {group('martyn.procedures', MARTYN_PROCEDURES)}
        {group('martyn.measures', MARTYN_MEASURES)}
      </fieldset>
      <div className="martyn-outcome" data-testid="martyn-outcome" data-tier={computed.tier}>
        <p>
          {computed.capacity === null
            ? t('martyn.capacityUnknown')
            : t('martyn.capacityUsed', { count: formatCount(computed.capacity) })}
        </p>
        <p className="strong">{t('martyn.tier', { tier: t(`martynTier.${computed.tier}`) })}</p>
        {computed.tier !== 'none' && (
          <p>
            {computed.missing.length === 0
              ? t('martyn.nothingMissing')
              : t('martyn.missing', { items: computed.missing.map((m) => t(`martyn.${m}`)).join(' · ') })}
          </p>
        )}
        {capacityFrom === undefined && <p className="meta">{t('results.asOfSave')}</p>}
      </div>
    </section>
  );
}

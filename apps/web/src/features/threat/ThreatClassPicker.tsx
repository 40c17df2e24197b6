import type { ClassThreat } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { speedColour } from './map/threatColours.ts';
import { vehicleClassName } from './vehicleClassName.ts';

interface Props {
  readonly classes: readonly ClassThreat[];
  readonly value: string;
  readonly onChange: (classId: string) => void;
}

/** The vehicle class shown on the map and in the entries table: one radio per class, with its top speed. */
export function ThreatClassPicker({ classes, value, onChange }: Props) {
  const id = useId();
  const { t, formatMeasure } = useI18n();
  return (
    <fieldset className="class-picker" data-testid="class-picker">
      <legend>{t('threat.classPicker')}</legend>
      <div className="segments">
        {classes.map((c) => (
          <label key={c.class} className={c.class === value ? 'segment segment-on' : 'segment'}>
            <input
              type="radio"
              name={`${id}-class`}
              value={c.class}
              checked={c.class === value}
              onChange={() => onChange(c.class)}
            />
            <span className="segment-name">{vehicleClassName(t, c.class, c.name)}</span>
            <span className="segment-value">
              <span className="dot" style={{ background: speedColour(c.maxSpeedKmh) }} aria-hidden="true" />
              {c.maxSpeedKmh > 0 ? formatMeasure(c.maxSpeedKmh, 'km/h', 'up') : t('threat.notReached')}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

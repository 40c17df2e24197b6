import type { MapLayersJson } from '@pactesur/api-client';
import {
  DEFAULT_CLASS_IDS,
  type CreateThreatAnalysisInput,
  type LonLat,
  type Site,
} from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../hooks/useI18n.tsx';
import { draftPolygon } from '../map/zoneDraft.ts';
import { vehicleClassName } from './vehicleClassName.ts';
import { ZoneField, type ZoneMode } from './ZoneField.tsx';

interface Props {
  readonly site: Site;
  readonly layers: MapLayersJson | null;
  readonly busy: boolean;
  readonly onSubmit: (body: CreateThreatAnalysisInput) => void;
  readonly onCancel: () => void;
}

/**
 * A new vehicle threat analysis: its name, the vehicle classes (the six of HVM.md §2, all by default), the
 * spacing of the perimeter points, the sensitivity band, and the protected zone (the site outline or drawn).
 */
export function ThreatAnalysisForm({ site, layers, busy, onSubmit, onCancel }: Props) {
  const id = useId();
  const { t } = useI18n();
  const [name, setName] = useState(() => t('threatForm.defaultName', { site: site.name }));
  const [classes, setClasses] = useState<ReadonlySet<string>>(() => new Set(DEFAULT_CLASS_IDS));
  const [spacing, setSpacing] = useState('3');
  const [sensitivity, setSensitivity] = useState(true);
  const [mode, setMode] = useState<ZoneMode>('outline');
  const [corners, setCorners] = useState<readonly LonLat[]>([]);
  const [tried, setTried] = useState(false);

  const drawn = draftPolygon(corners);
  const noClass = classes.size === 0;
  const noZone = mode === 'draw' && !drawn.ok;
  const toggle = (classId: string, on: boolean) =>
    setClasses((current) => {
      const next = new Set(current);
      if (on) next.add(classId);
      else next.delete(classId);
      return next;
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (noClass || noZone) return;
    onSubmit({
      name: name.trim(),
      classes: DEFAULT_CLASS_IDS.filter((c) => classes.has(c)),
      spacingM: Number(spacing),
      sensitivity,
      ...(mode === 'draw' && drawn.ok ? { zone: drawn.polygon } : {}),
    });
  };

  return (
    <form className="form threat-form" onSubmit={submit} aria-busy={busy}>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('threatForm.name')}</label>
        <input
          id={`${id}-name`}
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <fieldset className="checks" aria-describedby={noClass && tried ? `${id}-classes-problem` : undefined}>
        <legend>{t('threatForm.classes')}</legend>
        <div className="check-grid">
          {DEFAULT_CLASS_IDS.map((c) => (
            <label key={c} className="check">
              <input type="checkbox" checked={classes.has(c)} onChange={(e) => toggle(c, e.target.checked)} />
              <span>
                {vehicleClassName(t, c)}
                <span className="check-meta">{t(`vehicleClassHint.${c}`)}</span>
              </span>
            </label>
          ))}
        </div>
        {noClass && tried && (
          <p className="field-problem" id={`${id}-classes-problem`} role="alert">
            {t('threatForm.noClass')}
          </p>
        )}
      </fieldset>
      <div className="form form-row">
        <div className="field">
          <label htmlFor={`${id}-spacing`}>{t('threatForm.spacing')}</label>
          <input
            id={`${id}-spacing`}
            type="number"
            inputMode="decimal"
            min={2}
            max={5}
            step={0.5}
            required
            value={spacing}
            aria-describedby={`${id}-spacing-hint`}
            onChange={(e) => setSpacing(e.target.value)}
          />
        </div>
        <p className="hint grow" id={`${id}-spacing-hint`}>
          {t('threatForm.spacingHint')}
        </p>
      </div>
      <div className="field-inline">
        <input
          id={`${id}-sensitivity`}
          type="checkbox"
          checked={sensitivity}
          aria-describedby={`${id}-sensitivity-hint`}
          onChange={(e) => setSensitivity(e.target.checked)}
        />
        <label htmlFor={`${id}-sensitivity`}>{t('threatForm.sensitivity')}</label>
      </div>
      <p className="hint indented" id={`${id}-sensitivity-hint`}>
        {t('threatForm.sensitivityHint')}
      </p>
      <ZoneField
        site={site}
        layers={layers}
        mode={mode}
        corners={corners}
        onMode={setMode}
        onCorners={setCorners}
      />
      {noZone && tried && (
        <p className="field-problem" role="alert">
          {t('threatForm.noZone')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t('threatForm.starting') : t('threatForm.submit')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

import type { MapLayersJson } from '@pactesur/api-client';
import type { CreateCrowdSimulationInput, CrowdExit, Site } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../hooks/useI18n.tsx';
import { exitIdProblems, exitWidthM, MIN_EXIT_WIDTH_M } from '../map/crowdExits.ts';
import { CrowdExitsField } from './CrowdExitsField.tsx';

interface Props {
  readonly site: Site;
  readonly layers: MapLayersJson | null;
  readonly busy: boolean;
  readonly onSubmit: (body: CreateCrowdSimulationInput) => void;
  readonly onCancel: () => void;
}

type PeopleMode = 'density' | 'count';

/** The largest crowd the platform simulates (the server refuses more). */
export const MAX_PEOPLE = 20_000;

/** A number typed in a field, or NaN. */
const num = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/**
 * A new crowd simulation of a site: its name, the exits drawn on the edge of the outline, how many people
 * (a density over the walkable area or a head count), the model, the premovement times and the duration.
 */
export function CrowdSimulationForm({ site, layers, busy, onSubmit, onCancel }: Props) {
  const id = useId();
  const { t, formatCount, formatArea } = useI18n();
  const [name, setName] = useState(() => t('crowdForm.defaultName', { site: site.name }));
  const [exits, setExits] = useState<readonly CrowdExit[]>([]);
  const [peopleMode, setPeopleMode] = useState<PeopleMode>('density');
  const [density, setDensity] = useState('1');
  const [count, setCount] = useState(() =>
    String(Math.max(1, Math.min(MAX_PEOPLE, Math.round(site.walkableAreaM2)))),
  );
  const [model, setModel] = useState<'cfsm' | 'sfm'>('cfsm');
  const [preMin, setPreMin] = useState('0');
  const [preMax, setPreMax] = useState('30');
  const [duration, setDuration] = useState('600');
  const [tried, setTried] = useState(false);

  const ids = exitIdProblems(exits);
  const narrow = exits.some((x) => exitWidthM(x.line) < MIN_EXIT_WIDTH_M);
  const exitProblem =
    exits.length === 0
      ? 'crowdForm.noExit'
      : ids.empty
        ? 'crowdForm.exitNameEmpty'
        : ids.duplicate
          ? 'crowdForm.exitNameTwice'
          : narrow
            ? 'crowdForm.exitTooNarrow'
            : null;
  const premovementProblem = num(preMin) > num(preMax);
  const estimate = Math.round(num(density) * site.walkableAreaM2);
  const tooMany = peopleMode === 'density' && estimate > MAX_PEOPLE;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (exitProblem || premovementProblem || tooMany) return;
    onSubmit({
      name: name.trim(),
      model,
      exits: exits.map((x) => ({ id: x.id.trim(), line: x.line })),
      ...(peopleMode === 'density' ? { density: num(density) } : { count: Math.round(num(count)) }),
      premovementS: [num(preMin), num(preMax)],
      durationS: num(duration),
    });
  };

  return (
    <form className="form crowd-form" onSubmit={submit} aria-busy={busy}>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('crowdForm.name')}</label>
        <input
          id={`${id}-name`}
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>

      <CrowdExitsField
        site={site}
        layers={layers}
        exits={exits}
        onExits={setExits}
        describedBy={tried && exitProblem ? `${id}-exit-problem` : undefined}
      />
      {tried && exitProblem && (
        <p className="field-problem" id={`${id}-exit-problem`} role="alert">
          {t(exitProblem)}
        </p>
      )}

      <fieldset className="crowd-fieldset">
        <legend>{t('crowdForm.people')}</legend>
        <div className="crowd-choice-row" role="radiogroup" aria-label={t('crowdForm.people')}>
          {(['density', 'count'] as const).map((m) => (
            <label key={m} className="crowd-choice">
              <input
                type="radio"
                name={`${id}-people`}
                value={m}
                checked={peopleMode === m}
                onChange={() => setPeopleMode(m)}
              />
              {t(m === 'density' ? 'crowdForm.byDensity' : 'crowdForm.byCount')}
            </label>
          ))}
        </div>
        {peopleMode === 'density' ? (
          <div className="form-row crowd-row">
            <div className="field">
              <label htmlFor={`${id}-density`}>{t('crowdForm.density')}</label>
              <input
                id={`${id}-density`}
                type="number"
                inputMode="decimal"
                min={0.01}
                max={6}
                step="any"
                required
                value={density}
                aria-describedby={`${id}-density-hint`}
                onChange={(e) => setDensity(e.target.value)}
              />
            </div>
            <p className="hint grow" id={`${id}-density-hint`}>
              {Number.isFinite(estimate)
                ? t('crowdForm.densityHint', {
                    people: formatCount(estimate),
                    area: formatArea(site.walkableAreaM2),
                  })
                : t('crowdForm.densityHintEmpty')}
            </p>
          </div>
        ) : (
          <div className="form-row crowd-row">
            <div className="field">
              <label htmlFor={`${id}-count`}>{t('crowdForm.count')}</label>
              <input
                id={`${id}-count`}
                type="number"
                inputMode="numeric"
                min={1}
                max={MAX_PEOPLE}
                step={1}
                required
                value={count}
                aria-describedby={`${id}-count-hint`}
                onChange={(e) => setCount(e.target.value)}
              />
            </div>
            <p className="hint grow" id={`${id}-count-hint`}>
              {t('crowdForm.countHint', { area: formatArea(site.walkableAreaM2) })}
            </p>
          </div>
        )}
        {tried && tooMany && (
          <p className="field-problem" role="alert">
            {t('crowdForm.tooMany', { people: formatCount(estimate) })}
          </p>
        )}
      </fieldset>

      <fieldset className="crowd-fieldset">
        <legend>{t('crowdForm.settings')}</legend>
        <div className="form-row crowd-row">
          <div className="field">
            <label htmlFor={`${id}-model`}>{t('crowdForm.model')}</label>
            <select
              id={`${id}-model`}
              value={model}
              aria-describedby={`${id}-model-hint`}
              onChange={(e) => setModel(e.target.value === 'sfm' ? 'sfm' : 'cfsm')}
            >
              <option value="cfsm">{t('crowdModel.cfsm')}</option>
              <option value="sfm">{t('crowdModel.sfm')}</option>
            </select>
          </div>
          <p className="hint grow" id={`${id}-model-hint`}>
            {t(model === 'cfsm' ? 'crowdForm.cfsmHint' : 'crowdForm.sfmHint')}
          </p>
        </div>
        <div className="form-row crowd-row">
          <div className="field">
            <label htmlFor={`${id}-pre-min`}>{t('crowdForm.premovementMin')}</label>
            <input
              id={`${id}-pre-min`}
              type="number"
              inputMode="numeric"
              min={0}
              max={600}
              step="any"
              required
              value={preMin}
              aria-describedby={`${id}-pre-hint`}
              onChange={(e) => setPreMin(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-pre-max`}>{t('crowdForm.premovementMax')}</label>
            <input
              id={`${id}-pre-max`}
              type="number"
              inputMode="numeric"
              min={0}
              max={600}
              step="any"
              required
              value={preMax}
              aria-invalid={premovementProblem}
              aria-describedby={`${id}-pre-hint`}
              onChange={(e) => setPreMax(e.target.value)}
            />
          </div>
          <p className="hint grow" id={`${id}-pre-hint`}>
            {t('crowdForm.premovementHint')}
          </p>
        </div>
        {premovementProblem && (
          <p className="field-problem" role="status">
            {t('crowdForm.premovementOrder')}
          </p>
        )}
        <div className="form-row crowd-row">
          <div className="field">
            <label htmlFor={`${id}-duration`}>{t('crowdForm.duration')}</label>
            <input
              id={`${id}-duration`}
              type="number"
              inputMode="numeric"
              min={10}
              max={3600}
              step="any"
              required
              value={duration}
              aria-describedby={`${id}-duration-hint`}
              onChange={(e) => setDuration(e.target.value)}
            />
          </div>
          <p className="hint grow" id={`${id}-duration-hint`}>
            {t('crowdForm.durationHint')}
          </p>
        </div>
      </fieldset>

      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t('crowdForm.starting') : t('crowdForm.submit')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

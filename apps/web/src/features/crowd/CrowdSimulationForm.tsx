import {
  MAX_CROWD_DENSITY,
  MAX_CROWD_DURATION_S,
  MAX_PEOPLE,
  type CreateCrowdSimulationInput,
  type CrowdExit,
} from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { HintedRow } from '../../ui/HintedRow.tsx';
import { NameField } from '../../ui/NameField.tsx';
import { NumberField } from '../../ui/NumberField.tsx';
import type { JobFormProps } from '../jobs/JobFormProps.ts';
import { CrowdExitsField } from './CrowdExitsField.tsx';
import { exitIdProblems, exitWidthM, MIN_EXIT_WIDTH_M } from './map/crowdExits.ts';

/** How the number of people is chosen: the site's registered occupancy at an event or on a usual day, a density or a count. */
type PeopleMode = 'event' | 'typical' | 'density' | 'count';

/** The site's registered occupancies, in the order offered: the ones it has. */
const occupancyModes = (
  site: JobFormProps<unknown>['site'],
): { mode: 'event' | 'typical'; people: number }[] =>
  (
    [
      { mode: 'event', people: site.eventOccupancy },
      { mode: 'typical', people: site.typicalOccupancy },
    ] as const
  ).flatMap((o) => (o.people !== null && o.people > 0 ? [{ mode: o.mode, people: o.people }] : []));

/** The class of a row of fields with its hint. */
const ROW = 'form-row crowd-row';

/** The limits of the two premovement times, in seconds. */
const PREMOVEMENT = { inputMode: 'numeric', min: 0, max: 600, step: 'any', required: true } as const;

/** A number typed in a field, or NaN. */
const num = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/**
 * A new crowd simulation of a site: its name, the exits drawn on the edge of the outline, how many people
 * (a density over the walkable area or a head count), the model, the premovement times and the duration.
 */
export function CrowdSimulationForm({
  site,
  layers,
  busy,
  onSubmit,
  onCancel,
}: JobFormProps<CreateCrowdSimulationInput>) {
  const id = useId();
  const { t, formatCount, formatArea } = useI18n();
  const [name, setName] = useState(() => t('crowdForm.defaultName', { site: site.name }));
  const [exits, setExits] = useState<readonly CrowdExit[]>([]);
  const occupancies = occupancyModes(site);
  // An evacuation is planned for the crowd of an event: its registered occupancy first, when there is one.
  const [peopleMode, setPeopleMode] = useState<PeopleMode>(() => occupancies[0]?.mode ?? 'density');
  const occupancy = occupancies.find((o) => o.mode === peopleMode)?.people ?? null;
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
  const tooMany =
    (peopleMode === 'density' && estimate > MAX_PEOPLE) || (occupancy !== null && occupancy > MAX_PEOPLE);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (exitProblem || premovementProblem || tooMany) return;
    onSubmit({
      name: name.trim(),
      model,
      exits: exits.map((x) => ({ id: x.id.trim(), line: x.line })),
      ...(occupancy !== null
        ? { count: occupancy }
        : peopleMode === 'density'
          ? { density: num(density) }
          : { count: Math.round(num(count)) }),
      premovementS: [num(preMin), num(preMax)],
      durationS: num(duration),
    });
  };

  return (
    <form className="form crowd-form" onSubmit={submit} aria-busy={busy}>
      <NameField label="crowdForm.name" value={name} onChange={setName} />

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
          {occupancies.map((o) => (
            <label key={o.mode} className="crowd-choice">
              <input
                type="radio"
                name={`${id}-people`}
                value={o.mode}
                checked={peopleMode === o.mode}
                onChange={() => setPeopleMode(o.mode)}
              />
              {t(o.mode === 'event' ? 'crowdForm.eventOccupancy' : 'crowdForm.typicalOccupancy', {
                people: formatCount(o.people),
              })}
            </label>
          ))}
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
        {occupancy !== null ? (
          <p className="hint">{t('crowdForm.occupancyHint', { area: formatArea(site.walkableAreaM2) })}</p>
        ) : peopleMode === 'density' ? (
          <HintedRow
            className={ROW}
            hint={
              Number.isFinite(estimate)
                ? t('crowdForm.densityHint', {
                    people: formatCount(estimate),
                    area: formatArea(site.walkableAreaM2),
                  })
                : t('crowdForm.densityHintEmpty')
            }
          >
            {(hintId) => (
              <NumberField
                label="crowdForm.density"
                inputMode="decimal"
                min={0.01}
                max={MAX_CROWD_DENSITY}
                step="any"
                required
                value={density}
                describedBy={hintId}
                onChange={setDensity}
              />
            )}
          </HintedRow>
        ) : (
          <HintedRow
            className={ROW}
            hint={t('crowdForm.countHint', { area: formatArea(site.walkableAreaM2) })}
          >
            {(hintId) => (
              <NumberField
                label="crowdForm.count"
                inputMode="numeric"
                min={1}
                max={MAX_PEOPLE}
                step={1}
                required
                value={count}
                describedBy={hintId}
                onChange={setCount}
              />
            )}
          </HintedRow>
        )}
        {tried && tooMany && (
          <p className="field-problem" role="alert">
            {t(occupancy !== null ? 'crowdForm.tooManyRegistered' : 'crowdForm.tooMany', {
              people: formatCount(occupancy ?? estimate),
            })}
          </p>
        )}
      </fieldset>

      <fieldset className="crowd-fieldset">
        <legend>{t('crowdForm.settings')}</legend>
        <HintedRow className={ROW} hint={t(model === 'cfsm' ? 'crowdForm.cfsmHint' : 'crowdForm.sfmHint')}>
          {(hintId) => (
            <div className="field">
              <label htmlFor={`${id}-model`}>{t('crowdForm.model')}</label>
              <select
                id={`${id}-model`}
                value={model}
                aria-describedby={hintId}
                onChange={(e) => setModel(e.target.value === 'sfm' ? 'sfm' : 'cfsm')}
              >
                <option value="cfsm">{t('crowdModel.cfsm')}</option>
                <option value="sfm">{t('crowdModel.sfm')}</option>
              </select>
            </div>
          )}
        </HintedRow>
        <HintedRow className={ROW} hint={t('crowdForm.premovementHint')}>
          {(hintId) => (
            <>
              <NumberField
                label="crowdForm.premovementMin"
                {...PREMOVEMENT}
                value={preMin}
                describedBy={hintId}
                onChange={setPreMin}
              />
              <NumberField
                label="crowdForm.premovementMax"
                {...PREMOVEMENT}
                value={preMax}
                invalid={premovementProblem}
                describedBy={hintId}
                onChange={setPreMax}
              />
            </>
          )}
        </HintedRow>
        {premovementProblem && (
          <p className="field-problem" role="status">
            {t('crowdForm.premovementOrder')}
          </p>
        )}
        <HintedRow className={ROW} hint={t('crowdForm.durationHint')}>
          {(hintId) => (
            <NumberField
              label="crowdForm.duration"
              inputMode="numeric"
              min={10}
              max={MAX_CROWD_DURATION_S}
              step="any"
              required
              value={duration}
              describedBy={hintId}
              onChange={setDuration}
            />
          )}
        </HintedRow>
      </fieldset>

      <FormActions
        busy={busy}
        submitLabel="crowdForm.submit"
        busyLabel="crowdForm.starting"
        onCancel={onCancel}
      />
    </form>
  );
}

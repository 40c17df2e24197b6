import { ICE_COLUMNS, RAMP_ELEMENTS, Rating, type PlanFeature, type RampEntry } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { newItemId } from '../assessments/itemId.ts';
import { rampMatrix } from './RampMatrix.ts';
import { WorksheetFeatures } from './WorksheetFeatures.tsx';

interface Props {
  readonly entries: readonly RampEntry[];
  readonly features: readonly PlanFeature[];
  readonly readOnly: boolean;
  readonly onChange: (entries: RampEntry[]) => void;
}

/** Most RAMP entries of a plan (the contract's limit). */
const MAX_RAMP = 200;

/** The RAMP map: each element in each phase as green, amber or red (its worst entry), in words as well. */
function RampMap({ entries }: { entries: readonly RampEntry[] }) {
  const { t } = useI18n();
  return (
    <table className="table table-dense ramp-map" data-testid="ramp-map">
      <caption>{t('events.ops.ramp.mapCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('events.ops.ramp.element')}</th>
          {ICE_COLUMNS.map((phase) => (
            <th scope="col" key={phase}>
              {t(`events.ops.dimIce.column.${phase}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rampMatrix(entries).map((row) => (
          <tr key={row[0]?.element}>
            <th scope="row">{row[0] && t(`events.ops.ramp.elementName.${row[0].element}`)}</th>
            {row.map((square) => (
              <td
                key={square.phase}
                className={square.rating ? `rating rating-${square.rating}` : 'rating rating-none'}
                data-element={square.element}
                data-phase={square.phase}
                data-rating={square.rating ?? ''}
              >
                {square.rating ? t(`events.ops.rating.${square.rating}`) : t('events.ops.ramp.unrated')}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RampEntryFields({
  entry,
  features,
  readOnly,
  onChange,
  onRemove,
}: {
  entry: RampEntry;
  features: readonly PlanFeature[];
  readOnly: boolean;
  onChange: (entry: RampEntry) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const { t } = useI18n();
  const name = t('events.ops.ramp.entryName', {
    element: t(`events.ops.ramp.elementName.${entry.element}`),
    phase: t(`events.ops.dimIce.column.${entry.phase}`),
  });
  return (
    <li
      className={`ramp-entry rating-edge-${entry.rating}`}
      data-testid="ramp-entry"
      data-rating={entry.rating}
    >
      <fieldset className="form form-row" disabled={readOnly}>
        <legend className="visually-hidden">{name}</legend>
        <div className="field">
          <label htmlFor={`${id}-element`}>{t('events.ops.ramp.element')}</label>
          <select
            id={`${id}-element`}
            value={entry.element}
            onChange={(e) =>
              onChange({
                ...entry,
                element: RAMP_ELEMENTS.find((x) => x === e.target.value) ?? entry.element,
              })
            }
          >
            {RAMP_ELEMENTS.map((el) => (
              <option key={el} value={el}>
                {t(`events.ops.ramp.elementName.${el}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-phase`}>{t('events.ops.ramp.phase')}</label>
          <select
            id={`${id}-phase`}
            value={entry.phase}
            onChange={(e) =>
              onChange({ ...entry, phase: ICE_COLUMNS.find((x) => x === e.target.value) ?? entry.phase })
            }
          >
            {ICE_COLUMNS.map((p) => (
              <option key={p} value={p}>
                {t(`events.ops.dimIce.column.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-rating`}>{t('events.ops.ramp.rating')}</label>
          <select
            id={`${id}-rating`}
            value={entry.rating}
            onChange={(e) => onChange({ ...entry, rating: Rating.parse(e.target.value) })}
          >
            {Rating.options.map((r) => (
              <option key={r} value={r}>
                {t(`events.ops.rating.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-text`}>{t('events.ops.ramp.text')}</label>
          <textarea
            id={`${id}-text`}
            rows={2}
            maxLength={5_000}
            value={entry.text}
            onChange={(e) => onChange({ ...entry, text: e.target.value })}
          />
        </div>
      </fieldset>
      <WorksheetFeatures
        features={features}
        value={entry.features}
        label={t('events.ops.features.of', { what: name })}
        readOnly={readOnly}
        onChange={(ids) => onChange({ ...entry, features: ids })}
      />
      {!readOnly && (
        <button
          type="button"
          className="button-quiet"
          onClick={onRemove}
          aria-label={t('events.ops.ramp.removeLabel', { name })}
        >
          {t('events.ops.remove')}
        </button>
      )}
    </li>
  );
}

/**
 * RAMP: Routes, Areas (capacity per zone), Movement (flows, cross-flows, timings) and Profile (who), each
 * entry rated green, amber or red for a phase and tied to the plan's features; above them, the map of the
 * ratings per phase.
 */
export function RampTable({ entries, features, readOnly, onChange }: Props) {
  const { t } = useI18n();
  const add = () =>
    onChange([
      ...entries,
      { id: newItemId(), element: 'routes', phase: 'ingress', text: '', rating: 'green', features: [] },
    ]);
  return (
    <section className="card worksheet" aria-labelledby="ramp-title" data-testid="ramp">
      <h3 id="ramp-title">{t('events.ops.ramp.title')}</h3>
      <p className="hint">{t('events.ops.ramp.intro')}</p>
      <RampMap entries={entries} />
      {entries.length === 0 ? (
        <p className="empty">{t('events.ops.ramp.empty')}</p>
      ) : (
        <ol className="worksheet-list">
          {entries.map((entry) => (
            <RampEntryFields
              key={entry.id}
              entry={entry}
              features={features}
              readOnly={readOnly}
              onChange={(next) => onChange(entries.map((e) => (e.id === entry.id ? next : e)))}
              onRemove={() => onChange(entries.filter((e) => e.id !== entry.id))}
            />
          ))}
        </ol>
      )}
      {!readOnly && entries.length < MAX_RAMP && (
        <button type="button" onClick={add}>
          {t('events.ops.ramp.add')}
        </button>
      )}
    </section>
  );
}

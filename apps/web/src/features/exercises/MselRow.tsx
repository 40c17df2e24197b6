import { DELIVERY_METHODS, MAX_INJECT_NUMBER, MAX_NAME_LENGTH, type DeliveryMethod, type Inject, type Storyline } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { cellOfList, dependsOnCell, dependsOnIds, listOfCell, sameList } from './mselCells.ts';
import { columnKey, type MselTableColumn } from './mselColumns.ts';
import { ParsedInput } from './ParsedInput.tsx';
import { formatScenarioTime, parseScenarioTime } from '@pactesur/exercises';

interface Props {
  readonly inject: Inject;
  readonly msel: readonly Inject[];
  readonly storylines: readonly Storyline[];
  /** The fields the contract refuses. */
  readonly refused: ReadonlySet<string>;
  readonly onChange: (change: Partial<Inject>) => void;
  readonly onRemove: () => void;
}

const sameNumber = (a: number, b: number) => a === b;
const sameStrings = (a: readonly string[], b: readonly string[]) => sameList(a, b);
const parseNumber = (text: string): number | null => {
  const n = Number(text);
  return /^\d+$/.test(text.trim()) && n >= 1 && n <= MAX_INJECT_NUMBER ? n : null;
};
const list = (text: string): string[] => listOfCell(text);

/** One inject of the MSEL as a row of inputs, each cell labelled with its column and the inject's number. */
export function MselRow({ inject, msel, storylines, refused, onChange, onRemove }: Props) {
  const { t } = useI18n();
  const label = (column: MselTableColumn) => t('msel.cell', { column: t(columnKey(column)), number: inject.number });
  const bad = (field: keyof Inject) => refused.has(field) || undefined;
  const acts = storylines.find((s) => s.name === inject.storyline)?.acts ?? [];
  const text = (field: 'synopsis' | 'message' | 'expectedAction' | 'controlNote', rows: number, max: number) => (
    <textarea
      aria-label={label(field)}
      rows={rows}
      maxLength={max}
      value={inject[field]}
      aria-invalid={bad(field)}
      onChange={(e) => onChange({ [field]: e.target.value })}
    />
  );
  return (
    <tr data-testid="msel-row" data-inject-id={inject.id} data-number={inject.number}>
      <td>
        <ParsedInput
          className="msel-number"
          inputMode="numeric"
          aria-label={label('number')}
          aria-invalid={bad('number')}
          value={inject.number}
          format={String}
          parse={parseNumber}
          same={sameNumber}
          onValue={(number) => onChange({ number })}
        />
      </td>
      <td>
        <ParsedInput
          className="msel-time"
          aria-label={label('time')}
          placeholder="HH:MM"
          value={inject.scenarioTimeS}
          format={formatScenarioTime}
          parse={parseScenarioTime}
          same={sameNumber}
          onValue={(scenarioTimeS) => onChange({ scenarioTimeS })}
        />
      </td>
      <td>
        <select aria-label={label('storyline')} value={inject.storyline} onChange={(e) => onChange({ storyline: e.target.value, act: '' })}>
          <option value="">{t('common.none')}</option>
          {inject.storyline !== '' && !storylines.some((s) => s.name === inject.storyline) && (
            <option value={inject.storyline}>{inject.storyline}</option>
          )}
          {storylines.map((s, i) => (
            <option key={i} value={s.name}>
              {s.name}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select aria-label={label('act')} value={inject.act} onChange={(e) => onChange({ act: e.target.value })}>
          <option value="">{t('common.none')}</option>
          {inject.act !== '' && !acts.some((a) => a.name === inject.act) && <option value={inject.act}>{inject.act}</option>}
          {acts.map((a, i) => (
            <option key={i} value={a.name}>
              {a.name}
            </option>
          ))}
        </select>
      </td>
      <td>{text('synopsis', 3, 500)}</td>
      <td>{text('message', 3, 5_000)}</td>
      <td>
        <input
          aria-label={label('from')}
          maxLength={MAX_NAME_LENGTH}
          value={inject.from}
          aria-invalid={bad('from')}
          onChange={(e) => onChange({ from: e.target.value })}
        />
      </td>
      <td>
        <ParsedInput
          aria-label={label('to')}
          aria-invalid={bad('to')}
          value={inject.to}
          format={cellOfList}
          parse={list}
          same={sameStrings}
          onValue={(to) => onChange({ to })}
        />
      </td>
      <td>
        <select aria-label={label('method')} value={inject.method} onChange={(e) => onChange({ method: e.target.value as DeliveryMethod })}>
          {DELIVERY_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`exerciseMethod.${m}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          aria-label={label('controller')}
          maxLength={MAX_NAME_LENGTH}
          value={inject.controller}
          onChange={(e) => onChange({ controller: e.target.value })}
        />
      </td>
      <td>{text('expectedAction', 3, 2_000)}</td>
      <td>
        <ParsedInput
          aria-label={label('objectives')}
          aria-invalid={bad('objectives')}
          value={inject.objectives}
          format={cellOfList}
          parse={list}
          same={sameStrings}
          onValue={(objectives) => onChange({ objectives })}
        />
      </td>
      <td className="msel-control-note">{text('controlNote', 3, 2_000)}</td>
      <td className="msel-check">
        <input type="checkbox" aria-label={label('contingency')} checked={inject.contingency} onChange={(e) => onChange({ contingency: e.target.checked })} />
      </td>
      <td>
        <ParsedInput
          aria-label={label('dependsOn')}
          aria-invalid={bad('dependsOn')}
          value={inject.dependsOn}
          format={(ids) => dependsOnCell({ ...inject, dependsOn: [...ids] }, msel)}
          parse={(cell) => dependsOnIds(cell, msel)}
          same={sameStrings}
          onValue={(dependsOn) => onChange({ dependsOn })}
        />
      </td>
      <td>
        <button type="button" className="button-quiet" onClick={onRemove} aria-label={t('msel.remove', { number: inject.number })}>
          {t('exerciseDesign.remove')}
        </button>
      </td>
    </tr>
  );
}

import { MAX_NAME_LENGTH, ReportCategory, type Coverage, type LngLat } from '@pactesur/contracts';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { InputField } from '../../ui/InputField.tsx';
import { useAction } from '../../ui/useAction.ts';
import { SiteMap } from '../sites/SiteMap.tsx';
import { OUTLINE_FILL, type Bounds } from '../sites/map/outlines.ts';
import { draftOverlay, roundLngLat } from '../threat/map/zoneDraft.ts';
import { coverageOutlines } from './map/coverageOutlines.ts';
import { coverageBody, type CoverageProblem } from './coverageDraft.ts';

interface Props {
  /** The organisation's areas, drawn under the new one. */
  readonly existing: readonly Coverage[];
  readonly fit: Bounds | null;
  readonly onSaved: (coverage: Coverage) => void;
  readonly onCancel: () => void;
}

/**
 * A new coverage area: its name, the categories the organisation takes there, and its outline clicked
 * corner by corner on the map (undo the last corner, clear), the organisation's other areas shown under it.
 */
export function CoverageForm({ existing, fit, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const action = useAction();
  const [name, setName] = useState('');
  const [categories, setCategories] = useState<readonly ReportCategory[]>([]);
  const [corners, setCorners] = useState<readonly LngLat[]>([]);
  const [tried, setTried] = useState(false);
  const outlines = useMemo(() => coverageOutlines(existing), [existing]);
  const overlays = useMemo(() => [draftOverlay(corners)], [corners]);
  // Clicks can come faster than renders: each builds on the corners of the one before.
  const latest = useRef(corners);
  latest.current = corners;
  const place = (next: readonly LngLat[]) => {
    latest.current = next;
    setCorners(next);
  };

  const result = coverageBody(name, categories, corners);
  const problems: readonly CoverageProblem[] = tried && !result.ok ? result.problems : [];
  const toggle = (c: ReportCategory, on: boolean) =>
    setCategories((list) => (on ? [...list, c] : list.filter((x) => x !== c)));

  const save = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!result.ok) return;
    void action.run(async () => onSaved(await api.createCoverage(result.body)));
  };

  return (
    <form
      className="form card"
      onSubmit={save}
      noValidate
      aria-labelledby="coverage-new-title"
      data-testid="coverage-form"
    >
      <h3 id="coverage-new-title">{t('citizens.coverage.new')}</h3>
      <InputField
        label="citizens.coverage.name"
        value={name}
        maxLength={MAX_NAME_LENGTH}
        invalid={problems.includes('name')}
        onChange={setName}
      />
      <fieldset className="field" aria-invalid={problems.includes('categories')}>
        <legend>{t('citizens.coverage.categories')}</legend>
        <div className="choice-row">
          {ReportCategory.options.map((c) => (
            <label key={c} className="choice">
              <input
                type="checkbox"
                checked={categories.includes(c)}
                onChange={(e) => toggle(c, e.target.checked)}
              />
              {t(`reportCategory.${c}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="field">
        <legend>{t('citizens.coverage.area')}</legend>
        <p className="hint">{t('citizens.coverage.drawHint')}</p>
        <div className="zone-map">
          <SiteMap
            label={t('citizens.coverage.map')}
            layers={null}
            outlines={outlines}
            fit={fit}
            overlays={overlays}
            onPoint={(p) => place([...latest.current, roundLngLat(p)])}
            countLayer={OUTLINE_FILL}
            testId="coverage-draw-map"
          />
        </div>
        <div className="toolbar">
          <button type="button" disabled={corners.length === 0} onClick={() => place(corners.slice(0, -1))}>
            {t('citizens.coverage.undo')}
          </button>
          <button type="button" disabled={corners.length === 0} onClick={() => place([])}>
            {t('citizens.coverage.clear')}
          </button>
          <span className="meta" aria-live="polite" data-testid="coverage-corners">
            {t('citizens.coverage.corners', { count: corners.length })}
          </span>
        </div>
      </fieldset>
      {problems.length > 0 && (
        <ul className="field-problem" role="alert">
          {problems.map((p) => (
            <li key={p}>{t(`citizens.coverage.problem.${p}`)}</li>
          ))}
        </ul>
      )}
      <ErrorMessage error={action.error} />
      <FormActions busy={action.busy} submitLabel="citizens.coverage.save" onCancel={onCancel} />
    </form>
  );
}

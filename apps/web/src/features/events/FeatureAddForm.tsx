import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { PLAN_TOOLS, toolShape, type BuildProblem, type PlanTool } from './map/planFeatures.ts';

interface Props {
  readonly tool: PlanTool;
  readonly onTool: (tool: PlanTool) => void;
  readonly name: string;
  readonly onName: (name: string) => void;
  /** The points, one "longitude, latitude" a line, as typed or clicked. */
  readonly text: string;
  readonly onText: (text: string) => void;
  readonly count: number;
  /** The first line that is not a point (1-based), if any. */
  readonly badLine: number | null;
  readonly problem: BuildProblem | 'line' | null;
  readonly onUndo: () => void;
  readonly onClear: () => void;
  readonly onAdd: () => void;
}

/**
 * What to add to the plan and where: the kind of feature, its name, and its points — clicked on the map
 * or typed one a line — then "Add to the plan". What the points cannot make is said in a sentence.
 */
export function FeatureAddForm(p: Props) {
  const id = useId();
  const { t } = useI18n();
  const shape = toolShape(p.tool);
  return (
    <fieldset className="plan-add" data-testid="plan-add">
      <legend>{t('eventEditor.legend')}</legend>
      <div className="form form-row">
        <div className="field">
          <label htmlFor={`${id}-tool`}>{t('eventEditor.tool')}</label>
          <select id={`${id}-tool`} value={p.tool} onChange={(e) => p.onTool(e.target.value as PlanTool)}>
            {PLAN_TOOLS.map((tool) => (
              <option key={tool} value={tool}>
                {t(`eventTool.${tool}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-name`}>{t('eventEditor.name')}</label>
          <input
            id={`${id}-name`}
            maxLength={200}
            value={p.name}
            onChange={(e) => p.onName(e.target.value)}
          />
        </div>
      </div>
      <p className="hint" id={`${id}-shape`}>
        {t(`eventEditor.shape.${shape}`)}
      </p>
      <div className="field">
        <label htmlFor={`${id}-points`}>{t('eventEditor.points')}</label>
        <textarea
          id={`${id}-points`}
          className="mono"
          rows={4}
          spellCheck={false}
          value={p.text}
          aria-describedby={`${id}-shape ${id}-points-hint`}
          aria-invalid={p.badLine !== null}
          onChange={(e) => p.onText(e.target.value)}
        />
        <small id={`${id}-points-hint`}>{t('eventEditor.pointsHint')}</small>
      </div>
      <div className="toolbar">
        <span className="meta" aria-live="polite" data-testid="plan-draft-count">
          {t('eventEditor.count', { count: p.count })}
        </span>
        <button type="button" disabled={p.count === 0} onClick={p.onUndo}>
          {t('eventEditor.undo')}
        </button>
        <button type="button" disabled={p.text === ''} onClick={p.onClear}>
          {t('eventEditor.clear')}
        </button>
        <button type="button" className="button-primary" onClick={p.onAdd}>
          {t('eventEditor.add')}
        </button>
      </div>
      {p.problem && (
        <p className="field-problem" role="alert" data-testid="plan-problem" data-problem={p.problem}>
          {p.problem === 'line'
            ? t('eventEditor.problem.line', { line: p.badLine ?? 0 })
            : t(`eventEditor.problem.${p.problem}`)}
        </p>
      )}
    </fieldset>
  );
}

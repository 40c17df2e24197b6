import { DEFAULT_CLASS_IDS } from '@pactesur/contracts';
import { useId, type ReactNode } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { vehicleClassName } from './vehicleClassName.ts';

interface Props {
  readonly legend: MessageKey;
  /** A hint above the boxes. */
  readonly hint?: MessageKey | undefined;
  readonly value: ReadonlySet<string>;
  readonly onChange: (classes: ReadonlySet<string>) => void;
  /** The form was sent: with no class ticked, says that one is needed. */
  readonly tried: boolean;
  /** A note under the boxes, given the id the fieldset points to. */
  readonly note?: ((id: string) => ReactNode) | undefined;
}

/** The vehicle classes of HVM.md §2 as tick boxes, each with its hint, in their order. */
export function VehicleClassesField({ legend, hint, value, onChange, tried, note }: Props) {
  const id = useId();
  const { t } = useI18n();
  const showProblem = tried && value.size === 0;
  const [noteId, problemId] = [`${id}-note`, `${id}-problem`];
  const describedBy = [note ? noteId : '', showProblem ? problemId : ''].filter((x) => x !== '').join(' ');
  const toggle = (classId: string, on: boolean) => {
    const next = new Set(value);
    if (on) next.add(classId);
    else next.delete(classId);
    onChange(next);
  };
  return (
    <fieldset className="checks" aria-describedby={describedBy || undefined}>
      <legend>{t(legend)}</legend>
      {hint && <p className="hint">{t(hint)}</p>}
      <div className="check-grid">
        {DEFAULT_CLASS_IDS.map((c) => (
          <label key={c} className="check">
            <input type="checkbox" checked={value.has(c)} onChange={(e) => toggle(c, e.target.checked)} />
            <span>
              {vehicleClassName(t, c)}
              <span className="check-meta">{t(`vehicleClassHint.${c}`)}</span>
            </span>
          </label>
        ))}
      </div>
      {note?.(noteId)}
      {showProblem && (
        <p className="field-problem" id={problemId} role="alert">
          {t('threatForm.noClass')}
        </p>
      )}
    </fieldset>
  );
}

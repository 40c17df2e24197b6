import { MAX_EVIDENCE } from '@pactesur/contracts';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { RowAction } from '../../ui/RowAction.tsx';

interface Props {
  readonly evidence: readonly string[];
  readonly readOnly: boolean;
  readonly onChange: (evidence: string[]) => void;
}

/** The references a scenario's scores rest on: each editable in place, added one by one, removed. */
export function EvidenceList({ evidence, readOnly, onChange }: Props) {
  const id = useId();
  const { t } = useI18n();
  const [text, setText] = useState('');
  const add = () => {
    if (text.trim() === '') return;
    onChange([...evidence, text.trim()]);
    setText('');
  };
  return (
    <div className="evidence" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="label">
        {t('scenario.evidence')}
      </p>
      <p className="hint">{t('scenario.evidenceHint')}</p>
      <ol className="evidence-list">
        {evidence.map((e, i) => (
          <li key={i}>
            <input
              aria-label={t('scenario.evidenceOf', { n: i + 1 })}
              maxLength={1000}
              value={e}
              onChange={(event) => onChange(evidence.map((x, j) => (j === i ? event.target.value : x)))}
            />
            {!readOnly && (
              <RowAction
                text={t('scenario.removeEvidence')}
                label={t('scenario.removeEvidenceLabel', { n: i + 1 })}
                onClick={() => onChange(evidence.filter((_, j) => j !== i))}
              />
            )}
          </li>
        ))}
      </ol>
      {!readOnly && evidence.length < MAX_EVIDENCE && (
        <div className="form-row evidence-add">
          <div className="field grow">
            <label htmlFor={`${id}-new`}>{t('scenario.newEvidence')}</label>
            <input
              id={`${id}-new`}
              maxLength={1000}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key !== 'Enter') return;
                e.preventDefault();
                add();
              }}
            />
          </div>
          <button type="button" onClick={add}>
            {t('scenario.addEvidence')}
          </button>
        </div>
      )}
    </div>
  );
}

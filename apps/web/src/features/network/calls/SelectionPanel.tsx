import type { Call } from '@pactesur/contracts';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { api } from '../../../api.ts';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { FormActions } from '../../../ui/FormActions.tsx';
import { TextAreaField } from '../../../ui/TextAreaField.tsx';
import { useAction } from '../../../ui/useAction.ts';
import { useStatus } from '../../../ui/useStatus.tsx';
import { rankApplications, scoreText, selectionFit } from './ranking.ts';

interface Props {
  readonly call: Call;
  readonly onChanged: (call: Call) => void;
}

/**
 * The selection of a closed call, for the lead and consortium editors: the applications best score first,
 * those chosen ticked (more than the places is allowed, and said), the note every applicant reads, then the
 * decision — the organisations selected join the network.
 */
export function SelectionPanel({ call, onChanged }: Props) {
  const { t, locale, formatCount } = useI18n();
  const { announce } = useStatus();
  const id = useId();
  const action = useAction();
  const ranked = useMemo(() => rankApplications(call.applications), [call.applications]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [note, setNote] = useState('');
  const fit = selectionFit(selected.size, call.places);
  const toggle = (applicationId: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(applicationId);
      else next.delete(applicationId);
      return next;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const decided = await action.run(() =>
      api.decideCall(call.networkSlug, call.id, {
        selected: ranked.filter((a) => selected.has(a.id)).map((a) => a.id),
        note: note.trim(),
      }),
    );
    if (!decided) return;
    announce(t('network.calls.selection.done'));
    onChanged(decided);
  };

  return (
    <form
      className="form card"
      onSubmit={(e) => void submit(e)}
      data-testid="selection-panel"
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{t('network.calls.selection.title')}</h2>
      <p className="hint">
        {t('network.calls.selection.hint', {
          network: call.networkName,
          role: t(`networkRole.${call.joinAs}`),
        })}
      </p>
      {ranked.length === 0 ? (
        <p className="empty">{t('network.calls.review.none')}</p>
      ) : (
        <fieldset className="field">
          <legend>{t('network.calls.selection.legend')}</legend>
          {ranked.map((a) => (
            <div className="field-inline" key={a.id} data-testid="selection-choice">
              <input
                id={`${id}-${a.id}`}
                type="checkbox"
                checked={selected.has(a.id)}
                onChange={(e) => toggle(a.id, e.target.checked)}
              />
              <label htmlFor={`${id}-${a.id}`}>
                {a.orgName}{' '}
                <span className="meta">
                  {a.score === null
                    ? t('network.calls.review.notScored')
                    : t('network.calls.selection.score', { score: scoreText(a.score, locale) })}
                </span>
              </label>
            </div>
          ))}
        </fieldset>
      )}
      <p
        className={fit === 'over' ? 'notice' : 'hint'}
        data-testid="selection-count"
        data-fit={fit}
        role={fit === 'over' ? 'status' : undefined}
      >
        {t(fit === 'over' ? 'network.calls.selection.over' : 'network.calls.selection.count', {
          count: formatCount(selected.size),
          places: formatCount(call.places),
        })}
      </p>
      <TextAreaField
        label="network.calls.selection.note"
        hint="network.calls.selection.noteHint"
        rows={3}
        maxLength={4_000}
        value={note}
        onChange={setNote}
      />
      <p className="hint">{t('network.calls.selection.final')}</p>
      <ErrorMessage error={action.error} />
      <FormActions busy={action.busy} submitLabel="network.calls.selection.confirm" />
    </form>
  );
}

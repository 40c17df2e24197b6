import type { Call } from '@pactesur/contracts';
import { useI18n } from '../../../i18n/useI18n.tsx';

/**
 * A decided call: when it was decided, the note of the decision, and — for those who read the
 * applications — the organisations selected.
 */
export function DecisionPanel({ call }: { call: Call }) {
  const { t, formatDate } = useI18n();
  const selected = call.applications.filter((a) => a.outcome === 'selected');
  return (
    <section className="card" aria-labelledby="decision-title" data-testid="decision-panel">
      <h2 id="decision-title">{t('network.calls.decision.title')}</h2>
      {call.decidedAt && (
        <p className="meta">{t('network.calls.decision.on', { date: formatDate(call.decidedAt) })}</p>
      )}
      {call.decisionNote && <blockquote data-testid="decision-note">{call.decisionNote}</blockquote>}
      {call.applications.length > 0 &&
        (selected.length === 0 ? (
          <p className="empty">{t('network.calls.decision.noneSelected')}</p>
        ) : (
          <>
            <h3>{t('network.calls.decision.selected', { role: t(`networkRole.${call.joinAs}`) })}</h3>
            <ul data-testid="selected-orgs">
              {selected.map((a) => (
                <li key={a.id} data-testid="selected-org">
                  {a.orgName}
                </li>
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}

import { MAX_NAME_LENGTH, type LiveState } from '@pactesur/contracts';
import { useId, useState } from 'react';
import { api, isSignedOut } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { useSession } from '../../session/useSession.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';

/** The steps of a counter's buttons: one person, a small group, a bus load. */
const STEPS = [1, 10] as const;

interface Props {
  readonly eventId: string;
  readonly gates: LiveState['gates'];
  /** Whether this page may post counts (an editor of the plan while it is live). */
  readonly canCount: boolean;
  readonly onAnswer: (state: LiveState) => void;
}

/**
 * The stewards' click counters, one per gate of the plan: large buttons (+1 in, +10 in, +1 out, +10 out)
 * made for a phone, each click posted at once; the totals in and out of each gate as the log has them.
 */
export function GateCounters({ eventId, gates, canCount, onAnswer }: Props) {
  const id = useId();
  const { t, formatCount } = useI18n();
  const { session, lost } = useSession();
  const [counter, setCounter] = useState(session?.user.displayName.slice(0, MAX_NAME_LENGTH) ?? '');
  const [sending, setSending] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const post = async (gate: string, direction: 'in' | 'out', n: number) => {
    setSending((s) => s + 1);
    try {
      onAnswer(await api.postGateCount(eventId, { gate, [direction]: n, counter: counter.trim() }));
      setError(null);
    } catch (failure) {
      if (isSignedOut(failure)) lost();
      setError(failure);
    } finally {
      setSending((s) => s - 1);
    }
  };
  return (
    <section
      className="card gate-counters"
      aria-labelledby={`${id}-title`}
      data-testid="gate-counters"
      data-sending={sending}
    >
      <h3 id={`${id}-title`}>{t('events.ops.live.gatesTitle')}</h3>
      {gates.length === 0 && <p className="empty">{t('events.ops.live.noGates')}</p>}
      {canCount && gates.length > 0 && (
        <div className="field gate-counter-name">
          <label htmlFor={`${id}-counter`}>{t('events.ops.live.counterName')}</label>
          <input
            id={`${id}-counter`}
            maxLength={MAX_NAME_LENGTH}
            value={counter}
            onChange={(e) => setCounter(e.target.value)}
          />
        </div>
      )}
      <ul className="gate-list">
        {gates.map((g) => (
          <li key={g.id} className="gate" data-testid="gate" data-gate={g.id} data-in={g.in} data-out={g.out}>
            <h4>{g.name}</h4>
            <p className="gate-totals">
              {t('events.ops.live.gateTotals', {
                in: formatCount(g.in),
                out: formatCount(g.out),
                net: formatCount(g.in - g.out),
              })}
            </p>
            {canCount && (
              <div
                className="gate-buttons"
                role="group"
                aria-label={t('events.ops.live.gateButtons', { gate: g.name })}
              >
                {(['in', 'out'] as const).flatMap((direction) =>
                  STEPS.map((n) => (
                    <button
                      key={`${direction}${n}`}
                      type="button"
                      className={`gate-button gate-${direction}`}
                      aria-label={t(`events.ops.live.countLabel.${direction}`, { n, gate: g.name })}
                      onClick={() => void post(g.id, direction, n)}
                    >
                      {t(`events.ops.live.count.${direction}`, { n })}
                    </button>
                  )),
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      <ErrorMessage error={error} />
    </section>
  );
}

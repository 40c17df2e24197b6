import type { EventRecord, LogEntry } from '@pactesur/contracts';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { MethaneSummary } from '../../ui/MethaneSummary.tsx';
import { logRows, type CountsRow } from './LiveLogRows.ts';
import { usePerM2 } from './LivePerM2.ts';

interface Props {
  readonly entries: readonly LogEntry[];
  readonly plan: EventRecord['plan'];
  /** The gates' names by id. */
  readonly gateNames: ReadonlyMap<string, string>;
}

function CountsText({ row, gateNames }: { row: CountsRow; gateNames: ReadonlyMap<string, string> }) {
  const { t, formatCount } = useI18n();
  const perM2 = usePerM2();
  const gates = row.gates
    .map((g) =>
      t('events.ops.log.gateTally', {
        gate: gateNames.get(g.gate) ?? g.gate,
        in: formatCount(g.in),
        out: formatCount(g.out),
      }),
    )
    .join(' · ');
  return (
    <>
      <p>
        {t('events.ops.log.counts', {
          count: row.entries,
          in: formatCount(row.in),
          out: formatCount(row.out),
        })}
        <span className="meta"> — {gates}</span>
      </p>
      <p className="meta">
        {t('events.ops.log.after', { occupancy: formatCount(row.occupancy), density: perM2(row.density) })}
      </p>
    </>
  );
}

/** The change a status line records: its code, or the English sentence earlier logs stored. */
function statusChange(text: string): 'live' | 'debriefed' | null {
  if (text === 'live' || text === 'The event is live.') return 'live';
  if (text === 'debriefed' || text === 'The event is over: debrief.') return 'debriefed';
  return null;
}

function EntryText({ entry, plan }: { entry: LogEntry; plan: EventRecord['plan'] }) {
  const { t } = useI18n();
  const perM2 = usePerM2();
  const trigger = plan.triggers.find((x) => x.id === entry.triggerId);
  const feature = plan.features.find((f) => f.id === entry.feature);
  switch (entry.kind) {
    case 'threshold':
      return (
        <p>
          {t('events.ops.log.threshold', {
            density: perM2(entry.density),
            level: t(`events.ops.level.${entry.level}`),
          })}
        </p>
      );
    case 'trigger':
      return (
        <>
          <p className="strong">
            {t('events.ops.log.trigger', { name: trigger?.name ?? entry.triggerId ?? '' })}
          </p>
          {trigger?.action && <p className="prewrap">{trigger.action}</p>}
        </>
      );
    case 'status': {
      const change = statusChange(entry.text);
      return change ? <p>{t(`events.ops.log.status.${change}`)}</p> : <p lang="en">{entry.text}</p>;
    }
    case 'count':
    case 'incident':
      return (
        <>
          <p className="prewrap">{entry.text}</p>
          {feature && <p className="meta">{t('events.ops.log.at', { name: feature.name || feature.id })}</p>}
          {trigger && <p className="meta">{t('events.ops.log.forTrigger', { name: trigger.name })}</p>}
          {entry.methane && <MethaneSummary methane={entry.methane} words="events.ops.methane" />}
          {entry.alertId && (
            <p>
              <Link to={pathOf({ name: 'alert', id: entry.alertId })}>{t('events.ops.log.openAlert')}</Link>
            </p>
          )}
        </>
      );
  }
}

/**
 * The live log of the event, every entry in `seq` order: the counts that follow one another summed in
 * one line (per gate), each incident with its M/ETHANE report, each threshold crossed, each trigger point
 * reached and each change of status. It stays scrolled to the latest entry while the reader is there.
 */
export function LiveLogTable({ entries, plan, gateNames }: Props) {
  const { t, formatDate } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const atEnd = useRef(true);
  const rows = logRows(entries);
  useEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const onScroll = () => {
      atEnd.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
    };
    el.addEventListener('scroll', onScroll);
    return () => el.removeEventListener('scroll', onScroll);
  }, []);
  useLayoutEffect(() => {
    const el = box.current;
    if (el && atEnd.current) el.scrollTop = el.scrollHeight;
  }, [entries.length]);
  return (
    <section className="card live-log" aria-labelledby="live-log-title">
      <h3 id="live-log-title">{t('events.ops.log.title')}</h3>
      {rows.length === 0 ? (
        <p className="empty">{t('events.ops.log.empty')}</p>
      ) : (
        <div
          className="live-log-scroll"
          ref={box}
          tabIndex={0}
          role="region"
          aria-labelledby="live-log-title"
        >
          <ol className="live-log-list" data-testid="live-log" data-last={entries.at(-1)?.seq ?? 0}>
            {rows.map((row) => {
              const kind = row.kind === 'counts' ? 'count' : row.entry.kind;
              const at = row.kind === 'counts' ? row.to : row.entry.at;
              return (
                <li
                  key={row.first}
                  className={`log-row log-${kind}${row.kind === 'entry' && row.entry.methane?.major ? ' log-major' : ''}`}
                  data-testid="log-row"
                  data-kind={kind}
                  data-first={row.first}
                  data-last={row.last}
                >
                  <div className="log-head">
                    <span className="log-seq">
                      {row.first === row.last ? `#${row.first}` : `#${row.first}–${row.last}`}
                    </span>
                    <span className={`log-kind log-kind-${kind}`}>{t(`events.ops.log.kind.${kind}`)}</span>
                    <time dateTime={at}>{formatDate(at, 'compact')}</time>
                    {row.kind === 'entry' && row.entry.byName && (
                      <span className="meta">{row.entry.byName}</span>
                    )}
                  </div>
                  {row.kind === 'counts' ? (
                    <CountsText row={row} gateNames={gateNames} />
                  ) : (
                    <EntryText entry={row.entry} plan={plan} />
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </section>
  );
}

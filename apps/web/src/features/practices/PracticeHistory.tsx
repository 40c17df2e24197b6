import type { PracticeHistoryEntry } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';

/** What happened to the practice, newest first: who created, edited, submitted, returned, published or withdrew it, and their notes. */
export function PracticeHistory({ entries }: { entries: readonly PracticeHistoryEntry[] }) {
  const { t, formatDate } = useI18n();
  const newestFirst = [...entries].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <section className="card practice-history" aria-labelledby="practice-history-title">
      <h2 id="practice-history-title">{t('practiceHistory.title')}</h2>
      {newestFirst.length === 0 ? (
        <p className="empty">{t('practiceHistory.empty')}</p>
      ) : (
        <ol>
          {newestFirst.map((e, i) => (
            <li key={`${e.at}-${i}`} data-action={e.action}>
              <strong>{t(`practiceHistory.${e.action}`)}</strong>{' '}
              <time className="meta" dateTime={e.at}>
                {formatDate(e.at, 'date-time')}
              </time>
              <div className="meta">{t('practiceHistory.by', { name: e.byName, org: e.orgName })}</div>
              {e.note !== '' && <blockquote className="prewrap">{e.note}</blockquote>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

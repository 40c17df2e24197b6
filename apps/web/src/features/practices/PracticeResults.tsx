import type { PracticeResults as Results } from '@pactesur/contracts';
import { useState } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { PracticeHitCard } from './PracticeHitCard.tsx';
import { PracticeMap } from './PracticeMap.tsx';
import { resultRange } from './searchQuery.ts';

interface Props {
  readonly page: number;
  readonly results: Results;
}

/**
 * A page of results: how many were found, the map of those with a place (choosing a pin shows its
 * practice beside the map), and the list.
 */
export function PracticeResults({ page, results }: Props) {
  const { t, formatCount } = useI18n();
  const [picked, setPicked] = useState<string | null>(null);
  const { hits, total } = results;
  const range = resultRange(page, hits.length, total);
  const pickedHit = hits.find((h) => h.id === picked) ?? null;
  const placed = hits.some((h) => h.location !== null);

  if (total === 0 || hits.length === 0) return <p className="empty">{t('practices.empty')}</p>;
  return (
    <>
      <p className="meta" data-testid="practice-count" data-total={total}>
        {t('practices.count', { count: formatCount(total) })}
        {hits.length < total &&
          ` · ${t('practices.range', {
            from: formatCount(range.from),
            to: formatCount(range.to),
            total: formatCount(total),
          })}`}
      </p>
      <section className="practice-map-block" aria-labelledby="practices-map-title">
        <h3 id="practices-map-title">{t('practices.mapTitle')}</h3>
        <p className="hint">{placed ? t('practices.mapHint') : t('practices.mapNone')}</p>
        <div className="practice-map-layout">
          <PracticeMap
            hits={hits}
            label={t('practices.mapLabel')}
            picked={pickedHit?.id ?? null}
            onPick={setPicked}
          />
          {pickedHit && (
            <div className="practice-picked" role="region" aria-label={t('practices.picked')}>
              <PracticeHitCard hit={pickedHit} as="div" />
              <button type="button" className="button-quiet" onClick={() => setPicked(null)}>
                {t('practices.closePicked')}
              </button>
            </div>
          )}
        </div>
      </section>
      <ol className="practice-hits">
        {hits.map((hit) => (
          <PracticeHitCard key={hit.id} hit={hit} as="li" />
        ))}
      </ol>
    </>
  );
}

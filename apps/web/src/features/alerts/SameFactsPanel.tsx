import type { AlertInfo } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { useStatus } from '../../ui/useStatus.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { languageName } from './alertLanguages.ts';
import { SAME_FACTS, differingFacts, type SameFact } from './sameFacts.ts';

interface Props {
  readonly infos: readonly AlertInfo[];
  readonly readOnly: boolean;
  /** Gives every language the facts of the info at `index`. */
  readonly onCopy: (index: number) => void;
}

/**
 * The facts every language must state alike, side by side, the differing ones flagged in words, with a
 * button per language to give the others its facts.
 */
export function SameFactsPanel({ infos, readOnly, onCopy }: Props) {
  const id = useId();
  const { t, locale, formatDate } = useI18n();
  const { announce } = useStatus();
  const differing = new Set(differingFacts(infos));
  const value = (info: AlertInfo, fact: SameFact): string => {
    const list = (words: readonly string[]) => (words.length > 0 ? words.join(', ') : t('sameFacts.none'));
    switch (fact) {
      case 'categories':
        return list(info.categories.map((c) => t(`capCategory.${c}`)));
      case 'responseTypes':
        return list(info.responseTypes.map((r) => t(`capResponse.${r}`)));
      case 'urgency':
        return t(`capUrgency.${info.urgency}`);
      case 'severity':
        return t(`capSeverity.${info.severity}`);
      case 'certainty':
        return t(`capCertainty.${info.certainty}`);
      case 'expires':
        return info.expires ? formatDate(info.expires, 'date-time') : t('sameFacts.none');
      case 'areas': {
        const polygons = info.areas.reduce((n, a) => n + a.polygons.length, 0);
        const circles = info.areas.reduce((n, a) => n + a.circles.length, 0);
        return polygons + circles === 0 ? t('sameFacts.none') : t('sameFacts.areas', { polygons, circles });
      }
    }
  };
  return (
    <section className="card same-facts" aria-labelledby={`${id}-title`} data-testid="same-facts" data-differing={differing.size}>
      <h2 id={`${id}-title`}>{t('sameFacts.title')}</h2>
      <p className="hint">{t('sameFacts.intro')}</p>
      <p className={differing.size > 0 ? 'same-facts-verdict differs' : 'same-facts-verdict'} role="status">
        {differing.size > 0 ? t('sameFacts.differ', { count: differing.size }) : t('sameFacts.allSame')}
      </p>
      <TableScroll>
        <table className="table table-dense">
          <caption className="visually-hidden">{t('sameFacts.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sameFacts.fact')}</th>
              {infos.map((info, i) => (
                <th scope="col" key={`${info.language}-${i}`} lang={info.language}>
                  {info.language}
                  {!readOnly && infos.length > 1 && (
                    <div>
                      <span className="visually-hidden" id={`${id}-copy-${i}`}>
                        {t('sameFacts.copyFromLabel', { language: languageName(info.language, locale) })}
                      </span>
                      <button
                        type="button"
                        className="button-quiet"
                        aria-describedby={`${id}-copy-${i}`}
                        onClick={() => {
                          onCopy(i);
                          announce(t('sameFacts.copied', { language: languageName(info.language, locale) }));
                        }}
                      >
                        {t('sameFacts.copyFrom', { language: info.language })}
                      </button>
                    </div>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {SAME_FACTS.map((fact) => (
              <tr key={fact} data-fact={fact} data-differs={differing.has(fact)} className={differing.has(fact) ? 'row-differs' : undefined}>
                <th scope="row">
                  {t(`sameFact.${fact}`)}
                  <div className={differing.has(fact) ? 'differs-mark' : 'meta'}>
                    {differing.has(fact) ? `⚠ ${t('sameFacts.differs')}` : t('sameFacts.same')}
                  </div>
                </th>
                {infos.map((info, i) => (
                  <td key={`${info.language}-${i}`}>{value(info, fact)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

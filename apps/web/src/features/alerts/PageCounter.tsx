import type { Alert } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';

/** Cell broadcast takes at most 15 pages (ALERTS.md, the city profile). */
const MAX_PAGES = 15;

/**
 * How many cell-broadcast pages each language's instruction takes (93 GSM-7 characters a page, fewer in
 * UCS-2), out of 15: what the national EU-Alert authority can send as it is.
 */
export function PageCounter({ pages }: { pages: Alert['pages'] }) {
  const id = useId();
  const { t, formatCount } = useI18n();
  return (
    <section className="card page-counter" aria-labelledby={`${id}-title`} data-testid="page-counter">
      <h2 id={`${id}-title`}>{t('pages.title')}</h2>
      <p className="hint">{t('pages.intro')}</p>
      <ul className="plain-list">
        {pages.map((p) => (
          <li
            key={p.language}
            data-testid="page-count"
            data-language={p.language}
            data-pages={p.pages}
            data-fits={p.fits}
            className={p.fits ? undefined : 'pages-too-long'}
          >
            <strong>{p.language}</strong>{' '}
            <meter min={0} max={MAX_PAGES} high={MAX_PAGES - 3} value={p.pages} aria-label={t('pages.meter', { language: p.language })} />{' '}
            {t('pages.row', { pages: p.pages, units: formatCount(p.units) })}
            <div className="meta">{t(p.encoding === 'gsm7' ? 'pages.gsm7' : 'pages.ucs2')}</div>
            {!p.fits && <div className="field-problem">{t('pages.tooLong')}</div>}
          </li>
        ))}
      </ul>
    </section>
  );
}

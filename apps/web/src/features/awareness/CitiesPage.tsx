import type { AwarenessEntry } from '@pactesur/contracts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { useResource } from '../../ui/useResource.ts';
import { languageLabel } from '../practices/languages.ts';
import './awareness.css';

/** The published pages, by the name of their city in the reader's language's order. */
const byCity = (locale: string) => {
  const collator = new Intl.Collator(locale);
  return (a: AwarenessEntry, b: AwarenessEntry) => collator.compare(a.org.name, b.org.name);
};

/** The index of the cities' published awareness pages: city, country, languages; open to everyone. */
export function CitiesPage() {
  const { t, locale, countryName, formatDate } = useI18n();
  const pages = useResource(() => api.listAwarenessPages(), 'cities');
  const entries = [...(pages.data ?? [])].sort(byCity(locale));
  return (
    <article className="page awareness-cities" aria-labelledby="cities-title">
      <header className="page-header">
        <div>
          <h1 id="cities-title">{t('awareness.citiesTitle')}</h1>
          <p className="lead">{t('awareness.citiesIntro')}</p>
        </div>
      </header>
      <ErrorMessage error={pages.error} />
      {pages.loading && !pages.data && <p className="loading">{t('app.loading')}</p>}
      {pages.data?.length === 0 && <p className="empty">{t('awareness.citiesEmpty')}</p>}
      {entries.length > 0 && (
        <TableScroll rows={entries.length}>
          <table className="table" data-testid="cities">
            <caption>{t('awareness.citiesCaption')}</caption>
            <TableHead
              columns={[
                { label: 'awareness.col.city' },
                { label: 'awareness.col.country' },
                { label: 'awareness.col.languages' },
                { label: 'awareness.col.updated' },
              ]}
            />
            <tbody>
              {entries.map((e) => (
                <tr key={e.org.id} data-slug={e.org.slug}>
                  <th scope="row">
                    <Link to={pathOf({ name: 'city', slug: e.org.slug })}>{e.org.name}</Link>
                  </th>
                  <td>{countryName(e.org.country)}</td>
                  <td>
                    {e.languages.map((l, i) => (
                      <span key={l} lang={l}>
                        {i > 0 && ', '}
                        {languageLabel(l, l)}
                      </span>
                    ))}
                  </td>
                  <td>{formatDate(e.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </article>
  );
}

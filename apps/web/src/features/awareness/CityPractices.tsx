import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { useResource } from '../../ui/useResource.ts';
import { PracticeHitCard } from '../practices/PracticeHitCard.tsx';
import '../practices/practices.css';

/** The most practices listed beside a city's page. */
const SHOWN = 10;

/**
 * The city's practices published for everyone, each linking to its page: the same list for every reader,
 * signed in or not (a member of the network may see more of them in the collection).
 */
export function CityPractices({ slug }: { slug: string }) {
  const { t } = useI18n();
  const found = useResource(() => api.searchPractices({ owner: slug, limit: SHOWN }), slug);
  const hits = (found.data?.hits ?? []).filter(
    (h) => h.state === 'published' && h.confidentiality === 'public',
  );
  return (
    <section
      className="card awareness-practices"
      data-testid="city-practices"
      aria-labelledby="city-practices-title"
    >
      <h2 id="city-practices-title">{t('awareness.practicesTitle')}</h2>
      <p className="hint">{t('awareness.practicesIntro')}</p>
      <ErrorMessage error={found.error} />
      {found.loading && !found.data && <p className="loading">{t('app.loading')}</p>}
      {found.data && hits.length === 0 && <p className="empty">{t('awareness.practicesNone')}</p>}
      {hits.length > 0 && (
        <ol className="practice-hits">
          {hits.map((hit) => (
            <PracticeHitCard key={hit.id} hit={hit} as="li" />
          ))}
        </ol>
      )}
      <p>
        <Link to={pathOf({ name: 'practices' })}>{t('awareness.practicesAll')}</Link>
      </p>
    </section>
  );
}

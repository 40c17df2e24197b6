import { Link } from '../components/Link.tsx';
import { useI18n } from '../hooks/useI18n.tsx';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section className="card narrow">
      <h1>{t('app.notFound')}</h1>
      <p>{t('app.notFoundBody')}</p>
      <p>
        <Link to="/">{t('app.backHome')}</Link>
      </p>
    </section>
  );
}

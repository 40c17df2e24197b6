import { useI18n } from '../i18n/useI18n.tsx';
import { Link } from '../ui/Link.tsx';

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

import { useI18n } from '../../i18n/useI18n.tsx';
import { Link } from '../../ui/Link.tsx';

interface Props {
  readonly page: number;
  readonly pages: number;
  /** The address of another page of the same search. */
  readonly pathOfPage: (page: number) => string;
  /** Called when the reader follows a link to another page. */
  readonly onPage: () => void;
}

/** Previous and next pages of results, as links (each page has its own address). */
export function Pager({ page, pages, pathOfPage, onPage }: Props) {
  const { t } = useI18n();
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={t('practices.pager')}>
      {page > 1 ? (
        <Link className="button" to={pathOfPage(page - 1)} onClick={onPage} rel="prev">
          ← {t('practices.previous')}
        </Link>
      ) : (
        <span />
      )}
      <span>{t('practices.pageOf', { page, pages })}</span>
      {page < pages ? (
        <Link className="button" to={pathOfPage(page + 1)} onClick={onPage} rel="next">
          {t('practices.next')} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

import type { ReportCategory } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import type { CategoryOffer } from './categoryOffer.ts';

interface Props {
  /** The categories some organisation takes at the place; null until a place is chosen or while loading. */
  readonly offers: readonly CategoryOffer[] | null;
  readonly loading: boolean;
  readonly error: unknown;
  readonly value: ReportCategory | null;
  readonly onChange: (category: ReportCategory) => void;
  readonly invalid: boolean;
}

/**
 * The category of the report, among those taken at the place chosen: each with what it is for, the
 * organisation it goes to, how long it is kept and whether the reporter may hide their name.
 */
export function CategoryChoice({ offers, loading, error, value, onChange, invalid }: Props) {
  const id = useId();
  const { t, formatCount } = useI18n();
  return (
    <fieldset className="card report-categories" data-testid="report-categories" aria-invalid={invalid}>
      <legend>{t('citizens.category.legend')}</legend>
      <ErrorMessage error={error} />
      {offers === null && !loading && <p className="hint">{t('citizens.category.placeFirst')}</p>}
      {loading && <p className="loading">{t('app.loading')}</p>}
      {offers?.length === 0 && !loading && (
        <p className="notice" data-testid="report-no-category">
          {t('citizens.category.none')}
        </p>
      )}
      {!loading &&
        offers?.map((o) => (
          <div key={o.category} className="report-category" data-category={o.category}>
            <input
              id={`${id}-${o.category}`}
              type="radio"
              name={`${id}-category`}
              value={o.category}
              checked={value === o.category}
              aria-describedby={`${id}-${o.category}-hint`}
              onChange={() => onChange(o.category)}
            />
            <div>
              <label htmlFor={`${id}-${o.category}`}>{t(`reportCategory.${o.category}`)}</label>
              <ul className="hint report-category-facts" id={`${id}-${o.category}-hint`}>
                <li>{t(`reportPurpose.${o.category}`)}</li>
                <li data-testid="category-org">{t('citizens.category.goesTo', { org: o.orgName })}</li>
                <li>{t('citizens.category.kept', { days: formatCount(o.policy.retentionDays) })}</li>
                <li>{t(o.policy.anonymous ? 'citizens.category.mayHide' : 'citizens.category.named')}</li>
              </ul>
            </div>
          </div>
        ))}
    </fieldset>
  );
}

import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n.tsx';

/** How many rows a long table shows at first; the others are reached by scrolling it or by "Show all". */
export const FIRST_ROWS = 10;

/**
 * The frame of every table: it scrolls sideways inside its card when the table is wider than the card,
 * instead of being cut off or widening the page. A table of more than {@link FIRST_ROWS} `rows` is kept
 * about that high (it scrolls inside, its header stays) with "Show all N rows" under it.
 */
export function TableScroll({
  rows = 0,
  children,
}: {
  readonly rows?: number;
  readonly children: ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  const [all, setAll] = useState(false);
  const long = rows > FIRST_ROWS;
  const collapsed = long && !all;
  return (
    <>
      <div
        id={id}
        className={collapsed ? 'table-scroll table-collapsed' : 'table-scroll'}
        data-collapsed={collapsed || undefined}
      >
        {children}
      </div>
      {long && (
        <p className="table-more">
          <span className="hint">
            {all
              ? t('table.showingAll', { count: rows })
              : t('table.showingFirst', { shown: FIRST_ROWS, count: rows })}
          </span>{' '}
          <button
            type="button"
            className="button-quiet"
            aria-expanded={all}
            aria-controls={id}
            onClick={() => setAll((a) => !a)}
            data-testid="show-all-rows"
          >
            {all ? t('table.showFirst', { shown: FIRST_ROWS }) : t('table.showAll', { count: rows })}
          </button>
        </p>
      )}
    </>
  );
}

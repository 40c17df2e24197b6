import type { ReportCategory, ReportQuery, ReportStatus } from '@pactesur/contracts';

/** The filters of the list of reports: a status and a category, '' for any. */
export interface ReportFilters {
  readonly status: ReportStatus | '';
  readonly category: ReportCategory | '';
}

/** Every report. */
export const NO_FILTERS: ReportFilters = { status: '', category: '' };

/**
 * The API query of the filters: only those set.
 *
 * @example queryOf({ status: 'open', category: '' }) // { status: 'open' }
 */
export function queryOf(filters: ReportFilters): Partial<ReportQuery> {
  return {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.category ? { category: filters.category } : {}),
  };
}

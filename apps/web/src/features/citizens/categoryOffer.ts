import { CATEGORY_POLICIES, ReportCategory, type CategoryPolicy } from '@pactesur/contracts';

/** A category the reporting page offers at a place: the organisation its report goes to and its policy. */
export interface CategoryOffer {
  readonly category: ReportCategory;
  /** The organisation whose coverage of the category holds the place. */
  readonly orgName: string;
  readonly policy: CategoryPolicy;
}

/**
 * The categories offered at a place, from the API's answer (`reportCategoriesAt`): those some organisation
 * takes there, in the platform's order of categories; categories nobody takes there, and any the web does
 * not know, are left out.
 *
 * @example offeredCategories([{ category: 'crowding', orgName: null }, { category: 'other', orgName: 'Ville de Nice' }])
 *   // [{ category: 'other', orgName: 'Ville de Nice', policy: CATEGORY_POLICIES.other }]
 */
export function offeredCategories(
  answer: readonly { readonly category: string; readonly orgName: string | null }[],
): CategoryOffer[] {
  const taken = new Map<ReportCategory, string>();
  for (const a of answer) {
    const category = ReportCategory.safeParse(a.category);
    if (category.success && a.orgName !== null && a.orgName.trim() !== '')
      taken.set(category.data, a.orgName);
  }
  return ReportCategory.options.flatMap((category) => {
    const orgName = taken.get(category);
    return orgName === undefined ? [] : [{ category, orgName, policy: CATEGORY_POLICIES[category] }];
  });
}

/** Whether the reporter of a category may hide their name (its policy). */
export const mayHideName = (category: ReportCategory): boolean => CATEGORY_POLICIES[category].anonymous;

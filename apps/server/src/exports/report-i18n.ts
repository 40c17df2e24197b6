import { LOCALES, planReasonOf, type Locale, type PlanMeasure } from '@pactesur/contracts';
import { type ReportText } from './report-text.ts';
import { en } from './report-text-en.ts';
import { es } from './report-text-es.ts';
import { fr } from './report-text-fr.ts';
import { it } from './report-text-it.ts';

export type { ReportText } from './report-text.ts';

/** The report's words in every language the interface speaks. */
export const REPORT_TEXT: Readonly<Record<Locale, ReportText>> = { en, fr, es, it };

/** `text` with its `{placeholders}` filled; a placeholder without a value stays visible. */
export function fill(text: string, params: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = ownEntry(params, name);
    return value === undefined ? whole : String(value);
  });
}

/**
 * `table[id]` when the table itself holds `id`, else `undefined`: an id from the data (a product, a vehicle
 * class, a constraint) never reaches a member every object inherits, such as `constructor` or `__proto__`.
 *
 * @example ownEntry({ car: 'Car' }, 'constructor') // undefined
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(table, id) ? table[id] : undefined;
}

/**
 * The language of a report: `?lang=` when it names one the interface speaks, else the first such language
 * of `Accept-Language`, else English.
 *
 * @example reportLocale(undefined, 'it-IT,it;q=0.9,en;q=0.8') // 'it'
 */
export function reportLocale(lang: string | undefined, acceptLanguage: string | undefined): Locale {
  const known = (tag: string) => LOCALES.find((l) => l === tag.trim().toLowerCase().split(/[-;]/)[0]);
  if (lang !== undefined) {
    const l = known(lang);
    if (l) return l;
  }
  for (const tag of (acceptLanguage ?? '').split(',')) {
    const l = known(tag);
    if (l) return l;
  }
  return 'en';
}

/**
 * What a measure installs, named in `locale`: a default product or layout from the table (`layout+product`
 * as "layout, then product"); an organisation's own product keeps the name the plan stored.
 */
export function measureNameIn(locale: Locale, m: Pick<PlanMeasure, 'product' | 'name'>): string {
  const text = REPORT_TEXT[locale];
  const names = m.product.split('+').map((id) => ownEntry(text.products, id));
  if (names.length > 2 || names.some((n) => n === undefined)) return m.name;
  const [first = m.name, second] = names as string[];
  return second === undefined ? first : fill(text.productThen, { first, second });
}

/** A vehicle class by its name in `locale`; a class of the city's own keeps its id. */
export function classNameIn(locale: Locale, id: string): string {
  return ownEntry(REPORT_TEXT[locale].vehicleClasses, id) ?? id;
}

/** Why no plan meets every requirement, in `locale`; words the table does not know are kept as they are. */
export function planReasonIn(locale: Locale, reason: string, constraint?: string): string {
  const known = planReasonOf(reason, constraint);
  if (!known) return reason;
  const params = { ...known.params };
  if (params.class !== undefined) params.class = classNameIn(locale, params.class);
  return fill(REPORT_TEXT[locale].reasons[known.code], params);
}

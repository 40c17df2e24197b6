import { gsm7Septets } from './gsm7.ts';

/** Characters of one cell-broadcast page (82 octets): 93 GSM-7 septets, or 41 UCS-2 characters. */
export const CB_PAGE_GSM7 = 93;
export const CB_PAGE_UCS2 = 41;
/** Pages of one cell-broadcast message (ALERTS.md, the city profile). */
export const CB_MAX_PAGES = 15;

export interface CellBroadcastPages {
  /** GSM-7 when every character is in its default alphabet or extension table, UCS-2 otherwise. */
  readonly encoding: 'gsm7' | 'ucs2';
  /** Septets (GSM-7, an extension character counting 2) or UTF-16 units (UCS-2). */
  readonly units: number;
  readonly pages: number;
  readonly maxPages: typeof CB_MAX_PAGES;
  readonly fits: boolean;
}

/**
 * How many cell-broadcast pages `text` takes, as the counter beside an instruction shows it. One character
 * outside GSM-7 (the alphabet of 3GPP TS 23.038, which lacks ç, â, ê, È, lower-case Greek …) makes the
 * whole text UCS-2, with 41 characters a page instead of 93. A page never splits a character: an
 * extension character (`€ [ ] { } ^ ~ | \`) that would straddle two pages starts the next one, and so does
 * a character outside the BMP in UCS-2. The text is counted as given (no Unicode normalisation); an empty
 * text takes no page.
 *
 * @example
 * cellBroadcastPages('Restez chez vous.'); // { encoding: 'gsm7', units: 17, pages: 1, maxPages: 15, fits: true }
 */
export function cellBroadcastPages(text: string): CellBroadcastPages {
  const chars = Array.from(text);
  const septets = chars.map(gsm7Septets);
  const gsm7 = septets.every((n) => n > 0);
  const costs = gsm7 ? septets : chars.map((c) => c.length);
  const pageSize = gsm7 ? CB_PAGE_GSM7 : CB_PAGE_UCS2;
  let units = 0;
  let pages = 0;
  let used = pageSize;
  for (const cost of costs) {
    units += cost;
    if (used + cost > pageSize) {
      pages++;
      used = 0;
    }
    used += cost;
  }
  return {
    encoding: gsm7 ? 'gsm7' : 'ucs2',
    units,
    pages,
    maxPages: CB_MAX_PAGES,
    fits: pages <= CB_MAX_PAGES,
  };
}

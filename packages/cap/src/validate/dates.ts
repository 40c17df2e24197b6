/**
 * CAP's date-times (`sent`, `effective`, `onset`, `expires`): `YYYY-MM-DDThh:mm:ss±hh:mm`, always with an
 * offset, never `Z` (UTC is written `-00:00` or `+00:00`), no fractions of a second.
 */

const CAP_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):(\d{2})$/;

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The instant a CAP date-time names, in milliseconds since the epoch, or null when the text is not one
 * (wrong form, `Z`, or a day, hour or offset that does not exist).
 *
 * @example
 * capInstant('2003-04-02T14:39:01-05:00'); // Date.UTC(2003, 3, 2, 19, 39, 1)
 * capInstant('2003-04-02T19:39:01Z'); // null
 */
export function capInstant(text: string): number | null {
  const m = CAP_DATE.exec(text.trim());
  if (!m) return null;
  const part = (i: number): number => Number(m[i]);
  const [year, month, day, hour, minute, second, offH, offM] = [
    part(1),
    part(2),
    part(3),
    part(4),
    part(5),
    part(6),
    part(8),
    part(9),
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59 || offH > 14 || offM > 59) return null;
  const sign = m[7] === '-' ? -1 : 1;
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  return local - sign * (offH * 60 + offM) * 60_000;
}

/** Why a text is not a CAP date-time, said for a message. */
export function dateProblem(text: string): string {
  const t = text.trim();
  if (t === '') return 'is empty';
  if (/Z$/i.test(t)) return 'ends in Z: CAP writes UTC as -00:00';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d+/.test(t))
    return 'has fractions of a second, which CAP does not allow';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(t)) return 'has no offset from UTC';
  if (CAP_DATE.test(t)) return 'names a day, time or offset that does not exist';
  return 'is not of the form 2002-05-24T16:49:00-07:00';
}

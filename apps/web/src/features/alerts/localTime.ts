/**
 * The onset and expiry of an alert are typed in `datetime-local` fields (the officer's own clock) and sent
 * as ISO 8601 with the offset of that moment (`2026-07-14T22:30:00+02:00`): CAP wants the offset written,
 * never `Z`, and the offset of a summer evening is not that of a winter one.
 */

/** The offset east of UTC, in minutes, of the local time at `date` (the browser's time zone by default). */
export type OffsetOf = (date: Date) => number;
const browserOffset: OffsetOf = (date) => -date.getTimezoneOffset();

const two = (n: number) => String(n).padStart(2, '0');

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

const LOCAL = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d))?$/;

/**
 * A `datetime-local` value as ISO with its offset, or null when it is empty or not a time that exists.
 * `offsetOf` gives the offset of a moment; the value is read as a wall-clock time in that zone.
 *
 * @example isoOfLocal('2026-07-14T22:30', () => 120) // '2026-07-14T22:30:00+02:00'
 */
export function isoOfLocal(value: string, offsetOf: OffsetOf = browserOffset): string | null {
  const m = LOCAL.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second = 0] = m.slice(1).map((p) => (p === undefined ? 0 : Number(p)));
  const wall = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second);
  const check = new Date(wall);
  // 31 February or 25:00 roll over into another day: not a time that exists.
  if (check.getUTCFullYear() !== year || check.getUTCDate() !== day || check.getUTCHours() !== hour || check.getUTCMonth() !== (month ?? 1) - 1) return null;
  // The offset of the moment itself (guessed from the wall time, then taken at the moment it gives).
  const offset = offsetOf(new Date(wall - offsetOf(new Date(wall)) * 60_000));
  return `${value.trim().slice(0, 16)}:${two(second)}${offsetText(offset)}`;
}

/**
 * An ISO time as a `datetime-local` value in the local zone (minutes precision), or '' when there is none.
 *
 * @example localOfIso('2026-07-14T20:30:00-00:00', () => 120) // '2026-07-14T22:30'
 */
export function localOfIso(iso: string | null, offsetOf: OffsetOf = browserOffset): string {
  if (!iso) return '';
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const local = new Date(at + offsetOf(new Date(at)) * 60_000);
  return `${local.getUTCFullYear()}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}T${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
}

/** The moment `hours` after `from`, as ISO with the local offset (a template's default expiry). */
export function isoAfterHours(from: Date, hours: number, offsetOf: OffsetOf = browserOffset): string {
  const at = new Date(from.getTime() + hours * 3_600_000);
  const iso = isoOfLocal(localOfIso(at.toISOString(), offsetOf), offsetOf);
  return iso ?? at.toISOString();
}

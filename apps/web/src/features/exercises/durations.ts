/**
 * Durations of the after-action report's metrics (response, decision and inject latency times) as the
 * report writes them: seconds under a minute (to a tenth under ten seconds), else minutes and seconds.
 */

/** A duration in seconds, split for its words: `{ minutes: 2, seconds: '05' }`, or seconds alone under a minute. */
export function durationParts(seconds: number, locale: string): { minutes: number | null; seconds: string } {
  const s = Math.max(0, seconds);
  if (s < 60) {
    const digits = s < 10 ? 1 : 0;
    return { minutes: null, seconds: new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(s < 10 ? Math.round(s * 10) / 10 : Math.round(s)) };
  }
  const whole = Math.round(s);
  return { minutes: Math.floor(whole / 60), seconds: String(whole % 60).padStart(2, '0') };
}

import { pathOf } from '../../router/routes.ts';

/**
 * The address of a report's follow-up page, to keep: the page's origin and the path with its token
 * (encoded), so it opens from anywhere.
 *
 * @example trackingLink('https://pactesur.example.org', 'Ab3_x') // 'https://pactesur.example.org/report/track/Ab3_x'
 */
export function trackingLink(origin: string, token: string): string {
  return new URL(pathOf({ name: 'report-track', token }), origin).href;
}

/** The news of a record on its live channel: what changed, never the content (which is read through the API). */
export interface RecordNews {
  readonly change: string;
  readonly revision: number | null;
  readonly at: string | null;
}

/** The news of a live message, whatever else it carries; null for a message that is not about a change. */
export function recordNews(payload: unknown): RecordNews | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const { change, revision, at } = payload as { change?: unknown; revision?: unknown; at?: unknown };
  if (typeof change !== 'string') return null;
  return {
    change,
    revision: typeof revision === 'number' && Number.isFinite(revision) ? revision : null,
    at: typeof at === 'string' && !Number.isNaN(Date.parse(at)) ? at : null,
  };
}

/**
 * Whether news is of a change made after the version the page has (`revision`, `updatedAt`): by the
 * revision when the news names it, else by the time of the change. News naming neither cannot be told
 * apart from the page's own saves, and is taken as not newer.
 */
export function isNewer(
  news: RecordNews,
  mine: { readonly revision: number; readonly updatedAt: string },
): boolean {
  if (news.revision !== null) return news.revision > mine.revision;
  if (news.at !== null) return Date.parse(news.at) > Date.parse(mine.updatedAt);
  return false;
}

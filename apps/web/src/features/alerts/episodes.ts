import type { AlertState, AlertSummary } from '@pactesur/contracts';

/**
 * The list of alerts by episode: an alert, then the Updates and the Cancel that followed it, which only make
 * sense under it. Each episode is listed in the section of its latest message: being written, waiting for
 * approval, in force, or over.
 */

export type AlertSection = 'draft' | 'pending' | 'published' | 'past';
export const ALERT_SECTIONS: readonly AlertSection[] = ['draft', 'pending', 'published', 'past'];

export interface Episode {
  readonly id: string;
  /** The message that opened the episode (its first Alert), or its oldest message when that is not listed. */
  readonly first: AlertSummary;
  /** The messages after it, oldest first. */
  readonly followUps: readonly AlertSummary[];
  /** The newest message of the episode: what it says now. */
  readonly latest: AlertSummary;
}

const byCreation = (a: AlertSummary, b: AlertSummary) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** The section of a message's state: the past keeps its three states apart, in the chips. */
export function sectionOf(alert: Pick<AlertSummary, 'state' | 'msgType'>): AlertSection {
  const state: AlertState = alert.state;
  switch (state) {
    case 'draft':
      return 'draft';
    case 'pending':
      return 'pending';
    case 'published':
      // A published Cancel ends its episode: nothing of it is in force any more.
      return alert.msgType === 'Cancel' ? 'past' : 'published';
    case 'superseded':
    case 'cancelled':
    case 'expired':
      return 'past';
  }
}

/** The alerts grouped by episode, the most recently changed episode first. */
export function episodesOf(alerts: readonly AlertSummary[]): Episode[] {
  const groups = new Map<string, AlertSummary[]>();
  for (const alert of alerts) {
    const group = groups.get(alert.episodeId);
    if (group) group.push(alert);
    else groups.set(alert.episodeId, [alert]);
  }
  const episodes = [...groups.entries()].map(([id, messages]): Episode => {
    const sorted = [...messages].sort(byCreation);
    // A group is never empty: it was made for a message.
    const first = sorted.find((m) => m.msgType === 'Alert') ?? sorted[0]!;
    return {
      id,
      first,
      followUps: sorted.filter((m) => m !== first),
      latest: sorted.at(-1) as AlertSummary,
    };
  });
  const changed = (e: Episode) =>
    Math.max(...[e.first, ...e.followUps].map((m) => Date.parse(m.updatedAt) || 0));
  return episodes.sort((a, b) => changed(b) - changed(a) || a.id.localeCompare(b.id));
}

/** The episodes of each section, in the order of {@link ALERT_SECTIONS}. */
export function episodesBySection(alerts: readonly AlertSummary[]): ReadonlyMap<AlertSection, readonly Episode[]> {
  const sections = new Map<AlertSection, Episode[]>(ALERT_SECTIONS.map((s) => [s, []]));
  for (const episode of episodesOf(alerts)) sections.get(sectionOf(episode.latest))?.push(episode);
  return sections;
}

import { dirname, resolve } from 'node:path';
import { readAtomFeed } from '../validate/atom-feed.ts';
import { hasError, type Finding } from '../validate/finding.ts';
import type { ValidateSemanticsOptions } from '../validate/validate-semantics.ts';
import { hasScheme, LOAD_LIMITS, loadDocument, type LoadLimits, type LoadResult } from './load-document.ts';
import { validateCap } from './validate-cap.ts';

/**
 * The entries whose messages are fetched and validated; a feed with more is reported on for the first
 * ones only (each validation takes a fraction of a second, each download up to its time-out).
 */
export const MAX_FEED_ENTRIES = 200;

export interface EntryValidation {
  readonly id: string | null;
  /** Where its message was looked for (resolved against the feed), or null when the entry names none. */
  readonly link: string | null;
  readonly valid: boolean;
  /** The entry's own findings (paths `feed/entry[i]/…`), then its message's (paths `alert/…`). */
  readonly findings: readonly Finding[];
}

export interface FeedValidation {
  readonly valid: boolean;
  readonly entries: readonly EntryValidation[];
  /** What is wrong with the feed itself. */
  readonly findings: readonly Finding[];
}

export interface ValidateFeedOptions {
  readonly limits?: LoadLimits;
  readonly semantics?: ValidateSemanticsOptions;
  /** How a document is fetched or read (tests replace it). */
  readonly load?: (location: string, limits: LoadLimits) => Promise<LoadResult>;
}

/**
 * Where an entry's link leads: against a feed read from an address, another http(s) address; against a
 * feed read from a file, an http(s) address or a path relative to the feed's folder. Anything else — other
 * schemes, a file named by a feed from the network — is refused (null).
 */
export function resolveLink(link: string, feedLocation: string): string | null {
  if (hasScheme(feedLocation)) {
    try {
      const url = new URL(link, feedLocation);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
      return null;
    }
  }
  if (hasScheme(link)) return /^https?:\/\//i.test(link) ? link : null;
  return resolve(dirname(feedLocation), link);
}

/**
 * An Atom feed of alerts checked whole: the feed (`readAtomFeed`), then each entry's CAP message, fetched
 * (http(s) only, with a time-out and a size limit) or read beside the feed, and validated like one message
 * (`validateCap`). An entry whose `cap:` index elements are of an earlier CAP is reported as such and not
 * fetched. `feed` is the feed's bytes, `location` where they came from (a path or an address).
 */
export async function validateFeed(
  feed: Uint8Array | string,
  location: string,
  options: ValidateFeedOptions = {},
): Promise<FeedValidation> {
  const limits = options.limits ?? LOAD_LIMITS;
  const load = options.load ?? loadDocument;
  const read = readAtomFeed(feed);
  if (!read.ok)
    return {
      valid: false,
      entries: [],
      findings: [{ code: read.code, level: 'error', path: 'feed', message: read.message }],
    };
  const findings = [...read.findings];
  if (read.entries.length > MAX_FEED_ENTRIES) {
    findings.push({
      code: 'FEED_ENTRIES_NOT_CHECKED',
      level: 'warning',
      path: `feed/entry[${MAX_FEED_ENTRIES}]`,
      message: `the feed has ${read.entries.length} entries; the messages of the first ${MAX_FEED_ENTRIES} are checked`,
    });
  }
  const entries: EntryValidation[] = [];
  for (const [i, entry] of read.entries.entries()) {
    const own = [...entry.findings];
    const target = entry.link === null ? null : resolveLink(entry.link, location);
    const done = (more: readonly Finding[]): void => {
      const all = [...own, ...more];
      entries.push({ id: entry.id, link: target ?? entry.link, valid: !hasError(all), findings: all });
    };
    if (entry.olderCap !== null) {
      own.push({
        code: 'CAP_VERSION_UNSUPPORTED',
        level: 'error',
        path: entry.path,
        message: `the entry indexes a CAP ${entry.olderCap} message; only CAP 1.2 is validated, so it is not fetched`,
      });
      done([]);
      continue;
    }
    if (entry.link === null || i >= MAX_FEED_ENTRIES) {
      done([]);
      continue;
    }
    if (target === null) {
      own.push({
        code: 'URL_REFUSED',
        level: 'error',
        path: entry.path,
        message: `the link ${JSON.stringify(entry.link.slice(0, 200))} is neither an http(s) address nor a file beside the feed`,
      });
      done([]);
      continue;
    }
    const loaded = await load(target, limits);
    if (!loaded.ok) {
      own.push({ code: loaded.code, level: 'error', path: entry.path, message: loaded.message });
      done([]);
      continue;
    }
    done((await validateCap(loaded.bytes, options.semantics)).findings);
  }
  return { valid: !hasError(findings) && entries.every((e) => e.valid), entries, findings };
}

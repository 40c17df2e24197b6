import { OLDER_CAP_NAMESPACES } from '../cap-elements.ts';
import { CAP_MIME, CAP_NAMESPACE } from '../model.ts';
import { CAP_READ_LIMITS } from '../read.ts';
import { parseXml } from '../xml/parse-xml.ts';
import type { XmlElement } from '../xml/xml-tree.ts';
import { quote, type Finding } from './finding.ts';

export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

/** One entry of a feed of alerts, as far as the feed tells. */
export interface AtomEntry {
  /** `feed/entry[0]`: where the entry is, for its findings. */
  readonly path: string;
  readonly id: string | null;
  /** Where its CAP message is, as written: the `href` of its `application/cap+xml` link, else its `id`. */
  readonly link: string | null;
  /** The CAP version its `cap:` index elements are of, when earlier than 1.2 (`'1.1'`); null otherwise. */
  readonly olderCap: string | null;
  /** What is wrong with the entry itself (no id, no title, no link to its message …). */
  readonly findings: readonly Finding[];
}

export type ReadAtomFeedResult =
  | { readonly ok: true; readonly entries: readonly AtomEntry[]; readonly findings: readonly Finding[] }
  | { readonly ok: false; readonly code: string; readonly message: string };

const error = (code: string, path: string, message: string): Finding => ({
  code,
  level: 'error',
  path,
  message,
});
const warning = (code: string, path: string, message: string): Finding => ({
  code,
  level: 'warning',
  path,
  message,
});

const atomChildren = (el: XmlElement, local: string): XmlElement[] =>
  el.children.filter(
    (c): c is XmlElement => c.kind === 'element' && c.ns === ATOM_NAMESPACE && c.local === local,
  );

/** The text of an element, its children's included, trimmed. */
function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) {
    if (c.kind === 'text') s += c.value;
    else if (c.kind === 'element') s += textOf(c);
  }
  return s.trim();
}

const attribute = (el: XmlElement, local: string): string | undefined =>
  el.attributes.find((a) => a.ns === null && a.local === local)?.value;

/** An `id` that names where a message is (an http(s) address or a relative path), not a bare name (`urn:`, `tag:`). */
const isLocation = (id: string): boolean => /^https?:\/\//i.test(id) || !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(id);

/**
 * The entries of an Atom feed of CAP alerts (ALERTS.md "Publishing"), with what is wrong with the feed
 * and each entry — the rules of Google's CAP feed validator (`ATOM_ENTRY_MISSING_CAP_LINK` …). Strict XML
 * through the same parser as the CAP reader: no DTD, no entity, bounded depth and size. Does not fetch: the
 * caller follows each entry's `link`.
 */
export function readAtomFeed(xml: string | Uint8Array): ReadAtomFeedResult {
  const max = CAP_READ_LIMITS;
  const size = typeof xml === 'string' ? xml.length : xml.byteLength;
  if (size > max.maxBytes)
    return {
      ok: false,
      code: 'XML_TOO_LARGE',
      message: `the feed is over ${max.maxBytes} bytes long; it is not read`,
    };
  let text: string;
  try {
    text = typeof xml === 'string' ? xml : new TextDecoder('utf-8', { fatal: true }).decode(xml);
  } catch {
    return { ok: false, code: 'XML_INVALID_UTF8', message: 'the feed is not valid UTF-8' };
  }
  const parsed = parseXml(text, max);
  if (!parsed.ok)
    return {
      ok: false,
      code: parsed.error.code,
      message: `the feed is not well-formed XML: ${parsed.error.message}`,
    };
  const root = parsed.value.root;
  if (root.ns !== ATOM_NAMESPACE || root.local !== 'feed') {
    const what = root.ns === null ? `<${root.local}>` : `<${root.local}> in ${root.ns.slice(0, 200)}`;
    return {
      ok: false,
      code: 'NOT_ATOM_FEED',
      message: `the root element is ${what}, not an Atom <feed> (${ATOM_NAMESPACE})`,
    };
  }

  const findings: Finding[] = [];
  for (const [local, code] of [
    ['id', 'ATOM_ID_IS_REQUIRED'],
    ['title', 'ATOM_TITLE_IS_REQUIRED'],
    ['updated', 'ATOM_UPDATED_IS_REQUIRED'],
  ] as const) {
    const el = atomChildren(root, local)[0];
    if (!el || textOf(el) === '')
      findings.push(error(code, `feed/${local}`, `the feed has no <${local}>, which Atom requires`));
  }
  root.children.forEach((c) => {
    if (
      c.kind === 'element' &&
      c.local === 'alert' &&
      (c.ns === CAP_NAMESPACE || (c.ns !== null && Object.hasOwn(OLDER_CAP_NAMESPACES, c.ns)))
    ) {
      findings.push(
        warning(
          'CAP_ALERT_OUTSIDE_ENTRY',
          'feed/alert',
          'a CAP <alert> sits in the feed outside any <entry>: receivers take it for foreign markup and ignore it',
        ),
      );
    }
  });
  const entries = atomChildren(root, 'entry').map((el, i) => readEntry(el, `feed/entry[${i}]`));
  if (entries.length === 0)
    findings.push(
      warning('ATOM_FEED_HAS_NO_ENTRIES', 'feed', 'the feed has no <entry>: it announces no alert'),
    );
  return { ok: true, entries, findings };
}

function readEntry(el: XmlElement, path: string): AtomEntry {
  const findings: Finding[] = [];
  const text = (local: string): string | null => {
    const child = atomChildren(el, local)[0];
    return child ? textOf(child) : null;
  };
  const id = text('id');
  if (!id)
    findings.push(
      error('ATOM_ENTRY_ID_IS_REQUIRED', `${path}/id`, 'the entry has no <id>, which Atom requires'),
    );
  if (!text('title'))
    findings.push(
      error('ATOM_ENTRY_TITLE_IS_REQUIRED', `${path}/title`, 'the entry has no <title>, which Atom requires'),
    );
  if (!text('updated'))
    findings.push(
      error(
        'ATOM_ENTRY_UPDATED_IS_REQUIRED',
        `${path}/updated`,
        'the entry has no <updated>, which Atom requires',
      ),
    );

  const capLink = atomChildren(el, 'link').find(
    (l) => (attribute(l, 'type') ?? '').trim().toLowerCase() === CAP_MIME,
  );
  const href = capLink ? (attribute(capLink, 'href') ?? '').trim() : '';
  const link = href !== '' ? href : id && isLocation(id) ? id : null;
  if (link === null) {
    findings.push(
      error(
        'ATOM_ENTRY_MISSING_CAP_LINK',
        path,
        id
          ? `the entry has no <link type="${CAP_MIME}"> and its id ${quote(id)} is no address of a message`
          : `the entry has no <link type="${CAP_MIME}">`,
      ),
    );
  }
  let olderCap: string | null = null;
  for (const c of el.children) {
    if (c.kind === 'element' && c.ns !== null && Object.hasOwn(OLDER_CAP_NAMESPACES, c.ns))
      olderCap = OLDER_CAP_NAMESPACES[c.ns] ?? null;
  }
  return { path, id, link, olderCap, findings };
}

import { alertFromXml } from './alert-from-xml.ts';
import { OLDER_CAP_NAMESPACES, childPath } from './cap-elements.ts';
import { CAP_NAMESPACE, type CapAlert } from './model.ts';
import { parseXml, type XmlProblem } from './xml/parse-xml.ts';
import { lineColumn } from './xml/xml-chars.ts';

/** Bounds on a message read from outside; past any of them it is refused, not read in part. */
export interface CapReadLimits {
  /** Size of the message in UTF-8 bytes. */
  readonly maxBytes: number;
  /** Nesting of elements, the root at 1 (CAP itself needs 5; extensions and signatures a few more). */
  readonly maxDepth: number;
  /** Elements in the whole message (a real one has hundreds). */
  readonly maxElements: number;
}

export const CAP_READ_LIMITS: CapReadLimits = Object.freeze({
  maxBytes: 5 * 1024 * 1024,
  maxDepth: 32,
  maxElements: 100_000,
});

/** Why a message could not be read; each with a sentence in the result's `message`. */
export const CAP_READ_CODES = [
  'XML_TOO_LARGE',
  'XML_INVALID_UTF8',
  'XML_ENCODING_UNSUPPORTED',
  'XML_DOCTYPE_FORBIDDEN',
  'XML_ENTITY_FORBIDDEN',
  'XML_ENTITY_UNKNOWN',
  'XML_TOO_DEEP',
  'XML_TOO_MANY_ELEMENTS',
  'XML_MALFORMED',
  'XML_EMPTY',
  'NOT_CAP_12',
  'CAP_VERSION_UNSUPPORTED',
] as const;
export type CapReadCode = (typeof CAP_READ_CODES)[number];

export type ReadResult =
  | { readonly ok: true; readonly alert: CapAlert }
  | { readonly ok: false; readonly code: CapReadCode; readonly message: string; readonly path?: string };

/**
 * Reads a CAP 1.2 message (UTF-8 bytes, or text already decoded) into the model. Refuses, with a stable
 * code and never an exception, what is no such message: too large, not UTF-8, not well-formed XML, any
 * DTD (`<!DOCTYPE`, `<!ENTITY`: no entity is expanded and no file or address is ever fetched), an unknown
 * entity, nesting deeper than `limits.maxDepth`, a root other than CAP 1.2's `alert` (an earlier CAP
 * version: `CAP_VERSION_UNSUPPORTED`). Lenient on CAP content: see {@link alertFromXml}.
 *
 * @example
 * const r = readCap(bytes);
 * if (r.ok) r.alert.infos[0]?.headline;
 * else console.log(r.code, r.message); // e.g. XML_DOCTYPE_FORBIDDEN
 */
export function readCap(xml: string | Uint8Array, limits: Partial<CapReadLimits> = {}): ReadResult {
  const max: CapReadLimits = { ...CAP_READ_LIMITS, ...limits };
  const text = typeof xml === 'string' ? checkedText(xml, max.maxBytes) : decodeUtf8(xml, max.maxBytes);
  if (typeof text !== 'string') return text;
  const parsed = parseXml(text, max);
  if (!parsed.ok) return refusedXml(text, parsed.error);
  const doc = parsed.value;
  const encoding = doc.declaration?.encoding;
  if (encoding !== undefined && !/^(utf-?8|us-ascii|ascii)$/i.test(encoding))
    return refused(
      'XML_ENCODING_UNSUPPORTED',
      `the message declares the encoding ${encoding}: CAP messages are read in UTF-8 only`,
    );
  const { root } = doc;
  if (root.ns !== CAP_NAMESPACE || root.local !== 'alert') {
    const older = root.ns === null ? undefined : OLDER_CAP_NAMESPACES[root.ns];
    if (older !== undefined && Object.hasOwn(OLDER_CAP_NAMESPACES, root.ns ?? ''))
      return refused(
        'CAP_VERSION_UNSUPPORTED',
        `this is a CAP ${older} message; only CAP 1.2 (${CAP_NAMESPACE}) is read`,
        root.local,
      );
    const what =
      root.ns === null
        ? `<${root.local}> in no namespace`
        : `<${root.local}> in the namespace ${root.ns.slice(0, 200)}`;
    return refused('NOT_CAP_12', `the root element is ${what}, not <alert> in ${CAP_NAMESPACE}`, root.local);
  }
  return { ok: true, alert: alertFromXml(doc) };
}

function refused(code: CapReadCode, message: string, path?: string): ReadResult {
  return { ok: false, code, message, ...(path !== undefined ? { path } : {}) };
}

function refusedXml(text: string, p: XmlProblem): ReadResult {
  const { line, column } = lineColumn(text, p.offset);
  let path: string | undefined;
  for (const [depth, e] of p.open.entries())
    path = depth === 0 ? e.local : childPath(path ?? '', e.local, e.index);
  return refused(p.code, `${p.message} (line ${line}, column ${column})`, path);
}

function tooLarge(bytes: number | string, maxBytes: number): ReadResult {
  return refused('XML_TOO_LARGE', `the message is ${bytes} bytes long; at most ${maxBytes} are read`);
}

/** Text handed in already decoded: its size counted as UTF-8, without encoding a text far too long. */
function checkedText(text: string, maxBytes: number): string | ReadResult {
  if (text.length > maxBytes) return tooLarge(`at least ${text.length}`, maxBytes);
  if (text.length * 3 > maxBytes) {
    const bytes = utf8Length(text);
    if (bytes > maxBytes) return tooLarge(bytes, maxBytes);
  }
  return text;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes as UTF-8 text (a byte-order mark dropped); anything not UTF-8 is refused, never replaced. */
function decodeUtf8(bytes: Uint8Array, maxBytes: number): string | ReadResult {
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return refused('XML_INVALID_UTF8', 'the message is UTF-16: CAP messages are read in UTF-8 only');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refused(
      'XML_INVALID_UTF8',
      `the message is not valid UTF-8 (first bad byte at offset ${firstBadByte(bytes)})`,
    );
  }
}

/** The offset of the first byte that breaks UTF-8, for the message (the decoder does not tell). */
function firstBadByte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    const n =
      c < 0x80
        ? 0
        : c >= 0xc2 && c <= 0xdf
          ? 1
          : c >= 0xe0 && c <= 0xef
            ? 2
            : c >= 0xf0 && c <= 0xf4
              ? 3
              : -1;
    if (n < 0) return i;
    if (i + n >= b.length) return i;
    for (let k = 1; k <= n; k++) if (((b[i + k] as number) & 0xc0) !== 0x80) return i;
    const second = b[i + 1] as number;
    // Overlong forms, surrogates and code points past U+10FFFF.
    if (
      (c === 0xe0 && second < 0xa0) ||
      (c === 0xed && second > 0x9f) ||
      (c === 0xf0 && second < 0x90) ||
      (c === 0xf4 && second > 0x8f)
    )
      return i;
    i += n + 1;
  }
  return b.length;
}

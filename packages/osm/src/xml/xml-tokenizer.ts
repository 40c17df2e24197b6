import { decodeEntities } from './entities.ts';

/** What the tokenizer reports; attribute lists are `[name, value, name, value, …]`, reused between calls. */
export interface XmlHandler {
  open(name: string, attrs: readonly string[], selfClosing: boolean): void;
  close(name: string): void;
  /** A tag or declaration that could not be read; `offset` is the character offset in the input. */
  malformed(message: string, offset: number): void;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const EQ = 61;
const DQ = 34;
const SQ = 39;

/**
 * A streaming XML tokenizer with no DOM: feed it text in pieces of any size; it reports start and end
 * tags with their attributes (either quote style, entities decoded), skips comments, CDATA, processing
 * instructions and DOCTYPE, and ignores character data (OSM carries everything in attributes).
 */
export class XmlTokenizer {
  readonly #h: XmlHandler;
  #rest = '';
  /** Text fed since the unfinished tail was last tried, not yet joined to it. */
  readonly #waiting: string[] = [];
  #waitingLength = 0;
  /** Pending length from which the unfinished tail is tried again (see {@link feed}). */
  #retryAt = 0;
  #consumed = 0;
  readonly #attrs: string[] = [];

  /**
   * @example
   * const t = new XmlTokenizer({ open: (n) => names.push(n), close: () => {}, malformed: () => {} });
   * t.feed('<osm><node id="1"/></o');
   * t.feed('sm>');
   * t.end(); // true: nothing left over
   */
  constructor(handler: XmlHandler) {
    this.#h = handler;
  }

  /**
   * Tokenizes as much of `text` (appended to any unfinished tail) as is complete. An unfinished tail is
   * tried again only once the pending text has doubled: a huge unclosed comment or attribute arriving in
   * small chunks is then scanned a logarithmic number of times, not once per chunk (quadratic time).
   */
  feed(text: string): void {
    if (this.#rest.length > 0 && this.#rest.length + this.#waitingLength + text.length < this.#retryAt) {
      this.#waiting.push(text);
      this.#waitingLength += text.length;
      return;
    }
    this.#scan(text);
  }

  #scan(text: string): void {
    const s = this.#rest.length > 0 || this.#waiting.length > 0 ? this.#rest + this.#waiting.join('') + text : text;
    this.#waiting.length = 0;
    this.#waitingLength = 0;
    let i = 0;
    const n = s.length;
    while (i < n) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        i = n;
        break;
      }
      const end = this.#token(s, lt);
      if (end < 0) {
        i = lt;
        break;
      }
      i = end;
    }
    this.#consumed += i;
    this.#rest = i < n ? s.slice(i) : '';
    this.#retryAt = 2 * this.#rest.length;
  }

  /** Ends the input; true when no unfinished markup was left over. */
  end(): boolean {
    if (this.#waiting.length > 0) this.#scan('');
    return this.#rest.trim().length === 0;
  }

  /** Characters fed so far that are still unparsed (an unfinished tag at the end of the input). */
  get pending(): string {
    return this.#rest;
  }

  /** Reads one markup token at `lt`; returns the index after it, or -1 when it is not complete yet. */
  #token(s: string, lt: number): number {
    const c1 = s.charCodeAt(lt + 1);
    if (Number.isNaN(c1)) return -1;
    if (c1 === 33 /* ! */) {
      if (s.startsWith('<!--', lt)) return after(s, '-->', lt + 4);
      if (s.startsWith('<![CDATA[', lt)) return after(s, ']]>', lt + 9);
      if (s.length - lt < 9 && '<![CDATA['.startsWith(s.slice(lt))) return -1;
      const gt = s.indexOf('>', lt);
      if (gt < 0) return -1;
      // Only up to the '>': searching the whole rest for a '[' at every declaration is quadratic.
      const bracket = indexBefore(s, '[', lt, gt);
      if (bracket >= 0) return after(s, ']>', bracket);
      return gt + 1;
    }
    if (c1 === 63 /* ? */) return after(s, '?>', lt + 2);
    if (c1 === SLASH) {
      const gt = s.indexOf('>', lt);
      if (gt < 0) return -1;
      this.#h.close(s.slice(lt + 2, gt).trim());
      return gt + 1;
    }
    return this.#startTag(s, lt);
  }

  #startTag(s: string, lt: number): number {
    const n = s.length;
    let i = lt + 1;
    // A '<' ends a name too: read on to the next space, the bad tag would be rescanned from each '<' in it.
    while (i < n && !isSpace(s.charCodeAt(i)) && s.charCodeAt(i) !== GT && s.charCodeAt(i) !== SLASH && s.charCodeAt(i) !== LT) i++;
    if (i >= n) return -1;
    const name = s.slice(lt + 1, i);
    const attrs = this.#attrs;
    attrs.length = 0;
    for (;;) {
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) return -1;
      const c = s.charCodeAt(i);
      if (c === GT) {
        this.#emit(name, lt, false);
        return i + 1;
      }
      if (c === SLASH) {
        if (i + 1 >= n) return -1;
        if (s.charCodeAt(i + 1) === GT) {
          this.#emit(name, lt, true);
          return i + 2;
        }
        return this.#skipBad(s, lt, `stray '/' in <${name}>`);
      }
      if (c === LT) return this.#skipBad(s, lt, `'<' inside <${name}>`);
      const nameStart = i;
      while (
        i < n &&
        s.charCodeAt(i) !== EQ &&
        !isSpace(s.charCodeAt(i)) &&
        s.charCodeAt(i) !== GT &&
        s.charCodeAt(i) !== SLASH &&
        s.charCodeAt(i) !== LT
      )
        i++;
      const attrName = s.slice(nameStart, i);
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) return -1;
      if (s.charCodeAt(i) !== EQ)
        return this.#skipBad(s, lt, `attribute '${attrName}' of <${name}> has no value`);
      i++;
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) return -1;
      const q = s.charCodeAt(i);
      if (q !== DQ && q !== SQ)
        return this.#skipBad(s, lt, `attribute '${attrName}' of <${name}> is not quoted`);
      const close = s.indexOf(q === DQ ? '"' : "'", i + 1);
      if (close < 0) return -1;
      attrs.push(attrName, decodeEntities(s.slice(i + 1, close)));
      i = close + 1;
    }
  }

  #emit(name: string, lt: number, selfClosing: boolean): void {
    if (name.length === 0) {
      this.#h.malformed('empty tag name', this.#consumed + lt);
      return;
    }
    this.#h.open(name, this.#attrs, selfClosing);
  }

  /** Reports a malformed tag and resumes after its '>' (or at the next '<'). */
  #skipBad(s: string, lt: number, message: string): number {
    this.#h.malformed(message, this.#consumed + lt);
    // The nearer of the two, found in one pass: two searches to the end of the text at each of many bad
    // tags without a '>' would be quadratic.
    for (let i = lt + 1; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === LT) return i;
      if (c === GT) return i + 1;
    }
    return -1;
  }
}

/** The index of `char` in `s[from, to)`, or -1; never looks past `to`. */
function indexBefore(s: string, char: string, from: number, to: number): number {
  const code = char.charCodeAt(0);
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === code) return i;
  return -1;
}

function after(s: string, marker: string, from: number): number {
  const k = s.indexOf(marker, from);
  return k < 0 ? -1 : k + marker.length;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

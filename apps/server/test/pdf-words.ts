// What a PDF shows, read back for tests: the strings of the text operators of its content streams. Enough
// of PDF to read what pdfkit writes and what other writers commonly do: objects with or without a /Length
// the stream honours, streams deflated or not, Tj, TJ, ' and " with literal and hexadecimal strings, in the
// standard fonts' WinAnsi encoding. Not a general PDF reader: no object streams, no font CMaps.
import { inflateSync } from 'node:zlib';

/**
 * The text a PDF shows: every string of every content stream's text operators, in file order, one line per
 * operator (a TJ's pieces joined, its kerning numbers dropped).
 *
 * @example expect(pdfWords(await reportPdf(input))).toContain('Risk register')
 */
export function pdfWords(pdf: Uint8Array): string {
  return [...readObjects(pdf).values()].flatMap((o) => (o.stream && isContent(o.dict) ? textOf(o.stream) : [])).join('\n');
}

/**
 * The text of each page, in the order of the page tree (file order when the tree cannot be followed): what
 * {@link pdfWords} reads, from the content streams each page names.
 */
export function pdfPages(pdf: Uint8Array): string[] {
  const objects = readObjects(pdf);
  return pageOrder(objects).map((page) => {
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(page.dict)?.[1] ?? '';
    return refs(contents)
      .flatMap((n) => {
        const stream = objects.get(n)?.stream;
        return stream ? textOf(stream) : [];
      })
      .join('\n');
  });
}

/** The number of page objects (`/Type /Page`, not `/Pages`) in a PDF. */
export function pdfPageCount(pdf: Uint8Array): number {
  return Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

// ---------------------------------------------------------------------------------------------------------

interface PdfObject {
  readonly number: number;
  readonly dict: string;
  /** The stream's bytes decoded (null: no stream, or one in a filter this reader does not decode). */
  readonly stream: Buffer | null;
}

/** Every `n g obj … endobj` of the file by number (the last definition wins, as with incremental updates). */
function readObjects(pdf: Uint8Array): Map<number, PdfObject> {
  const raw = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const text = raw.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const start = /(\d+)\s+\d+\s+obj\b/g;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const bodyAt = m.index + m[0].length;
    const endobj = text.indexOf('endobj', bodyAt);
    const streamAt = text.indexOf('stream', bodyAt);
    const number = Number(m[1]);
    if (streamAt < 0 || (endobj >= 0 && endobj < streamAt)) {
      objects.set(number, { number, dict: text.slice(bodyAt, endobj < 0 ? undefined : endobj), stream: null });
      if (endobj >= 0) start.lastIndex = endobj;
      continue;
    }
    const dict = text.slice(bodyAt, streamAt);
    // The data starts after the end of line that follows `stream` (CR LF or LF).
    let dataAt = streamAt + 6;
    if (text[dataAt] === '\r') dataAt++;
    if (text[dataAt] === '\n') dataAt++;
    const dataEnd = streamEnd(text, dict, dataAt);
    objects.set(number, { number, dict, stream: decode(dict, raw.subarray(dataAt, dataEnd)) });
    start.lastIndex = dataEnd;
  }
  return objects;
}

/** Where a stream's data ends: at its direct /Length when `endstream` follows it there, else before the next `endstream`. */
function streamEnd(text: string, dict: string, dataAt: number): number {
  const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
  if (direct) {
    const end = dataAt + Number(direct[1]);
    if (/^\s*endstream/.test(text.slice(end, end + 20))) return end;
  }
  const found = text.indexOf('endstream', dataAt);
  if (found < 0) return text.length;
  // The end of line before `endstream` is not part of the data.
  let end = found;
  if (text[end - 1] === '\n') end--;
  if (text[end - 1] === '\r') end--;
  return Math.max(dataAt, end);
}

/** A stream's bytes through its filters: none, or FlateDecode; anything else (images, fonts in other filters) is null. */
function decode(dict: string, data: Buffer): Buffer | null {
  const filters = /\/Filter\s*(\[[^\]]*\]|\/\w+)/.exec(dict)?.[1]?.match(/\/\w+/g) ?? [];
  let out = data;
  for (const f of filters) {
    if (f !== '/FlateDecode') return null;
    try {
      out = inflateSync(out);
    } catch {
      return null;
    }
  }
  return out;
}

/** Whether a stream may be a page's content: not an image, a font file, a metadata packet or a cross-reference stream. */
function isContent(dict: string): boolean {
  return !/\/Subtype\s*\/(Image|Type1C|CIDFontType0C|OpenType|XML)|\/Length[123]\b|\/Type\s*\/(XRef|ObjStm|Metadata|EmbeddedFile)/.test(dict);
}

/** The object numbers an array or a reference names (`[4 0 R 5 0 R]`, `4 0 R`). */
function refs(text: string): number[] {
  return [...text.matchAll(/(\d+)\s+\d+\s+R/g)].map((r) => Number(r[1]));
}

/** The page objects in the order of the page tree from its root, each visited once. */
function pageOrder(objects: Map<number, PdfObject>): PdfObject[] {
  const isPage = (o: PdfObject) => /\/Type\s*\/Page(?![A-Za-z])/.test(o.dict);
  const isPages = (o: PdfObject) => /\/Type\s*\/Pages\b/.test(o.dict);
  const root = [...objects.values()].find((o) => isPages(o) && !/\/Parent\b/.test(o.dict));
  const inFileOrder = [...objects.values()].filter(isPage);
  if (!root) return inFileOrder;
  const pages: PdfObject[] = [];
  const seen = new Set<number>();
  const visit = (o: PdfObject) => {
    if (seen.has(o.number)) return;
    seen.add(o.number);
    if (isPage(o)) pages.push(o);
    else if (isPages(o)) for (const n of refs(/\/Kids\s*(\[[^\]]*\])/.exec(o.dict)?.[1] ?? '')) {
      const kid = objects.get(n);
      if (kid) visit(kid);
    }
  };
  visit(root);
  return pages.length === inFileOrder.length ? pages : inFileOrder;
}

// --- content streams -------------------------------------------------------------------------------------

/** WinAnsiEncoding's codes 0x80–0x9F, where it differs from Latin-1 (undefined codes stay as they are). */
const WIN_ANSI: Readonly<Record<number, string>> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š',
  0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—',
  0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

const winAnsi = (bytes: readonly number[]) => bytes.map((b) => WIN_ANSI[b] ?? String.fromCharCode(b)).join('');

type Operand = { readonly string: string } | { readonly array: Operand[] } | { readonly other: string };

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const isDelimiter = (c: number) => '()<>[]{}/%'.includes(String.fromCharCode(c));

/** The strings the text operators of one content stream show, one per operator. */
function textOf(stream: Buffer): string[] {
  const out: string[] = [];
  const stack: Operand[][] = [[]];
  const top = () => stack[stack.length - 1] as Operand[];
  const stringOf = (o: Operand | undefined) => (o && 'string' in o ? o.string : '');
  const n = stream.length;
  let i = 0;
  while (i < n) {
    const c = stream[i] as number;
    if (isSpace(c)) i++;
    else if (c === 0x25) while (i < n && stream[i] !== 0x0a && stream[i] !== 0x0d) i++; // % comment
    else if (c === 0x28) {
      const [s, next] = literal(stream, i + 1);
      top().push({ string: s });
      i = next;
    } else if (c === 0x3c && stream[i + 1] === 0x3c) {
      top().push({ other: '<<' });
      i += 2;
    } else if (c === 0x3c) {
      const close = stream.indexOf(0x3e, i);
      const end = close < 0 ? n : close;
      let hex = stream.subarray(i + 1, end).toString('latin1').replace(/[^0-9a-fA-F]/g, '');
      if (hex.length % 2 === 1) hex += '0';
      top().push({ string: winAnsi([...Buffer.from(hex, 'hex')]) });
      i = end + 1;
    } else if (c === 0x5b) {
      stack.push([]);
      i++;
    } else if (c === 0x5d) {
      const array = stack.length > 1 ? (stack.pop() as Operand[]) : [];
      top().push({ array });
      i++;
    } else {
      let j = i + 1;
      while (j < n && !isSpace(stream[j] as number) && !isDelimiter(stream[j] as number)) j++;
      const word = stream.subarray(i, j).toString('latin1');
      i = j;
      if (c === 0x2f || /^[-+.\d]/.test(word) || c === 0x3e || c === 0x7b || c === 0x7d || c === 0x29) {
        top().push({ other: word });
        continue;
      }
      // An operator: the text operators take their strings, every operator clears the operands.
      const operands = top();
      if (word === 'Tj' || word === "'" || word === '"') out.push(stringOf(operands.at(-1)));
      else if (word === 'TJ') {
        const last = operands.at(-1);
        out.push(last && 'array' in last ? last.array.map(stringOf).join('') : '');
      } else if (word === 'ID') i = inlineImageEnd(stream, i);
      stack.length = 1;
      stack[0] = [];
    }
  }
  return out;
}

/** A literal string from after its `(`: nested parentheses and escapes read; returns it and where reading goes on. */
function literal(stream: Buffer, from: number): [string, number] {
  const bytes: number[] = [];
  let depth = 0;
  let i = from;
  const escapes: Readonly<Record<number, number>> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };
  while (i < stream.length) {
    const c = stream[i] as number;
    if (c === 0x5c) {
      const e = stream[i + 1];
      if (e === undefined) break;
      if (escapes[e] !== undefined) {
        bytes.push(escapes[e]);
        i += 2;
      } else if (e >= 0x30 && e <= 0x37) {
        let j = i + 1;
        let code = 0;
        while (j < i + 4 && (stream[j] ?? 0) >= 0x30 && (stream[j] ?? 0) <= 0x37) code = code * 8 + ((stream[j++] as number) - 0x30);
        bytes.push(code & 0xff);
        i = j;
      } else if (e === 0x0d || e === 0x0a) {
        // A backslash at the end of a line continues the string on the next.
        i += e === 0x0d && stream[i + 2] === 0x0a ? 3 : 2;
      } else {
        bytes.push(e);
        i += 2;
      }
      continue;
    }
    if (c === 0x28) depth++;
    if (c === 0x29 && depth-- === 0) return [winAnsi(bytes), i + 1];
    bytes.push(c);
    i++;
  }
  return [winAnsi(bytes), stream.length];
}

/** Where an inline image's data (after `ID`) ends: after the `EI` that stands alone. */
function inlineImageEnd(stream: Buffer, from: number): number {
  for (let i = stream.indexOf('EI', from); i >= 0; i = stream.indexOf('EI', i + 2)) {
    const before = stream[i - 1];
    const after = stream[i + 2];
    if (before !== undefined && isSpace(before) && (after === undefined || isSpace(after))) return i + 2;
  }
  return stream.length;
}

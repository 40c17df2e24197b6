/**
 * A small, safe XML writer for the Open311 answers: elements and text only (no attributes, no mixed
 * content), the text escaped (`& < > " '`, and a carriage return as a reference, so it reads back as sent),
 * and any character XML 1.0 cannot carry refused (a control character, a lone surrogate, U+FFFE/U+FFFF):
 * a document is written whole and well-formed, or not at all. Nothing here reads XML.
 */

/** What an element holds: text (a value), or child elements. `null` and `''` make an empty element. */
export type XmlContent = string | number | boolean | null | readonly XmlElement[];

export interface XmlElement {
  readonly name: string;
  readonly content: XmlContent;
}

export const element = (name: string, content: XmlContent): XmlElement => ({ name, content });

/** A flat record (an Open311 service, request or error): its fields in order become child elements. */
export type FlatRecord = Readonly<Record<string, string | number | boolean | null>>;

/** `<root><item>…fields…</item>…</root>`, the shape of every Open311 list. */
export const listElement = (root: string, item: string, records: readonly FlatRecord[]): XmlElement =>
  element(
    root,
    records.map((r) => element(item, Object.entries(r).map(([k, v]) => element(k, v)))),
  );

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,99}$/;
/** Characters outside XML 1.0's `Char` production. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Whether text can be written in XML 1.0 as it is (the input checks refuse the rest before it is stored). */
export const isXmlText = (text: string): boolean => !NOT_XML.test(text);

/** Raised for what cannot be written: a bad element name, an unwritable character or number. */
export class XmlWriteError extends Error {
  override readonly name = 'XmlWriteError';
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };

function text(value: string | number | boolean): string {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new XmlWriteError(`not a finite number: ${value}`);
  const s = String(value);
  if (!isXmlText(s)) throw new XmlWriteError('text holds a character XML cannot carry');
  return s.replace(/[&<>"'\r]/g, (c) => ESCAPES[c] ?? c);
}

function write(e: XmlElement, out: string[]): void {
  if (!NAME.test(e.name)) throw new XmlWriteError(`not an element name: ${JSON.stringify(e.name)}`);
  const { content } = e;
  if (content === null || content === '' || (Array.isArray(content) && content.length === 0)) {
    out.push(`<${e.name}/>`);
    return;
  }
  out.push(`<${e.name}>`);
  if (Array.isArray(content)) for (const child of content as readonly XmlElement[]) write(child, out);
  else out.push(text(content as string | number | boolean));
  out.push(`</${e.name}>`);
}

/** The whole document, with its declaration: `<?xml version="1.0" encoding="UTF-8"?>`. */
export function xmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  write(root, out);
  return out.join('');
}

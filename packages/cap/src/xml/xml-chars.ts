/** Characters of XML 1.0: what a document may hold, what a name is, and escaping for the writer. */

/** A character XML 1.0 does not allow anywhere, even as a reference (controls, lone surrogates, U+FFFE/F). */
export const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NOT_XML_CHARS = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * An XML name, read at `lastIndex` (sticky). Close to the XML 1.0 production (letters, digits, marks, `_`,
 * `:`, `.`, `-`, `·`), without its rarer ranges: a CAP message names nothing outside them.
 */
export const NAME_AT = /[\p{L}_:][\p{L}\p{N}\p{M}\p{Pc}_:.\-\u00B7]*/uy;
const WHOLE_NAME = /^[\p{L}_][\p{L}\p{N}\p{M}\p{Pc}_.\-\u00B7]*$/u;

/** Whether `s` is a name with no colon (a prefix, a local name, a named reference). */
export function isNcName(s: string): boolean {
  return WHOLE_NAME.test(s);
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** Whether a numeric character reference may stand for `code`. */
export function isXmlCodePoint(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/**
 * Text as element content: `&`, `<` and `>` escaped (`>` for `]]>`), a carriage return as a reference (a
 * literal one would be read back as a line feed), and characters XML cannot hold replaced by U+FFFD.
 *
 * @example
 * escapeText('a < b & c'); // 'a &lt; b &amp; c'
 */
export function escapeText(s: string): string {
  return withoutForbidden(s).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

/**
 * Text as a double-quoted attribute value: as {@link escapeText}, and `"`, tabs and line feeds as
 * references (a reader turns literal ones into spaces).
 */
export function escapeAttribute(s: string): string {
  return withoutForbidden(s).replace(/[&<>"\r\n\t]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

function withoutForbidden(s: string): string {
  return NOT_XML_CHAR.test(s) ? s.replace(NOT_XML_CHARS, '\uFFFD') : s;
}

/** `U+0000`-style name of the first character of `s`, for messages. */
export function describeChar(s: string): string {
  const code = s.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** 1-based line and column of `offset` in `text` (columns count UTF-16 units). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

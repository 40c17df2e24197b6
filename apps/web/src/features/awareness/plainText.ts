/** A block of a plain text as shown: a paragraph (its lines kept) or a list. */
export type TextBlock =
  | { readonly kind: 'paragraph'; readonly lines: readonly string[] }
  | { readonly kind: 'list'; readonly items: readonly string[] };

const ITEM = /^\s*- /;

/**
 * The blocks of a plain text as a city writes it: a blank line parts paragraphs, lines starting with "- "
 * are the items of a list, other lines are kept as lines of their paragraph. Nothing in the text is markup.
 *
 * @example blocksOf('Stay calm.\n\n- Run\n- Hide') // a paragraph, then a list of two items
 */
export function blocksOf(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let lines: string[] | null = null;
  let items: string[] | null = null;
  const close = () => {
    if (lines) blocks.push({ kind: 'paragraph', lines });
    if (items) blocks.push({ kind: 'list', items });
    lines = null;
    items = null;
  };
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      close();
    } else if (ITEM.test(line)) {
      if (!items) close();
      (items ??= []).push(line.replace(ITEM, '').trim());
    } else {
      if (!lines) close();
      (lines ??= []).push(line.trim());
    }
  }
  close();
  return blocks;
}

/** A stretch of a result's extract: the words found are `marked`. */
export interface HeadlinePart {
  readonly text: string;
  readonly marked: boolean;
}

const TAG = /<(\/?)b>/gi;

/**
 * A search extract cut into plain and marked stretches. `<b>` and `</b>` are its only markup: anything
 * else that looks like a tag stays text, to be shown as text (never as HTML). An unclosed `<b>` marks up
 * to the end; a stray `</b>` is dropped.
 *
 * @example headlineParts('the <b>bollards</b> of Nice') // [{ text: 'the ', marked: false }, { text: 'bollards', marked: true }, { text: ' of Nice', marked: false }]
 */
export function headlineParts(headline: string): HeadlinePart[] {
  const parts: HeadlinePart[] = [];
  const push = (text: string, marked: boolean) => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last && last.marked === marked) parts[parts.length - 1] = { text: last.text + text, marked };
    else parts.push({ text, marked });
  };
  let marked = false;
  let from = 0;
  for (const tag of headline.matchAll(TAG)) {
    push(headline.slice(from, tag.index), marked);
    marked = tag[1] !== '/';
    from = tag.index + tag[0].length;
  }
  push(headline.slice(from), marked);
  return parts;
}

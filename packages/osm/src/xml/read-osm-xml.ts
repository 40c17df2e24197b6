import type { OsmBuilder } from '../osm-builder.ts';
import { OsmXmlHandler } from './osm-xml-handler.ts';
import { XmlTokenizer } from './xml-tokenizer.ts';

/**
 * Reads OSM XML from a stream of byte chunks into `builder`, stopping early when the builder stops (a
 * limit). Truncation, binary content and a missing `<osm>` root become error diagnostics.
 *
 * @example
 * const b = new OsmBuilder();
 * await readOsmXml(chunksOf(bytes), b);
 * const data = b.finish();
 */
export async function readOsmXml(chunks: AsyncIterable<Uint8Array>, builder: OsmBuilder): Promise<void> {
  const handler = new OsmXmlHandler(builder);
  const tokenizer = new XmlTokenizer(handler);
  const decoder = new TextDecoder('utf-8');
  const d = builder.diagnostics;
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text.includes('\u0000')) {
      d.add({
        severity: 'error',
        code: 'unknown-format',
        message: 'binary data (NUL bytes) inside the XML; reading stopped',
      });
      return;
    }
    tokenizer.feed(text);
    if (builder.stopped) return;
  }
  tokenizer.feed(decoder.decode());
  if (!handler.sawRoot) {
    d.add({ severity: 'error', code: 'xml-not-osm', message: 'the XML has no <osm> root element' });
    return;
  }
  const complete = tokenizer.end();
  if (!complete || handler.depth > 0) {
    const open = handler.openElement ?? elementIn(tokenizer.pending);
    d.add({
      severity: 'error',
      code: 'xml-truncated',
      message: open
        ? `the XML ends inside ${open.type} ${open.id}; the file is cut short`
        : `the XML ends before its closing </osm>${complete ? '' : ` (inside "${tokenizer.pending.slice(0, 40)}")`}; the file is cut short`,
      ...(open && Number.isSafeInteger(open.id) ? { element: open } : {}),
    });
  }
}

/** How much of the unfinished tail is searched for the cut-off element's id: a start tag is short. */
const START_TAG_SEARCH = 4096;

/**
 * The element whose start tag was cut off, when its id made it into the input. The tail starts with that
 * tag, so the pattern is anchored: unanchored, a tail of many `<node ` without `>` takes quadratic time.
 */
function elementIn(pending: string): { type: 'node' | 'way' | 'relation'; id: number } | null {
  const m = /^<(node|way|relation)\s[^>]*?\bid=["'](-?\d+)["']/.exec(pending.slice(0, START_TAG_SEARCH));
  return m ? { type: m[1] as 'node' | 'way' | 'relation', id: Number(m[2]) } : null;
}

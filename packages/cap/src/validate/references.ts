import { capInstant, dateProblem } from './dates.ts';
import { quote } from './finding.ts';
import { XML_SPACES } from './geometry.ts';

/** One earlier message named in `references`: `sender,identifier,sent`. */
export interface CapReference {
  readonly sender: string;
  readonly identifier: string;
  readonly sent: string;
}

export type ParseReferencesResult =
  | { readonly ok: true; readonly refs: CapReference[] }
  | { readonly ok: false; readonly code: 'INVALID_REFERENCES'; readonly message: string };

/** What identifier and sender may not hold (CAP 1.2 §3.2.1): spaces (any white space), commas, `<` and `&`. */
export const FORBIDDEN_ID_CHARS = /[\s,<&]/;

/**
 * The triplets of a `references` value: space-separated `sender,identifier,sent`, at least one, each with a
 * sender and an identifier free of the forbidden characters and a CAP date-time. The first bad triplet
 * makes the whole value invalid, with a message naming it.
 *
 * @example
 * parseReferences('trinet@caltech.edu,TRI13970876.1,2003-06-11T20:30:00-07:00');
 * // { ok: true, refs: [{ sender: 'trinet@caltech.edu', identifier: 'TRI13970876.1', sent: '2003-06-11T20:30:00-07:00' }] }
 */
export function parseReferences(text: string): ParseReferencesResult {
  const triplets = text.split(XML_SPACES).filter((t) => t !== '');
  if (triplets.length === 0)
    return {
      ok: false,
      code: 'INVALID_REFERENCES',
      message: 'references is empty: it must name at least one sender,identifier,sent triplet',
    };
  const refs: CapReference[] = [];
  for (const [i, triplet] of triplets.entries()) {
    const fail = (why: string): ParseReferencesResult => ({
      ok: false,
      code: 'INVALID_REFERENCES',
      message: `reference ${i + 1} ${quote(triplet)} ${why}`,
    });
    const parts = triplet.split(',');
    if (parts.length !== 3)
      return fail(`has ${parts.length} comma-separated parts, not the 3 of sender,identifier,sent`);
    const [sender = '', identifier = '', sent = ''] = parts;
    if (sender === '' || FORBIDDEN_ID_CHARS.test(sender))
      return fail('has an empty sender or one with < or &');
    if (identifier === '' || FORBIDDEN_ID_CHARS.test(identifier))
      return fail('has an empty identifier or one with < or &');
    if (capInstant(sent) === null) return fail(`has a sent time that ${dateProblem(sent)}`);
    refs.push({ sender, identifier, sent });
  }
  return { ok: true, refs };
}

/** The key a message is known by: its sender and identifier (CAP makes identifiers unique per sender). */
export const referenceKey = (r: { readonly sender: string; readonly identifier: string }): string =>
  `${r.sender}\u0000${r.identifier}`;

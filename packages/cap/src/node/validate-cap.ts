import type { CapAlert } from '../model.ts';
import { readCap } from '../read.ts';
import { hasError, type Finding } from '../validate/finding.ts';
import { validateSemantics, type ValidateSemanticsOptions } from '../validate/validate-semantics.ts';
import { validateXsd } from './validate-xsd.ts';

export interface CapValidation {
  /** No finding of level error. */
  readonly valid: boolean;
  /** The message as read; null when it could not be read. */
  readonly alert: CapAlert | null;
  readonly findings: readonly Finding[];
}

/**
 * A message checked whole: read (a message that cannot be read is one error, with the reader's code —
 * `XML_MALFORMED`, `XML_DOCTYPE_FORBIDDEN`, `CAP_VERSION_UNSUPPORTED` …), then against the CAP 1.2 XSD, then
 * the semantic rules and the city profile when it applies. The XSD runs only on a message the reader took:
 * on anything else it could only repeat, less clearly, why it was refused.
 *
 * @example
 * const { valid, findings } = await validateCap(xml, { profile: { code: PACTESUR_PROFILE_CODE, languages: ['fr-FR', 'en-GB', 'it-IT'] } });
 */
export async function validateCap(
  xml: string | Uint8Array,
  options: ValidateSemanticsOptions = {},
): Promise<CapValidation> {
  const read = readCap(xml);
  if (!read.ok) {
    const findings: Finding[] = [
      { code: read.code, level: 'error', path: read.path ?? 'alert', message: read.message },
    ];
    return { valid: false, alert: null, findings };
  }
  // The reader took it, so it is UTF-8 within the size limit: decoding it again cannot fail.
  const text = typeof xml === 'string' ? xml : new TextDecoder().decode(xml);
  const findings = [...(await validateXsd(text)), ...validateSemantics(read.alert, options)];
  return { valid: !hasError(findings), alert: read.alert, findings };
}

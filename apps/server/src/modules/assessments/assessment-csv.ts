import type { Assessment, Locale } from '@pactesur/contracts';
import { ownEntry } from '../../exports/report-i18n.ts';
import { csvField } from '../../services/audit-service.ts';
import { ASSESSMENT_REPORT_TEXT } from './assessment-report-text.ts';

/** The register's columns, in the order of the file. */
const COLUMNS = [
  'threat',
  'when',
  'likelihood',
  'impact',
  'risk',
  'band',
  'existingMeasures',
  'proposedMeasures',
  'residualRisk',
  'residualBand',
  'owner',
  'dueDate',
] as const;

/**
 * The risk register as CSV, in the reader's language: a header row, then one row per register row in the
 * register's order (highest risk first). Threats, occasions and bands are words of `locale`; the existing
 * measures (their descriptions) and the proposed measures (their titles) are joined with "; "; numbers and
 * the due date (`YYYY-MM-DD`) stay as a spreadsheet reads them. Every text field goes through `csvField`,
 * which quotes it and defuses a leading `=`, `+`, `-` or `@`: a measure's title is never run as a formula.
 */
export function registerCsv(assessment: Assessment, locale: Locale): string {
  const text = ASSESSMENT_REPORT_TEXT[locale];
  const word = (table: Readonly<Record<string, string>>, id: string) => ownEntry(table, id) ?? id;
  const titles = new Map(assessment.content.measures.map((m) => [m.id, m.title]));
  const lines = [COLUMNS.map((c) => csvField(text.registerColumns[c])).join(',')];
  for (const r of assessment.register) {
    const cells: Record<(typeof COLUMNS)[number], string> = {
      threat: word(text.threats, r.threat),
      when: word(text.occasions, r.when),
      likelihood: String(r.likelihood),
      impact: String(r.impact),
      risk: String(r.risk),
      band: word(text.bands, r.band),
      existingMeasures: r.existingMeasures.join('; '),
      proposedMeasures: r.proposedMeasures.map((id) => titles.get(id) ?? id).join('; '),
      residualRisk: String(r.residualRisk),
      residualBand: word(text.bands, r.residualBand),
      owner: r.owner,
      dueDate: r.dueDate ?? '',
    };
    lines.push(COLUMNS.map((c) => csvField(cells[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

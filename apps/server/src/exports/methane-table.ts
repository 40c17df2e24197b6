import type { Methane } from '@pactesur/contracts';
import { table, type Doc } from './pdf-layout.ts';
import type { SensitiveReportText } from './sensitive-report-text.ts';

/** The fields of an M/ETHANE report after the declaration of a major incident, in the order JESIP says them. */
const FIELDS = [
  'exactLocation',
  'type',
  'hazards',
  'access',
  'casualties',
  'services',
] as const satisfies readonly (keyof Methane)[];

/**
 * An M/ETHANE report as a table of its fields in the reader's words: whether a major incident is declared
 * always, the other fields when they are filled in.
 */
export function methaneTable(doc: Doc, words: SensitiveReportText, m: Methane): void {
  const filled = FIELDS.filter((f) => m[f].trim() !== '');
  doc.moveDown(0.2);
  table(
    doc,
    [
      { width: 130, align: 'left' },
      { width: 365, align: 'left' },
    ],
    ['M/ETHANE', ''],
    [[words.methane.major, m.major ? words.yes : words.no], ...filled.map((f) => [words.methane[f], m[f]])],
    { repeatHeader: false },
  );
}

import type { EventRecord, Locale } from '@pactesur/contracts';
import { fill, ownEntry } from '../../exports/report-i18n.ts';
import { csvField } from '../../services/audit-service.ts';
import { EVENT_REPORT_TEXT } from './event-report-text.ts';

/** The file's columns, in order. */
const COLUMNS = ['kind', 'item', 'value', 'unit', 'formula', 'source', 'remark'] as const;
type Row = Record<(typeof COLUMNS)[number], string>;

/**
 * The plan's capacity and egress calculations as CSV, in the reader's language: a header row, then one row
 * per figure in the calculations' order (its name in `locale`, its value as a spreadsheet reads it — empty
 * when it is not computed — its unit, the formula with the numbers put in, and the source of its constants),
 * one row per route (its flow per metre per minute and its Fruin level of service), and one row per warning
 * (the feature it is about and what is wrong, in `locale`). Every text field goes through `csvField`, which
 * quotes it and defuses a leading `=`, `+`, `-` or `@`: a feature's name is never run as a formula.
 */
export function eventCalculationsCsv(event: EventRecord, locale: Locale): string {
  const text = EVENT_REPORT_TEXT[locale];
  const word = (table: Readonly<Record<string, string>>, id: string) => ownEntry(table, id) ?? id;
  const names = new Map(event.plan.features.map((f) => [f.id, f.name.trim() === '' ? f.id : f.name]));
  const featureName = (id: string) => names.get(id) ?? id;
  const calc = event.calculations;
  const rows: Row[] = [
    ...calc.figures.map((f) => ({
      kind: text.csvKinds.figure,
      item: word(text.figures, f.key),
      value: f.value === null ? '' : String(f.value),
      unit: word(text.units, f.unit),
      formula: f.formula,
      source: f.source,
      remark: f.value === null ? text.notComputed : '',
    })),
    ...calc.routes.map((r) => ({
      kind: text.csvKinds.route,
      item: r.name.trim() === '' ? featureName(r.id) : r.name,
      value: String(r.flowPerMPerMin),
      unit: text.csvRouteUnit,
      formula: r.formula,
      source: text.fruinSource,
      remark: fill(text.fruinLevel, { level: r.level, meaning: text.fruin[r.level] }),
    })),
    ...calc.warnings.map((w) => {
      const feature = w.featureId === null ? '' : featureName(w.featureId);
      const words = ownEntry(text.warningCodes, w.code);
      return {
        kind: text.csvKinds.warning,
        item: feature,
        value: '',
        unit: '',
        formula: '',
        source: '',
        remark: words === undefined ? w.message : fill(words, { feature }),
      };
    }),
  ];
  const lines = [COLUMNS.map((c) => csvField(text.csvColumns[c])).join(',')];
  for (const row of rows) lines.push(COLUMNS.map((c) => csvField(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

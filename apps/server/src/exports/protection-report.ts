import type { Locale, PlanMeasure, PlanResult, ProtectionPlan } from '@pactesur/contracts';
import type { MapLayers } from '@pactesur/site';
import { DEFAULT_VEHICLE_CLASSES } from '@pactesur/vehicle';
import PDFDocument from 'pdfkit';
import { billOfQuantities } from './protection-export.ts';
import { classNameIn, fill, measureNameIn, ownEntry, planReasonIn, REPORT_TEXT, type ReportText } from './report-i18n.ts';
import { pdfText } from './pdf-text.ts';
import { MEASURE_COLOURS } from './report-colours.ts';
import { drawReportMap } from './report-map.ts';

export { pdfText } from './pdf-text.ts';
export { MEASURE_COLOURS, measureColour } from './report-colours.ts';

/** What the report is about: the plan, its result and the name of its site; the site's map and the reader's language. */
export interface ReportInput {
  readonly plan: ProtectionPlan;
  readonly result: PlanResult;
  readonly siteName: string;
  /** The site's map layers (streets, buildings, squares …) drawn under the plan; none gives a plain map. */
  readonly layers?: MapLayers | null;
  readonly locale?: Locale;
}

const PAGE = { width: 595.28, height: 841.89, margin: 50 } as const;
const INNER = PAGE.width - 2 * PAGE.margin;
const BOTTOM = PAGE.height - PAGE.margin;

/** The words, numbers and money of one report, in its reader's language. */
interface Say {
  readonly locale: Locale;
  readonly text: ReportText;
  readonly number: (v: number, digits?: number) => string;
  readonly eur: (v: number) => string;
  readonly yesNo: (v: boolean) => string;
}

function sayIn(locale: Locale): Say {
  const text = REPORT_TEXT[locale];
  const tag = locale === 'en' ? 'en-GB' : locale;
  return {
    locale,
    text,
    number: (v, digits = 0) => v.toLocaleString(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    eur: (v) => `${Math.round(v).toLocaleString(tag)} €`,
    yesNo: (v) => (v ? text.yes : text.no),
  };
}

/**
 * The protection plan as a PDF report (A4) in the reader's language: title, site, date and design basis; a
 * map drawn as vectors over the site's own map (streets, squares, buildings, water, green, with street
 * names placed so that no two labels overlap), the zone's outline and each measure's line coloured by what
 * it is, with a legend and the OpenStreetMap attribution; the table of measures; the totals; and the
 * verification.
 */
export function planReportPdf(input: ReportInput): Promise<Uint8Array<ArrayBuffer>> {
  const say = sayIn(input.locale ?? 'en');
  const doc = new PDFDocument({ size: 'A4', margin: PAGE.margin, info: { Title: pdfText(fill(say.text.title, { name: input.plan.name })), Creator: 'Pactesur' } });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  header(doc, input, say);
  map(doc, input, say);
  if (input.result.feasible) {
    measuresTable(doc, input.result.measures, say);
    totals(doc, input.result, say);
    verification(doc, input.result, say);
  } else {
    section(doc, say.text.noPlan);
    line(doc, planReasonIn(say.locale, input.result.reason, input.result.constraint));
    const constraint = ownEntry(say.text.constraints, input.result.constraint);
    if (constraint) line(doc, fill(say.text.constraint, { constraint }));
  }
  doc.end();
  return done;
}

type Doc = PDFKit.PDFDocument;

function line(doc: Doc, text: string, options: { size?: number; bold?: boolean; colour?: string } = {}): void {
  doc
    .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(options.size ?? 10)
    .fillColor(options.colour ?? 'black')
    .text(pdfText(text), PAGE.margin, doc.y, { width: INNER });
}

function section(doc: Doc, title: string): void {
  if (doc.y > BOTTOM - 80) doc.addPage();
  doc.moveDown(0.8);
  line(doc, title, { size: 13, bold: true });
  doc.moveDown(0.3);
}

function header(doc: Doc, { plan, result, siteName }: ReportInput, say: Say): void {
  const { text } = say;
  line(doc, fill(text.title, { name: plan.name }), { size: 18, bold: true });
  doc.moveDown(0.3);
  if (siteName) line(doc, fill(text.site, { site: siteName }));
  const date = new Intl.DateTimeFormat(say.locale === 'en' ? 'en-GB' : say.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(plan.createdAt));
  line(doc, fill(text.date, { date: `${date} UTC` }));
  if (plan.parentId) line(doc, text.scenario, { size: 8, colour: '#555555' });
  section(doc, text.designBasis);
  const names = plan.classIds.map((id) => {
    const c = DEFAULT_VEHICLE_CLASSES.find((k) => k.id === id);
    return c ? `${classNameIn(say.locale, id)} (${say.number(c.massKg)} kg)` : id;
  });
  const r = plan.request;
  line(doc, fill(text.classes, { classes: names.join(', ') }));
  line(doc, r.catalogue ? fill(text.catalogueOwn, { count: r.catalogue.length }) : text.catalogueDefault);
  line(doc, fill(text.stationsPlaced, { count: r.stations.length }));
  if (r.osmStations) line(doc, text.stationsFromMap);
  if (result.feasible) {
    if (r.osmStations && r.stations.length === 0 && result.stations.length === 0) line(doc, text.stationsNoneFound, { bold: true });
    else line(doc, fill(text.stationsKept, { count: result.stations.length }));
  }
  line(doc, fill(text.edits, { locked: r.locked.length, forbidden: r.forbidden.length }));
  line(doc, fill(text.budget, { budget: r.budgetEur === undefined ? text.none : say.eur(r.budgetEur) }));
}

/** The map: the site's own map under the zone and the measures, fitted into a box under the header. */
function map(doc: Doc, { plan, result, layers }: ReportInput, say: Say): void {
  if (doc.y + 360 > BOTTOM) doc.addPage();
  section(doc, say.text.map);
  const box = { x: PAGE.margin, y: doc.y, w: INNER, h: 300 };
  const legendY = drawReportMap(doc, box, { zone: plan.zone, result, layers: layers ?? null, text: say.text });
  doc.x = PAGE.margin;
  doc.y = legendY;
}

const COLUMN_LAYOUT = [
  { width: 18, align: 'right' },
  { width: 170, align: 'left' },
  { width: 95, align: 'left' },
  { width: 40, align: 'right' },
  { width: 30, align: 'right' },
  { width: 55, align: 'right' },
  { width: 45, align: 'right' },
  { width: 37, align: 'right' },
] as const;

function row(doc: Doc, cells: readonly string[], bold = false): void {
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8).fillColor('black');
  const heights = cells.map((c, i) => doc.heightOfString(pdfText(c), { width: (COLUMN_LAYOUT[i]?.width ?? 40) - 4 }));
  const h = Math.max(...heights) + 4;
  if (doc.y + h > BOTTOM) doc.addPage();
  const y = doc.y;
  let x = PAGE.margin;
  for (const [i, c] of cells.entries()) {
    const col = COLUMN_LAYOUT[i];
    if (!col) continue;
    doc.text(pdfText(c), x + 2, y + 2, { width: col.width - 4, align: col.align });
    x += col.width;
  }
  doc.save().lineWidth(0.3).strokeColor('#bbbbbb').moveTo(PAGE.margin, y + h).lineTo(PAGE.margin + INNER, y + h).stroke().restore();
  doc.x = PAGE.margin;
  doc.y = y + h;
}

function measuresTable(doc: Doc, measures: readonly PlanMeasure[], say: Say): void {
  const { text } = say;
  section(doc, fill(text.measures, { count: measures.length }));
  row(doc, text.columns, true);
  for (const [i, m] of measures.entries()) {
    const flags = [m.locked ? text.locked : null, m.accessibleGap ? text.accessibleGap : null].filter(Boolean).join(', ');
    row(doc, [
      String(i + 1),
      `${measureNameIn(say.locale, m)}${flags ? ` (${flags})` : ''}`,
      m.rating ?? text.notRated,
      say.number(m.widthM, 1),
      say.number(m.units),
      say.eur(m.costEur),
      say.eur(m.maintenancePerYearEur),
      say.yesNo(m.openable),
    ]);
  }
}

function totals(doc: Doc, result: Extract<PlanResult, { feasible: true }>, say: Say): void {
  const { text } = say;
  section(doc, text.totals);
  for (const q of billOfQuantities(result.measures))
    line(doc, text.bill({ name: measureNameIn(say.locale, q), lines: q.lines, units: q.units, width: say.number(q.widthM, 1), cost: say.eur(q.installEur) }), { size: 9 });
  doc.moveDown(0.3);
  line(doc, fill(text.installation, { cost: say.eur(result.totalCostEur) }), { bold: true });
  line(doc, fill(text.maintenance, { cost: say.eur(result.maintenancePerYearEur) }), { bold: true });
  const solved = result.optimal
    ? fill(text.solvedOptimal, { seconds: say.number(result.solveS, 1), lines: result.size.lines })
    : fill(text.solvedLimit, { gap: result.gap === null ? text.gapUnknown : `${say.number(result.gap * 100, 1)} %`, seconds: say.number(result.solveS, 1), lines: result.size.lines });
  line(doc, solved, { size: 8, colour: '#555555' });
}

function verification(doc: Doc, result: Extract<PlanResult, { feasible: true }>, say: Say): void {
  const { text } = say;
  const v = result.verification;
  section(doc, text.verification);
  line(doc, fill(text.passed, { value: say.yesNo(v.passed) }), { bold: true, colour: v.passed ? MEASURE_COLOURS.openable : MEASURE_COLOURS.fixed });
  line(doc, fill(text.unstoppedApproaches, { count: v.unstoppedApproaches }));
  line(doc, fill(text.emergencyOpen, { value: say.yesNo(v.emergencyRoutesOpen), count: v.stationsChecked }));
  line(doc, fill(text.pedestrianPermeable, { value: say.yesNo(v.pedestrianLinesPermeable) }));
  line(doc, fill(text.exposure, { after: say.number(result.exposure.afterKJ), before: say.number(result.exposure.beforeKJ) }));
  if (result.unreached.length > 0) line(doc, fill(text.unreached, { classes: result.unreached.map((id) => classNameIn(say.locale, id)).join(', ') }));
  doc.moveDown(0.5);
  line(doc, text.disclaimer, { size: 8, colour: '#555555' });
}

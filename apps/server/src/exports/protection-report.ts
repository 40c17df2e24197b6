import type { Locale, PlanMeasure, PlanResult, ProtectionPlan } from '@pactesur/contracts';
import type { MapLayers } from '@pactesur/site';
import { DEFAULT_VEHICLE_CLASSES } from '@pactesur/vehicle';
import { billOfQuantities } from './protection-export.ts';
import { classNameIn, fill, measureNameIn, ownEntry, planReasonIn, REPORT_TEXT, type ReportText } from './report-i18n.ts';
import { MEASURE_COLOURS } from './report-colours.ts';
import { drawReportMap } from './report-map.ts';
import { BOTTOM, formatsIn, GREY, INNER, line, PAGE, renderPdf, section, table, title, type Column, type Doc, type Formats } from './pdf-layout.ts';

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

/** The words, numbers and money of one report, in its reader's language. */
interface Say extends Formats {
  readonly text: ReportText;
  readonly yesNo: (v: boolean) => string;
}

function sayIn(locale: Locale): Say {
  const text = REPORT_TEXT[locale];
  return { ...formatsIn(locale), text, yesNo: (v) => (v ? text.yes : text.no) };
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
  return renderPdf({ title: fill(say.text.title, { name: input.plan.name }) }, (doc) => {
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
  });
}

function header(doc: Doc, { plan, result, siteName }: ReportInput, say: Say): void {
  const { text } = say;
  title(doc, fill(text.title, { name: plan.name }));
  if (siteName) line(doc, fill(text.site, { site: siteName }));
  line(doc, fill(text.date, { date: `${say.dateTime(plan.createdAt)} UTC` }));
  if (plan.parentId) line(doc, text.scenario, { size: 8, colour: GREY });
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

/** Eight columns share the width: the cells keep a narrow padding. */
const MEASURE_COLUMNS: readonly Column[] = [
  { width: 18, align: 'right' }, { width: 170, align: 'left' }, { width: 95, align: 'left' }, // number, measure, rating
  { width: 40, align: 'right' }, { width: 30, align: 'right' }, // width, units
  { width: 55, align: 'right' }, { width: 45, align: 'right' }, { width: 37, align: 'right' }, // cost, upkeep, opens
];

function measuresTable(doc: Doc, measures: readonly PlanMeasure[], say: Say): void {
  const { text } = say;
  section(doc, fill(text.measures, { count: measures.length }));
  const rows = measures.map((m, i) => {
    const flags = [m.locked ? text.locked : null, m.accessibleGap ? text.accessibleGap : null].filter(Boolean).join(', ');
    return [
      String(i + 1),
      `${measureNameIn(say.locale, m)}${flags ? ` (${flags})` : ''}`,
      m.rating ?? text.notRated,
      say.number(m.widthM, 1),
      say.number(m.units),
      say.eur(m.costEur),
      say.eur(m.maintenancePerYearEur),
      say.yesNo(m.openable),
    ];
  });
  table(doc, MEASURE_COLUMNS, text.columns, rows, { pad: 2, repeatHeader: false });
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
  line(doc, solved, { size: 8, colour: GREY });
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
  line(doc, text.disclaimer, { size: 8, colour: GREY });
}

import type { PlanMeasure, PlanResult, ProtectionPlan } from '@pactesur/contracts';
import { DEFAULT_VEHICLE_CLASSES } from '@pactesur/vehicle';
import PDFDocument from 'pdfkit';
import { billOfQuantities } from './protection-export.ts';
import { OSM_ATTRIBUTION } from './threat-export.ts';

/** What the report is about: the plan, its result and the name of its site. */
export interface ReportInput {
  readonly plan: ProtectionPlan;
  readonly result: PlanResult;
  readonly siteName: string;
}

const PAGE = { width: 595.28, height: 841.89, margin: 50 } as const;
const INNER = PAGE.width - 2 * PAGE.margin;
const BOTTOM = PAGE.height - PAGE.margin;
/** Colours of the map: a measure that opens for emergency vehicles, one that does not, a speed-reduction layout. */
export const MEASURE_COLOURS = { openable: '#1b7f3b', fixed: '#c0262d', layout: '#1f5fbf' } as const;
const ZONE_COLOUR = '#5b6470';

/** Characters the standard PDF fonts (WinAnsi) can show beyond Latin-1. */
const WIN_ANSI_EXTRA = new Set([402, 8211, 8212, 8216, 8217, 8218, 8220, 8221, 8222, 8224, 8225, 8226, 8230, 8364, 8240, 8249, 8250, 710, 8482, 338, 339, 732, 352, 353, 376, 381, 382]);

/** Letters with a stroke, which do not decompose: their plain letter. */
const STROKED: Readonly<Record<string, string>> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ŧ: 't', Ŧ: 'T' };

/** Text the standard fonts can show: accents kept where WinAnsi has them, else dropped, anything else '?'. */
export function pdfText(text: string): string {
  const shown = (c: string) => {
    const code = c.codePointAt(0) ?? 0;
    return (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(code);
  };
  let out = '';
  for (const c of text) {
    if (shown(c)) out += c;
    else if (c === '\n' || c === '\t') out += ' ';
    else {
      const base = STROKED[c] ?? [...c.normalize('NFD')].filter(shown).join('');
      out += base || '?';
    }
  }
  return out;
}

const eur = (v: number) => `${Math.round(v).toLocaleString('en-GB')} €`;
const yesNo = (v: boolean) => (v ? 'yes' : 'no');

/** The colour class of a measure: a layout alone, a product that opens, or a fixed one. */
export function measureColour(m: Pick<PlanMeasure, 'rating' | 'openable'>): keyof typeof MEASURE_COLOURS {
  if (m.rating === null) return 'layout';
  return m.openable ? 'openable' : 'fixed';
}

/**
 * The protection plan as a PDF report (A4): title, site, date and design basis; a map drawn as vectors (the
 * zone's outline and each measure's line coloured by what it is, scaled to fit, with a legend and the
 * OpenStreetMap attribution); the table of measures; the totals; and the verification.
 */
export function planReportPdf(input: ReportInput): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new PDFDocument({ size: 'A4', margin: PAGE.margin, info: { Title: pdfText(`Protection plan: ${input.plan.name}`), Creator: 'Pactesur' } });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  header(doc, input);
  map(doc, input);
  if (input.result.feasible) {
    measuresTable(doc, input.result.measures);
    totals(doc, input.result);
    verification(doc, input.result);
  } else {
    section(doc, 'No plan');
    line(doc, `No plan meets every requirement: ${input.result.reason}`);
    line(doc, `Constraint: ${input.result.constraint}`);
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

function header(doc: Doc, { plan, result, siteName }: ReportInput): void {
  line(doc, `Protection plan: ${plan.name}`, { size: 18, bold: true });
  doc.moveDown(0.3);
  line(doc, `Site: ${siteName || plan.siteId}`);
  line(doc, `Date: ${plan.createdAt.slice(0, 16).replace('T', ' ')} UTC`);
  line(doc, `Plan ${plan.id}${plan.parentId ? `, re-optimised from plan ${plan.parentId}` : ''}`, { size: 8, colour: '#555555' });
  section(doc, 'Design basis');
  const names = plan.classIds.map((id) => {
    const c = DEFAULT_VEHICLE_CLASSES.find((k) => k.id === id);
    return c ? `${c.name} (${c.massKg.toLocaleString('en-GB')} kg)` : id;
  });
  const r = plan.request;
  line(doc, `Vehicle classes: ${names.join(', ')}`);
  line(doc, `Catalogue: ${r.catalogue ? `the organisation's own (${r.catalogue.length} products)` : 'planning defaults (HVM.md §5), to be replaced by local tenders'}`);
  const stations = result.feasible ? `${result.stations.length} kept reachable` : `${r.stations.length} given`;
  line(doc, `Emergency stations: ${r.osmStations ? 'from the map data and ' : ''}${r.stations.length} placed by hand; ${stations}`);
  line(doc, `Locked lines: ${r.locked.length}; places where no barrier may go: ${r.forbidden.length}`);
  line(doc, `Budget: ${r.budgetEur === undefined ? 'none' : eur(r.budgetEur)}`);
}

/** The map: zone outline and measure lines, in local metres, fitted into a box under the header. */
function map(doc: Doc, { plan, result }: ReportInput): void {
  if (doc.y + 360 > BOTTOM) doc.addPage();
  section(doc, 'Map');
  const box = { x: PAGE.margin, y: doc.y, w: INNER, h: 280 };
  const measures = result.feasible ? result.measures : [];
  const unstopped = result.feasible ? result.verification.unstopped : [];
  const points: (readonly [number, number])[] = [...(plan.zone.coordinates[0] ?? []), ...measures.flatMap((m) => m.line), ...unstopped.map((u) => u.at)];
  const lat0 = points.reduce((s, p) => s + p[1], 0) / Math.max(1, points.length);
  const k = Math.cos((lat0 * Math.PI) / 180);
  const xs = points.map((p) => p[0] * k);
  const ys = points.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pad = 12;
  const scale = Math.min((box.w - 2 * pad) / Math.max(maxX - minX, 1e-9), (box.h - 2 * pad) / Math.max(maxY - minY, 1e-9));
  const ox = box.x + (box.w - (maxX - minX) * scale) / 2;
  const oy = box.y + (box.h - (maxY - minY) * scale) / 2;
  const at = (p: readonly [number, number]): [number, number] => [ox + (p[0] * k - minX) * scale, oy + (maxY - p[1]) * scale];

  doc.save().lineWidth(0.5).strokeColor('#999999').rect(box.x, box.y, box.w, box.h).stroke().restore();
  for (const ring of plan.zone.coordinates) {
    const [first, ...rest] = ring;
    if (!first) continue;
    doc.moveTo(...at(first));
    for (const p of rest) doc.lineTo(...at(p));
    doc.closePath();
  }
  doc.save().lineWidth(1.2).fillOpacity(0.12).fillAndStroke(ZONE_COLOUR, ZONE_COLOUR).restore();
  for (const [i, m] of measures.entries()) {
    const colour = MEASURE_COLOURS[measureColour(m)];
    doc.save().lineWidth(3).strokeColor(colour);
    doc.moveTo(...at(m.line[0])).lineTo(...at(m.line[1])).stroke();
    doc.restore();
    // The measure's number in the table, beside its line.
    const [x, y] = at(m.line[1]);
    doc.font('Helvetica-Bold').fontSize(7).fillColor(colour).text(String(i + 1), x + 3, y - 3, { lineBreak: false });
  }
  for (const s of result.feasible ? result.stations : []) {
    const [x, y] = at(s.at);
    if (x < box.x || x > box.x + box.w || y < box.y || y > box.y + box.h) continue;
    doc.save().lineWidth(0.8).strokeColor('black').fillColor('#f2b705').rect(x - 3, y - 3, 6, 6).fillAndStroke().restore();
  }
  for (const u of unstopped) {
    const [x, y] = at(u.at);
    doc.save().lineWidth(1).strokeColor('black').moveTo(x - 3, y - 3).lineTo(x + 3, y + 3).moveTo(x - 3, y + 3).lineTo(x + 3, y - 3).stroke().restore();
  }
  // Scale bar: a round length near a fifth of the box.
  const metresPerPt = 111_320 / scale;
  const target = (box.w / 5) * metresPerPt;
  const bar = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000].reduce((best, v) => (Math.abs(v - target) < Math.abs(best - target) ? v : best), 1);
  const barPt = bar / metresPerPt;
  const by = box.y + box.h - 10;
  doc.save().lineWidth(1.5).strokeColor('black').moveTo(box.x + 10, by).lineTo(box.x + 10 + barPt, by).stroke().restore();
  doc.font('Helvetica').fontSize(7).fillColor('black').text(`${bar} m`, box.x + 14 + barPt, by - 4, { lineBreak: false });

  // Legend and attribution under the box.
  let x = box.x;
  const ly = box.y + box.h + 8;
  const legend: [string, string][] = [
    [ZONE_COLOUR, 'protected zone'],
    [MEASURE_COLOURS.fixed, 'fixed barrier'],
    [MEASURE_COLOURS.openable, 'barrier that opens (emergency access)'],
    [MEASURE_COLOURS.layout, 'speed-reduction layout'],
  ];
  if (unstopped.length > 0) legend.push(['black', 'x: approach still reached']);
  doc.font('Helvetica').fontSize(8);
  for (const [colour, label] of legend) {
    doc.save().lineWidth(3).strokeColor(colour).moveTo(x, ly + 4).lineTo(x + 14, ly + 4).stroke().restore();
    doc.fillColor('black').text(label, x + 18, ly, { lineBreak: false });
    x += 18 + doc.widthOfString(label) + 14;
  }
  doc.fontSize(7).fillColor('#555555').text(pdfText(OSM_ATTRIBUTION), box.x, ly + 14, { width: box.w, align: 'right' });
  doc.x = PAGE.margin;
  doc.y = ly + 26;
}

const COLUMNS = [
  { title: '#', width: 18, align: 'right' },
  { title: 'Measure', width: 170, align: 'left' },
  { title: 'Rating', width: 95, align: 'left' },
  { title: 'Width m', width: 40, align: 'right' },
  { title: 'Units', width: 30, align: 'right' },
  { title: 'Cost', width: 55, align: 'right' },
  { title: 'Maint./yr', width: 45, align: 'right' },
  { title: 'Opens', width: 37, align: 'right' },
] as const;

function row(doc: Doc, cells: readonly string[], bold = false): void {
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8).fillColor('black');
  const heights = cells.map((c, i) => doc.heightOfString(pdfText(c), { width: (COLUMNS[i]?.width ?? 40) - 4 }));
  const h = Math.max(...heights) + 4;
  if (doc.y + h > BOTTOM) doc.addPage();
  const y = doc.y;
  let x = PAGE.margin;
  for (const [i, c] of cells.entries()) {
    const col = COLUMNS[i];
    if (!col) continue;
    doc.text(pdfText(c), x + 2, y + 2, { width: col.width - 4, align: col.align });
    x += col.width;
  }
  doc.save().lineWidth(0.3).strokeColor('#bbbbbb').moveTo(PAGE.margin, y + h).lineTo(PAGE.margin + INNER, y + h).stroke().restore();
  doc.x = PAGE.margin;
  doc.y = y + h;
}

function measuresTable(doc: Doc, measures: readonly PlanMeasure[]): void {
  section(doc, `Measures (${measures.length})`);
  row(doc, COLUMNS.map((c) => c.title), true);
  for (const [i, m] of measures.entries()) {
    const flags = [m.locked ? 'locked' : null, m.accessibleGap ? 'accessible gap' : null].filter(Boolean).join(', ');
    row(doc, [
      String(i + 1),
      `${m.name}${flags ? ` (${flags})` : ''}`,
      m.rating ?? 'layout, not rated',
      m.widthM.toFixed(1),
      String(m.units),
      eur(m.costEur),
      eur(m.maintenancePerYearEur),
      yesNo(m.openable),
    ]);
  }
}

function totals(doc: Doc, result: Extract<PlanResult, { feasible: true }>): void {
  section(doc, 'Totals');
  for (const q of billOfQuantities(result.measures))
    line(doc, `${q.name}: ${q.lines} line${q.lines === 1 ? '' : 's'}, ${q.units} unit${q.units === 1 ? '' : 's'}, ${q.widthM} m, ${eur(q.installEur)}`, { size: 9 });
  doc.moveDown(0.3);
  line(doc, `Installation: ${eur(result.totalCostEur)}`, { bold: true });
  line(doc, `Maintenance: ${eur(result.maintenancePerYearEur)} per year`, { bold: true });
  line(doc, `Solved ${result.optimal ? 'to optimality' : `within the time limit (gap ${result.gap === null ? 'unknown' : `${(result.gap * 100).toFixed(1)} %`})`} in ${result.solveS} s; ${result.size.lines} candidate lines.`, { size: 8, colour: '#555555' });
}

function verification(doc: Doc, result: Extract<PlanResult, { feasible: true }>): void {
  const v = result.verification;
  section(doc, 'Verification');
  line(doc, `Passed: ${yesNo(v.passed)}`, { bold: true, colour: v.passed ? MEASURE_COLOURS.openable : MEASURE_COLOURS.fixed });
  line(doc, `Unstopped approaches: ${v.unstoppedApproaches}`);
  line(doc, `Emergency routes open: ${yesNo(v.emergencyRoutesOpen)} (${v.stationsChecked} station${v.stationsChecked === 1 ? '' : 's'} checked)`);
  line(doc, `Pedestrian lines permeable: ${yesNo(v.pedestrianLinesPermeable)}`);
  line(doc, `Residual exposure: ${result.exposure.afterKJ.toLocaleString('en-GB')} kJ (before: ${result.exposure.beforeKJ.toLocaleString('en-GB')} kJ)`);
  if (result.unreached.length > 0) line(doc, `Classes that cannot reach the zone: ${result.unreached.join(', ')}`);
  doc.moveDown(0.5);
  line(doc, 'The verification runs the vehicle analysis again with the plan in place; it is not a substitute for an engineer\'s design.', { size: 8, colour: '#555555' });
}

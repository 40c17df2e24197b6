import { bandOf } from '@pactesur/assessment';
import {
  CARVER_CRITERIA,
  type Assessment,
  type Indicator,
  type Locale,
  type RiskBand,
} from '@pactesur/contracts';
import {
  BOTTOM,
  formatsIn,
  GREY,
  line,
  PAGE,
  renderPdf,
  section,
  stampPages,
  table,
  title,
  type Doc,
  type Formats,
} from '../../exports/pdf-layout.ts';
import { pdfText } from '../../exports/pdf-text.ts';
import { fill, ownEntry } from '../../exports/report-i18n.ts';
import { ASSESSMENT_REPORT_TEXT, type AssessmentReportText } from './assessment-report-text.ts';

/** What the report is about (the assessment, everything already computed in it), who exports it, when, and in which language. */
export interface AssessmentReportInput {
  readonly assessment: Assessment;
  readonly reader: { readonly name: string; readonly orgName: string };
  readonly at: Date;
  readonly locale: Locale;
}

/** Cell colours of the heat map, by band. */
export const BAND_COLOURS: Readonly<Record<RiskBand, string>> = {
  low: '#4caf50',
  medium: '#ffd600',
  high: '#fb8c00',
  'very-high': '#d32f2f',
};

/** The words, numbers, money and dates of one report, in its reader's language. */
interface Say extends Formats {
  readonly text: AssessmentReportText;
  /** A word from one of the text's tables, or the id itself when the table does not know it. */
  readonly name: (table: Readonly<Record<string, string>>, id: string) => string;
}

function sayIn(locale: Locale): Say {
  return {
    ...formatsIn(locale),
    text: ASSESSMENT_REPORT_TEXT[locale],
    name: (table, id) => ownEntry(table, id) ?? id,
  };
}

/**
 * The assessment as a PDF report (A4) in the reader's language: its header, scope, team, existing measures,
 * computed indicators, the 5×5 risk matrix as a heat map, the risk register, the proposed measures ranked,
 * CARVER + Shock, Martyn's Law, the comments and the list of photos. Every page carries a large diagonal
 * "confidential" and, at its foot, who exported it and when: a copy that leaks names its reader.
 */
export function assessmentReportPdf(input: AssessmentReportInput): Promise<Uint8Array<ArrayBuffer>> {
  const say = sayIn(input.locale);
  const { assessment } = input;
  return renderPdf({ title: fill(say.text.title, { title: assessment.title }), bufferPages: true }, (doc) => {
    const sections = [
      header,
      scope,
      team,
      existingMeasures,
      indicators,
      heatMap,
      register,
      rankedMeasures,
      alternatives,
      comments,
      photos,
    ];
    for (const draw of sections) draw(doc, assessment, say);
    watermark(doc, input, say);
  });
}

function header(doc: Doc, a: Assessment, say: Say): void {
  const { text } = say;
  title(doc, fill(text.title, { title: a.title }));
  line(doc, fill(text.site, { site: a.siteName }));
  line(doc, fill(text.version, { version: a.version, status: say.name(text.status, a.status) }));
  line(doc, fill(text.owner, { org: a.ownerOrgName }));
  line(doc, fill(text.created, { date: `${say.dateTime(a.createdAt)} UTC`, name: a.createdByName }));
  line(doc, fill(text.updated, { date: `${say.dateTime(a.updatedAt)} UTC` }));
  const h = a.headline;
  doc.moveDown(0.3);
  if (h.scored === 0) line(doc, text.nothingScored, { bold: true });
  else {
    const highest =
      h.highestRisk === null
        ? '–'
        : `${h.highestRisk}${h.highestBand ? ` (${say.name(text.bands, h.highestBand)})` : ''}`;
    line(doc, fill(text.headline, { scored: h.scored, highest, total: h.totalRisk }), { bold: true });
  }
  doc.moveDown(0.3);
  line(doc, text.sensitive, { size: 8, colour: GREY });
}

function scope(doc: Doc, a: Assessment, say: Say): void {
  const { text } = say;
  const c = a.content;
  section(doc, text.scope);
  line(doc, fill(text.category, { category: say.name(text.categories, c.category) }));
  line(
    doc,
    fill(text.threatLevel, { level: c.threatLevel === null ? text.notStated : `${c.threatLevel} / 5` }),
  );
  if (c.scope.trim()) {
    doc.moveDown(0.3);
    line(doc, c.scope, { size: 9 });
  }
}

function team(doc: Doc, a: Assessment, say: Say): void {
  const { text } = say;
  section(doc, text.team);
  if (a.content.team.length === 0) return line(doc, text.noTeam, { colour: GREY });
  const c = text.teamColumns;
  table(
    doc,
    [
      { width: 170, align: 'left' },
      { width: 200, align: 'left' },
      { width: 125, align: 'left' },
    ],
    [c.name, c.organisation, c.role],
    a.content.team.map((m) => [m.name, m.organisation, say.name(text.roles, m.role)]),
  );
}

function existingMeasures(doc: Doc, a: Assessment, say: Say): void {
  const { text } = say;
  section(doc, text.existing);
  const measures = a.content.existingMeasures;
  if (measures.length === 0) return line(doc, text.noExisting, { colour: GREY });
  for (const kind of Object.keys(text.measureKinds) as (keyof AssessmentReportText['measureKinds'])[]) {
    const ofKind = measures.filter((m) => m.kind === kind);
    if (ofKind.length === 0) continue;
    doc.moveDown(0.2);
    line(doc, text.measureKinds[kind], { bold: true });
    for (const m of ofKind)
      line(doc, `• ${m.description} (${say.name(text.measureSources, m.source)})`, { size: 9 });
  }
}

/** An indicator's value with its unit: a share as a percentage, energy in kJ, people, a count. */
function valueOf(say: Say, unit: Indicator['unit'], value: number): string {
  const shown = unit === 'share' ? say.number(value * 100) : say.number(value);
  return fill(say.name(say.text.units, unit), { value: shown });
}

function indicators(doc: Doc, a: Assessment, say: Say): void {
  const { text } = say;
  section(doc, text.indicators);
  if (a.indicators.length === 0) return line(doc, text.noIndicators, { colour: GREY });
  for (const i of a.indicators) {
    doc.moveDown(0.2);
    const computed = i.value === null ? text.notComputed : valueOf(say, i.unit, i.value);
    const shown = i.override ? valueOf(say, i.unit, i.override.value) : computed;
    line(doc, `${say.name(text.indicatorNames, i.key)}: ${shown}`, { bold: true });
    if (i.stale)
      line(doc, i.staleBecause ? say.name(text.staleBecause, i.staleBecause) : text.stale, {
        size: 9,
        colour: '#c0262d',
      });
    if (i.override)
      line(
        doc,
        fill(text.override, {
          name: i.override.byName,
          date: say.dateTime(i.override.at),
          value: shown,
          computed,
          reason: i.override.reason,
        }),
        { size: 9 },
      );
    const sources = i.sources.map((s) =>
      fill(text.source, { name: s.name, kind: say.name(text.sourceKinds, s.kind), date: say.dateTime(s.at) }),
    );
    line(doc, sources.length > 0 ? fill(text.sources, { sources: sources.join('; ') }) : text.noSources, {
      size: 8,
      colour: GREY,
    });
  }
}

/** The 5×5 matrix: likelihood 1–5 upwards, impact 1–5 across, each cell coloured by its band and showing how many scenarios fall in it. */
function heatMap(doc: Doc, a: Assessment, say: Say): void {
  const { text } = say;
  const cell = { w: 56, h: 30 };
  const needed = 5 * cell.h + 90;
  if (doc.y + needed + 60 > BOTTOM) doc.addPage();
  section(doc, text.matrix);
  const counts = new Map<string, number>();
  for (const r of a.register)
    counts.set(`${r.likelihood}:${r.impact}`, (counts.get(`${r.likelihood}:${r.impact}`) ?? 0) + 1);
  const left = PAGE.margin + 70;
  const top = doc.y + 4;
  doc.lineWidth(0.5);
  for (let l = 5; l >= 1; l--)
    for (let i = 1; i <= 5; i++) {
      const x = left + (i - 1) * cell.w;
      const y = top + (5 - l) * cell.h;
      doc.rect(x, y, cell.w, cell.h).fillAndStroke(BAND_COLOURS[bandOf(l * i)], '#ffffff');
      const n = counts.get(`${l}:${i}`) ?? 0;
      // An empty cell's zero is faint: the eye goes to the cells that hold scenarios.
      doc
        .font('Helvetica-Bold')
        .fontSize(11)
        .fillColor('black', n > 0 ? 1 : 0.35);
      doc.text(String(n), x, y + cell.h / 2 - 5, { width: cell.w, align: 'center', lineBreak: false });
      doc.fillOpacity(1);
    }
  doc.font('Helvetica').fontSize(8).fillColor('black');
  for (let l = 1; l <= 5; l++)
    doc.text(String(l), left - 14, top + (5 - l) * cell.h + cell.h / 2 - 4, { lineBreak: false });
  for (let i = 1; i <= 5; i++)
    doc.text(String(i), left + (i - 1) * cell.w, top + 5 * cell.h + 3, {
      width: cell.w,
      align: 'center',
      lineBreak: false,
    });
  // The axis names: likelihood upright beside the rows, impact under the columns.
  doc.font('Helvetica-Bold').fontSize(9);
  const axisY = top + (5 * cell.h) / 2;
  doc.save().rotate(-90, { origin: [PAGE.margin + 40, axisY] });
  doc.text(pdfText(text.likelihood), PAGE.margin + 40 - 75, axisY - 5, {
    width: 150,
    align: 'center',
    lineBreak: false,
  });
  doc.restore();
  doc.text(pdfText(text.impact), left, top + 5 * cell.h + 15, {
    width: 5 * cell.w,
    align: 'center',
    lineBreak: false,
  });
  // The legend: each band's colour, name and range of R.
  const legendX = left + 5 * cell.w + 20;
  const ranges: Record<RiskBand, string> = { low: '1–4', medium: '5–9', high: '10–16', 'very-high': '20–25' };
  doc.font('Helvetica').fontSize(8);
  for (const [k, band] of (Object.keys(ranges) as RiskBand[]).entries()) {
    const y = top + k * 16;
    doc.rect(legendX, y, 10, 10).fill(BAND_COLOURS[band]);
    doc
      .fillColor('black')
      .text(pdfText(`${say.name(text.bands, band)} (R ${ranges[band]})`), legendX + 14, y + 1, {
        width: 110,
        lineBreak: false,
      });
  }
  doc.x = PAGE.margin;
  doc.y = top + 5 * cell.h + 32;
  line(doc, text.matrixNote, { size: 8, colour: GREY });
}

function register(doc: Doc, a: Assessment, say: Say): void {
  const { text } = say;
  section(doc, text.register);
  if (a.register.length === 0) return line(doc, text.nothingScored, { colour: GREY });
  const c = text.registerColumns;
  table(
    doc,
    [
      { width: 160, align: 'left' },
      { width: 85, align: 'left' }, // threat, when
      { width: 30, align: 'center' },
      { width: 30, align: 'center' },
      { width: 35, align: 'center' }, // L, I, R
      { width: 80, align: 'left' },
      { width: 75, align: 'right' }, // band, residual risk
    ],
    [c.threat, c.when, c.likelihood, c.impact, c.risk, c.band, c.residualRisk],
    a.register.map((r) => [
      say.name(text.threats, r.threat),
      say.name(text.occasions, r.when),
      String(r.likelihood),
      String(r.impact),
      String(r.risk),
      say.name(text.bands, r.band),
      `${r.residualRisk} (${say.name(text.bands, r.residualBand)})`,
    ]),
  );
}

function rankedMeasures(doc: Doc, a: Assessment, say: Say): void {
  const { text } = say;
  section(doc, text.measures);
  if (a.rankedMeasures.length === 0) return line(doc, text.noMeasures, { colour: GREY });
  const byId = new Map(a.content.measures.map((m) => [m.id, m]));
  const c = text.measureColumns;
  table(
    doc,
    [
      { width: 22, align: 'right' },
      { width: 150, align: 'left' },
      { width: 65, align: 'right' }, // rank, title, cost
      { width: 83, align: 'left' },
      { width: 65, align: 'left' }, // owner, due
      { width: 50, align: 'right' },
      { width: 60, align: 'right' }, // risk reduced, per M€
    ],
    [c.rank, c.title, c.cost, c.owner, c.due, c.reduced, c.perMEur],
    a.rankedMeasures.map((m, k) => {
      const own = byId.get(m.id);
      return [
        String(k + 1),
        m.title,
        say.eur(m.costEur),
        own?.owner ?? '',
        own?.dueDate ? say.day(own.dueDate) : '',
        String(m.riskReduced),
        m.riskReducedPerMEur === null ? text.noCost : say.number(m.riskReducedPerMEur, 1),
      ];
    }),
  );
}

function alternatives(doc: Doc, a: Assessment, say: Say): void {
  const { text } = say;
  const carver = a.content.carver;
  if (carver) {
    section(doc, text.carver);
    line(doc, CARVER_CRITERIA.map((k) => `${say.name(text.carverCriteria, k)} ${carver[k]}`).join(' · '), {
      size: 9,
    });
    if (a.carverTotal !== null) line(doc, fill(text.carverTotal, { total: a.carverTotal }), { bold: true });
  }
  section(doc, text.martyn);
  const m = a.martyn;
  line(
    doc,
    m.capacity === null ? text.capacityUnknown : fill(text.capacity, { capacity: say.number(m.capacity) }),
  );
  line(doc, fill(text.tier, { tier: say.name(text.tiers, m.tier) }), { bold: true });
  if (m.tier === 'none') return;
  if (m.missing.length === 0) line(doc, text.nothingMissing);
  else
    line(doc, fill(text.missing, { items: m.missing.map((i) => say.name(text.martynItems, i)).join(', ') }), {
      colour: '#c0262d',
    });
}

function comments(doc: Doc, a: Assessment, say: Say): void {
  const { text } = say;
  if (a.comments.length === 0) return;
  section(doc, text.comments);
  for (const c of a.comments) {
    const about =
      c.about === null ? null : (ownEntry(text.threats, c.about) ?? ownEntry(text.steps, c.about) ?? c.about);
    const date = say.dateTime(c.createdAt);
    line(
      doc,
      about === null
        ? fill(text.commentBy, { name: c.authorName, date })
        : fill(text.commentAbout, { name: c.authorName, date, about }),
      { size: 8, bold: true },
    );
    line(doc, c.body, { size: 9 });
    doc.moveDown(0.3);
  }
}

function photos(doc: Doc, a: Assessment, say: Say): void {
  const { text } = say;
  if (a.photos.length === 0) return;
  section(doc, text.photos);
  for (const p of a.photos) {
    const head = fill(text.photo, { filename: p.filename, size: say.number(p.bytes / 1000), name: p.byName });
    line(
      doc,
      `${head}${p.caption ? `: ${p.caption}` : ''}${p.locationKept ? ` (${text.locationKept})` : ''}`,
      { size: 9 },
    );
  }
}

/** On every page: the large diagonal "confidential", the page's number, and who exported it and when. */
function watermark(doc: Doc, { reader, at }: AssessmentReportInput, say: Say): void {
  const { text } = say;
  stampPages(doc, {
    stamp: text.confidential,
    foot: fill(text.exportedBy, { name: reader.name, org: reader.orgName, date: say.dateTime(at) }),
    page: (page, pages) => fill(text.page, { page, pages }),
  });
}

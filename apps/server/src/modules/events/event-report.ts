import {
  DIM_ROWS,
  ICE_COLUMNS,
  type CrowdResult,
  type EventRecord,
  type Figure,
  type LiveState,
  type Locale,
  type PlanFeature,
  type PlanSection,
} from '@pactesur/contracts';
import { eventMartyn } from '@pactesur/events';
import {
  formatsIn,
  GREY,
  line,
  renderPdf,
  section,
  stampPages,
  subheading,
  table,
  title,
  type Doc,
  type Formats,
} from '../../exports/pdf-layout.ts';
import { methaneTable } from '../../exports/methane-table.ts';
import { fill, ownEntry } from '../../exports/report-i18n.ts';
import { SENSITIVE_REPORT_TEXT, type SensitiveReportText } from '../../exports/sensitive-report-text.ts';
import { EVENT_REPORT_TEXT, type EventReportText } from './event-report-text.ts';

/**
 * What the plan's document is about (the event as the service answers it, its live log when it has one, the
 * results of its two simulation runs), who exports it, when, and in which language.
 */
export interface EventReportInput {
  readonly event: EventRecord;
  readonly live: LiveState | null;
  readonly simulations: { readonly allExits: CrowdResult | null; readonly largestClosed: CrowdResult | null };
  readonly reader: { readonly name: string; readonly orgName: string };
  readonly at: Date;
  readonly locale: Locale;
}

/** The words, numbers and dates of one document, in its reader's language. */
interface Say extends Formats {
  readonly text: EventReportText;
  /** The words the plan shares with the other confidential reports: threats, Martyn's Law, M/ETHANE … */
  readonly shared: SensitiveReportText;
  /** A word from one of the text's tables, or the id itself when the table does not know it. */
  readonly name: (table: Readonly<Record<string, string>>, id: string) => string;
}

function sayIn(locale: Locale): Say {
  return {
    ...formatsIn(locale),
    text: EVENT_REPORT_TEXT[locale],
    shared: SENSITIVE_REPORT_TEXT[locale],
    name: (table, id) => ownEntry(table, id) ?? id,
  };
}

/** What every part of the document reads: the input, its words, and the plan's features by id. */
interface Parts {
  readonly input: EventReportInput;
  readonly event: EventRecord;
  readonly say: Say;
  /** A feature's name (its id when it has none, the id itself when no feature has it). */
  readonly featureName: (id: string) => string;
}

/**
 * The event's Event Safety Management Plan as a PDF (A4) in the reader's language, in the order of EVENTS.md:
 * document control, event outline and crowd profile, organisation, the risk register (the scenarios taken
 * from the vulnerability assessment marked), the DIM-ICE and RAMP worksheets, the site plan as a table of
 * its features, the capacity and egress figures each with its formula and source, the routes' levels of
 * service and the warnings, the simulation beside the hand calculation, crowd management, emergency
 * procedures with the trigger points, traffic, medical plan, communications with the trigger points'
 * pre-written alerts, weather, the sign-off of each agency and the conditions, Martyn's Law, and — once the
 * event has run — the summary of its live log. Every page carries a large diagonal "confidential" and, at
 * its foot, who exported it and when: a copy that leaks names its reader.
 */
export function eventPlanPdf(input: EventReportInput): Promise<Uint8Array<ArrayBuffer>> {
  const say = sayIn(input.locale);
  const { event } = input;
  const byId = new Map(event.plan.features.map((f) => [f.id, f]));
  const featureName = (id: string) => {
    const f = byId.get(id);
    return f ? labelOf(f) : id;
  };
  const parts: Parts = { input, event, say, featureName };
  return renderPdf({ title: fill(say.text.title, { name: event.name }), bufferPages: true }, (doc) => {
    const sections = [
      documentControl,
      outline,
      organisation,
      riskRegister,
      worksheets,
      sitePlan,
      calculations,
      simulation,
      crowdManagement,
      emergency,
      traffic,
      medical,
      communications,
      weather,
      signOff,
      martyn,
      liveLog,
    ];
    for (const draw of sections) draw(doc, parts);
    stampPages(doc, {
      stamp: say.shared.confidential,
      foot: fill(say.shared.exportedBy, {
        name: input.reader.name,
        org: input.reader.orgName,
        date: say.dateTime(input.at),
      }),
      page: (page, pages) => fill(say.shared.page, { page, pages }),
    });
  });
}

// --- helpers ---------------------------------------------------------------------------------------------

type FeatureOf<T extends PlanFeature['type']> = Extract<PlanFeature, { type: T }>;

function featuresOf<T extends PlanFeature['type']>(event: EventRecord, type: T): FeatureOf<T>[] {
  return event.plan.features.filter((f): f is FeatureOf<T> => f.type === type);
}

/** A feature as the document names it: its name, else its id. */
function labelOf(f: { id: string; name: string }): string {
  return f.name.trim() === '' ? f.id : f.name;
}

/** The sum sign of the formulas, which the standard fonts lack, in words (`pdfText` maps the other signs). */
function plainSigns(text: string): string {
  return text.replace(/Σ\s*/g, 'sum of ');
}

/** A timestamp in the reader's language, in UTC, said so. */
function utc(say: Say, at: string): string {
  return `${say.dateTime(at)} UTC`;
}

/** A number as the reader writes it: whole numbers without decimals, others with two. */
function amount(say: Say, v: number): string {
  return say.number(v, Number.isInteger(v) ? 0 : 2);
}

/** A written section of the plan, one paragraph a line; "not written" when it is empty. */
function writtenSection(doc: Doc, { event, say }: Parts, key: PlanSection): void {
  const written = (event.plan.sections[key] ?? '').trim();
  if (written === '') return line(doc, say.text.notWritten, { colour: GREY });
  for (const paragraph of written.split(/\n+/)) {
    if (paragraph.trim() === '') continue;
    line(doc, paragraph.trim(), { size: 9 });
    doc.moveDown(0.2);
  }
}

// --- the sections, in the order of the plan ----------------------------------------------------------------

function documentControl(doc: Doc, { event, say }: Parts): void {
  const { text } = say;
  title(doc, fill(text.title, { name: event.name }));
  section(doc, text.documentControl);
  line(doc, fill(text.status, { status: say.name(text.statuses, event.status), revision: event.revision }));
  line(doc, fill(text.organiser, { org: event.ownerName }));
  line(doc, fill(text.created, { date: utc(say, event.createdAt), name: event.createdByName }));
  line(doc, fill(text.updated, { date: utc(say, event.updatedAt) }));
  if (event.submitBy) line(doc, fill(text.submitBy, { date: utc(say, event.submitBy) }));
  const p = event.profile;
  line(doc, fill(text.profile, { name: p.name, country: p.country, version: p.version }));
  if (p.superseded) line(doc, text.profileSuperseded, { size: 9, colour: GREY });
  const agencies = event.reviews.map((r) => r.orgName);
  line(
    doc,
    agencies.length === 0 ? text.noDistribution : fill(text.distribution, { agencies: agencies.join(', ') }),
  );
  doc.moveDown(0.3);
  line(doc, text.sensitive, { size: 8, colour: GREY });
}

function outline(doc: Doc, parts: Parts): void {
  const { event, say } = parts;
  const { text } = say;
  section(doc, text.outline);
  line(doc, fill(text.kind, { kind: say.name(text.kinds, event.kind) }));
  line(doc, fill(text.dates, { start: utc(say, event.startsAt), end: utc(say, event.endsAt) }));
  line(doc, fill(text.site, { site: event.siteName }));
  line(doc, fill(text.expectedPeak, { peak: say.number(event.plan.expectedPeak) }), { bold: true });
  line(doc, event.plan.reducedFlows ? text.reducedFlows : text.normalFlows);
  doc.moveDown(0.3);
  writtenSection(doc, parts, 'outline');
  subheading(doc, text.crowdProfile);
  writtenSection(doc, parts, 'crowdProfile');
}

function organisation(doc: Doc, parts: Parts): void {
  section(doc, parts.say.text.organisation);
  writtenSection(doc, parts, 'organisation');
}

function riskRegister(doc: Doc, { event, say, featureName }: Parts): void {
  const { text } = say;
  section(doc, text.risks);
  if (event.plan.risks.length === 0) return line(doc, text.noRisks, { colour: GREY });
  const c = text.riskColumns;
  // Highest risk first; equal risks keep the plan's order.
  const risks = [...event.plan.risks].sort((a, b) => b.likelihood * b.impact - a.likelihood * a.impact);
  table(
    doc,
    [
      { width: 150, align: 'left' },
      { width: 22, align: 'center' },
      { width: 22, align: 'center' },
      { width: 26, align: 'center' },
      { width: 180, align: 'left' },
      { width: 95, align: 'left' },
    ],
    [c.hazard, c.likelihood, c.impact, c.risk, c.controls, c.owner],
    risks.map((r) => {
      const from = r.fromAssessment
        ? ` (${fill(text.fromAssessment, { threat: say.name(say.shared.threats, r.fromAssessment.threat) })})`
        : '';
      const about =
        r.features.length > 0
          ? ` ${fill(text.about, { names: r.features.map(featureName).join(', ') })}`
          : '';
      return [
        `${r.hazard}${from}`,
        String(r.likelihood),
        String(r.impact),
        String(r.likelihood * r.impact),
        `${r.controls}${about}`,
        r.owner,
      ];
    }),
  );
}

function worksheets(doc: Doc, { event, say, featureName }: Parts): void {
  const { text } = say;
  section(doc, text.worksheets);
  const about = (ids: readonly string[]) =>
    ids.length === 0 ? '' : ` (${fill(text.about, { names: ids.map(featureName).join(', ') })})`;

  subheading(doc, 'DIM-ICE');
  const cells = DIM_ROWS.flatMap((row) =>
    ICE_COLUMNS.flatMap((column) => event.plan.dimIce.filter((c) => c.row === row && c.column === column)),
  );
  if (cells.length === 0) line(doc, text.noDimIce, { colour: GREY });
  else {
    const c = text.dimIceColumns;
    table(
      doc,
      [
        { width: 90, align: 'left' },
        { width: 135, align: 'left' },
        { width: 135, align: 'left' },
        { width: 135, align: 'left' },
      ],
      [c.cell, c.normal, c.abnormal, c.emergency],
      cells.map((cell) => [
        `${text.dimRows[cell.row]} · ${text.phases[cell.column]}${about(cell.features)}`,
        cell.normal,
        cell.abnormal,
        cell.emergency,
      ]),
    );
  }

  subheading(doc, 'RAMP');
  const ramp = event.plan.ramp;
  if (ramp.length === 0) return line(doc, text.noRamp, { colour: GREY });
  const c = text.rampColumns;
  table(
    doc,
    [
      { width: 70, align: 'left' },
      { width: 70, align: 'left' },
      { width: 55, align: 'left' },
      { width: 300, align: 'left' },
    ],
    [c.element, c.phase, c.rating, c.text],
    ramp.map((r) => [
      text.rampElements[r.element],
      text.phases[r.phase],
      text.ratings[r.rating],
      `${r.text}${about(r.features)}`,
    ]),
  );
}

/** The figures that say what a feature is: an exit's width and kind, a screening point's lanes … */
function keyFigures(f: PlanFeature, say: Say): string {
  const { text } = say;
  switch (f.type) {
    case 'zone':
      return text.zoneUses[f.use];
    case 'structure':
      return '';
    case 'exit':
      return fill(text.exitFigures, {
        width: say.number(f.widthM, 1),
        kind: text.exitKinds[f.kind],
        use: f.entry ? text.entryAndExit : text.exitOnly,
      });
    case 'screening':
      return fill(text.lanes, { lanes: f.lanes });
    case 'vehicle-barrier':
      return f.productId ? fill(text.barrierProduct, { product: f.productId }) : text.noProduct;
    case 'route':
      return fill(text.routeFigures, { width: say.number(f.widthM, 1), flow: say.number(f.flowPerMin) });
    case 'point':
      return f.staff > 0 ? fill(text.staff, { staff: f.staff }) : '';
  }
}

function sitePlan(doc: Doc, { event, say }: Parts): void {
  const { text } = say;
  section(doc, text.sitePlan);
  const features = event.plan.features;
  if (features.length === 0) return line(doc, text.noFeatures, { colour: GREY });
  const c = text.featureColumns;
  table(
    doc,
    [
      { width: 110, align: 'left' },
      { width: 150, align: 'left' },
      { width: 235, align: 'left' },
    ],
    [c.type, c.name, c.figures],
    features.map((f) => [
      f.type === 'point' ? text.pointKinds[f.kind] : text.featureTypes[f.type],
      f.name.trim() === '' ? text.unnamed : f.name,
      keyFigures(f, say),
    ]),
  );
}

/** A figure's value with its unit, in the reader's words. */
function figureValue(say: Say, f: Figure): string {
  if (f.value === null) return say.text.notComputed;
  return `${amount(say, f.value)} ${say.name(say.text.units, f.unit)}`;
}

function calculations(doc: Doc, { event, say, featureName }: Parts): void {
  const { text } = say;
  const calc = event.calculations;
  section(doc, text.calculations);
  const c = text.figureColumns;
  table(
    doc,
    [
      { width: 110, align: 'left' },
      { width: 75, align: 'right' },
      { width: 170, align: 'left' },
      { width: 140, align: 'left' },
    ],
    [c.figure, c.value, c.formula, c.source],
    calc.figures.map((f) => [
      say.name(text.figures, f.key),
      figureValue(say, f),
      plainSigns(f.formula),
      plainSigns(f.source),
    ]),
  );

  if (calc.routes.length > 0) {
    subheading(doc, text.routes);
    const r = text.routeColumns;
    table(
      doc,
      [
        { width: 130, align: 'left' },
        { width: 70, align: 'right' },
        { width: 125, align: 'left' },
        { width: 170, align: 'left' },
      ],
      [r.route, r.flow, r.level, r.formula],
      calc.routes.map((route) => [
        route.name.trim() === '' ? featureName(route.id) : route.name,
        say.number(route.flowPerMPerMin, 1),
        fill(text.fruinLevel, { level: route.level, meaning: text.fruin[route.level] }),
        plainSigns(route.formula),
      ]),
    );
  }

  subheading(doc, text.warnings);
  if (calc.warnings.length === 0) return line(doc, text.noWarnings, { colour: GREY });
  for (const w of calc.warnings) {
    const words = ownEntry(text.warningCodes, w.code);
    const feature = w.featureId === null ? '' : featureName(w.featureId);
    line(doc, `• ${words === undefined ? w.message : fill(words, { feature })}`, {
      size: 9,
      colour: '#c0262d',
    });
  }
}

function simulation(doc: Doc, { input, event, say, featureName }: Parts): void {
  const { text } = say;
  section(doc, text.simulation);
  const { allExits, largestClosed } = input.simulations;
  const runs = event.simulations;
  if (allExits === null && largestClosed === null && runs.allExits === null)
    return line(doc, text.noSimulation, { colour: GREY });
  const minutes = (v: number | null) =>
    v === null ? text.notComputed : fill(text.minutes, { value: say.number(v, 1) });
  const each = (show: (r: CrowdResult) => string) =>
    [allExits, largestClosed].map((r) => (r === null ? text.noResult : show(r)));
  const closed = runs.closedExitId;
  const c = text.simulationColumns;
  table(
    doc,
    [
      { width: 175, align: 'left' },
      { width: 160, align: 'right' },
      { width: 160, align: 'right' },
    ],
    [
      c.measure,
      c.allExits,
      closed === null ? text.largestUnknown : fill(c.largestClosed, { exit: featureName(closed) }),
    ],
    [
      [
        text.peoplePlaced,
        ...[runs.people, runs.people].map((n) => (n === null ? text.notComputed : say.number(n))),
      ],
      [
        text.evacuationTime,
        ...each((r) => (r.evacuationTimeS === null ? text.notEveryoneOut : minutes(r.evacuationTimeS / 60))),
      ],
      [text.handTime, minutes(runs.handMinutes.allExits), minutes(runs.handMinutes.largestClosed)],
      [
        text.peopleOut,
        ...each((r) => fill(text.outOf, { out: say.number(r.agentsOut), total: say.number(r.agentsTotal) })),
      ],
      [text.peakDensity, ...each((r) => fill(text.density, { value: say.number(r.peakDensity, 2) }))],
    ],
  );
  doc.moveDown(0.3);
  line(doc, text.simulationNote, { size: 8, colour: GREY });
}

function crowdManagement(doc: Doc, parts: Parts): void {
  const { event, say } = parts;
  section(doc, say.text.crowdManagement);
  writtenSection(doc, parts, 'crowdManagement');
  const posts = featuresOf(event, 'point').filter((p) => p.kind === 'steward');
  if (posts.length === 0) return;
  const staff = posts.reduce((sum, p) => sum + p.staff, 0);
  doc.moveDown(0.2);
  line(doc, fill(say.text.stewardPosts, { posts: posts.map(labelOf).join(', '), staff: say.number(staff) }), {
    size: 9,
  });
}

function emergency(doc: Doc, parts: Parts): void {
  const { event, say } = parts;
  const { text } = say;
  section(doc, text.emergency);
  writtenSection(doc, parts, 'emergencyProcedures');
  subheading(doc, text.triggers);
  const triggers = event.plan.triggers;
  if (triggers.length === 0) return line(doc, text.noTriggers, { colour: GREY });
  const c = text.triggerColumns;
  table(
    doc,
    [
      { width: 130, align: 'left' },
      { width: 150, align: 'left' },
      { width: 215, align: 'left' },
    ],
    [c.name, c.when, c.action],
    triggers.map((t) => [
      t.name,
      fill(text.metrics[t.metric], { threshold: amount(say, t.threshold) }),
      t.action,
    ]),
  );
}

function traffic(doc: Doc, parts: Parts): void {
  section(doc, parts.say.text.traffic);
  writtenSection(doc, parts, 'traffic');
}

function medical(doc: Doc, parts: Parts): void {
  const { event, say } = parts;
  section(doc, say.text.medical);
  writtenSection(doc, parts, 'medical');
  const posts = featuresOf(event, 'point').filter((p) => p.kind === 'medical');
  if (posts.length > 0)
    line(doc, fill(say.text.medicalPosts, { posts: posts.map(labelOf).join(', ') }), { size: 9 });
}

function communications(doc: Doc, parts: Parts): void {
  const { event, say } = parts;
  const { text } = say;
  section(doc, text.communications);
  writtenSection(doc, parts, 'communications');
  subheading(doc, text.alerts);
  const alerting = event.plan.triggers.filter((t) => t.alert !== null);
  if (alerting.length === 0) return line(doc, text.noAlerts, { colour: GREY });
  for (const t of alerting) {
    const alert = t.alert;
    if (!alert) continue;
    line(
      doc,
      fill(text.alertHead, {
        trigger: t.name,
        headline: alert.headline,
        severity: text.severities[alert.severity],
        urgency: text.urgencies[alert.urgency],
      }),
      { size: 9, bold: true },
    );
    if (alert.description.trim())
      line(doc, fill(text.alertDescription, { text: alert.description }), { size: 9 });
    if (alert.instruction.trim())
      line(doc, fill(text.alertInstruction, { text: alert.instruction }), { size: 9 });
    doc.moveDown(0.3);
  }
}

function weather(doc: Doc, parts: Parts): void {
  section(doc, parts.say.text.weather);
  writtenSection(doc, parts, 'weather');
}

function signOff(doc: Doc, { event, say }: Parts): void {
  const { text } = say;
  section(doc, text.signOff);
  if (event.reviews.length === 0) line(doc, text.noReviews, { colour: GREY });
  else {
    const c = text.reviewColumns;
    table(
      doc,
      [
        { width: 110, align: 'left' },
        { width: 90, align: 'left' },
        { width: 160, align: 'left' },
        { width: 65, align: 'left' },
        { width: 70, align: 'left' },
      ],
      [c.agency, c.decision, c.comment, c.by, c.at],
      event.reviews.map((r) => [
        r.orgName,
        text.decisions[r.decision],
        r.comment,
        r.decidedByName ?? '',
        r.decidedAt ? utc(say, r.decidedAt) : '',
      ]),
    );
  }
  subheading(doc, text.conditions);
  if (event.conditions.length === 0) return line(doc, text.noConditions, { colour: GREY });
  const c = text.conditionColumns;
  table(
    doc,
    [
      { width: 90, align: 'left' },
      { width: 170, align: 'left' },
      { width: 55, align: 'left' },
      { width: 100, align: 'left' },
      { width: 80, align: 'left' },
    ],
    [c.agency, c.condition, c.status, c.note, c.closed],
    event.conditions.map((k) => [
      k.orgName,
      k.text,
      text.conditionStatuses[k.status],
      k.note,
      k.closedAt ? fill(text.closedBy, { name: k.closedByName ?? '', date: utc(say, k.closedAt) }) : '',
    ]),
  );
}

function martyn(doc: Doc, { event, say }: Parts): void {
  const { text, shared } = say;
  section(doc, shared.martyn);
  const m = eventMartyn(event.plan);
  line(doc, fill(text.martynCapacity, { capacity: say.number(event.plan.expectedPeak) }));
  line(doc, fill(shared.tier, { tier: say.name(shared.tiers, m.tier) }), { bold: true });
  const inPlace = event.plan.martyn;
  line(
    doc,
    inPlace.length === 0
      ? text.nothingInPlace
      : fill(text.inPlace, { items: inPlace.map((i) => say.name(shared.martynItems, i)).join(', ') }),
  );
  if (m.tier === 'none') return;
  if (m.missing.length === 0) line(doc, shared.nothingMissing);
  else
    line(
      doc,
      fill(shared.missing, { items: m.missing.map((i) => say.name(shared.martynItems, i)).join(', ') }),
      {
        colour: '#c0262d',
      },
    );
}

function liveLog(doc: Doc, { input, say, featureName }: Parts): void {
  const live = input.live;
  if (live === null) return;
  const { text } = say;
  section(doc, text.live);
  line(doc, fill(text.liveStatus, { status: say.name(text.statuses, live.status), entries: live.seq }));
  line(
    doc,
    fill(text.occupancyNow, {
      occupancy: say.number(live.occupancy),
      density: say.number(live.density, 2),
      level: text.densityLevels[live.level],
    }),
  );
  const peak = live.entries.reduce<(typeof live.entries)[number] | null>(
    (best, e) => (best === null || e.occupancy > best.occupancy ? e : best),
    null,
  );
  if (peak !== null)
    line(
      doc,
      fill(text.peakOccupancy, {
        occupancy: say.number(peak.occupancy),
        density: say.number(peak.density, 2),
        level: text.densityLevels[peak.level],
        date: utc(say, peak.at),
      }),
      { bold: true },
    );
  if (live.triggered.length > 0)
    line(
      doc,
      fill(text.triggered, { names: live.triggered.map((t) => t.name || featureName(t.id)).join(', ') }),
      {
        colour: '#c0262d',
      },
    );

  if (live.gates.length > 0) {
    subheading(doc, text.gates);
    const g = text.gateColumns;
    table(
      doc,
      [
        { width: 255, align: 'left' },
        { width: 120, align: 'right' },
        { width: 120, align: 'right' },
      ],
      [g.gate, g.in, g.out],
      live.gates.map((gate) => [
        gate.name || featureName(gate.id),
        say.number(gate.in),
        say.number(gate.out),
      ]),
    );
  }

  subheading(doc, text.incidents);
  const incidents = live.entries.filter((e) => e.kind === 'incident');
  if (incidents.length === 0) return line(doc, text.noIncidents, { colour: GREY });
  for (const e of incidents) {
    const where = e.feature === null ? '' : ` (${featureName(e.feature)})`;
    line(doc, `${utc(say, e.at)}, ${e.byName}${where}`, { size: 8, bold: true });
    line(doc, e.text, { size: 9 });
    if (e.methane) methaneTable(doc, say.shared, e.methane);
    doc.moveDown(0.4);
  }
}

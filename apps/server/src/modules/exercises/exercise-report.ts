import {
  EegRating,
  type AfterActionReport,
  type Exercise,
  type Feedback,
  type Locale,
  type Observation,
  type ReplayItem,
} from '@pactesur/contracts';
import {
  BOTTOM,
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
import { fill } from '../../exports/report-i18n.ts';
import { SENSITIVE_REPORT_TEXT, type SensitiveReportText } from '../../exports/sensitive-report-text.ts';
import { EXERCISE_REPORT_TEXT, type ExerciseReportText } from './exercise-report-text.ts';

/**
 * What the after-action report is made of: the exercise as its reader may see it (its design only for its
 * controllers), the report computed from the run (`afterActionReport`), who exports it, when, and in which
 * language.
 */
export interface ExerciseReportInput {
  readonly exercise: Exercise;
  readonly report: AfterActionReport;
  readonly reader: { readonly name: string; readonly orgName: string };
  readonly at: Date;
  readonly locale: Locale;
}

/** What every part of the document reads: the input, its words, and the names behind the report's ids. */
interface Parts extends Formats {
  readonly exercise: Exercise;
  readonly report: AfterActionReport;
  readonly text: ExerciseReportText;
  /** The words the report shares with the other confidential reports: the stamp, M/ETHANE. */
  readonly shared: SensitiveReportText;
  /** "Objective 2", by the objective's place in the exercise (the id itself when it has none). */
  readonly objectiveRef: (id: string | null) => string;
  /** A capability's name (the id itself when the exercise has none by that id). */
  readonly capabilityName: (id: string | null) => string;
  /** A critical task's text. */
  readonly taskText: (id: string) => string;
  /** An organisation taking part, by id (the organiser included). */
  readonly orgName: (id: string) => string;
  /** An inject's number by its id, from the deliveries and the design. */
  readonly injectNumber: (id: string) => number | null;
}

/**
 * The after-action report of an exercise as a PDF (A4) in the reader's language, in the order of
 * EXERCISES.md: the outline (type, dates, organiser, the agencies taking part with their roles, the scope,
 * the objectives with the capabilities they test), a summary of the run, the ratings per objective and
 * capability with the meaning of P, S, M and U, the strengths and the areas for improvement, each agency's
 * response and decision times, the hot wash and the participants' feedback, the improvement plan, and the
 * whole run as a timeline (what each inject said and to whom, the responses with their M/ETHANE reports, the
 * evaluators' observations). Every page carries a large diagonal "confidential" and, at its foot, who exported
 * it and when: a copy that leaks names its reader.
 */
export function exerciseReportPdf(input: ExerciseReportInput): Promise<Uint8Array<ArrayBuffer>> {
  const { exercise, report } = input;
  const text = EXERCISE_REPORT_TEXT[input.locale];
  const shared = SENSITIVE_REPORT_TEXT[input.locale];
  const formats = formatsIn(input.locale);
  const objectives = new Map(exercise.objectives.map((o, k) => [o.id, k + 1]));
  const capabilities = new Map(exercise.capabilities.map((c) => [c.id, c.name]));
  const tasks = new Map(exercise.tasks.map((t) => [t.id, t.text]));
  const orgs = new Map([
    [exercise.ownerOrgId, exercise.ownerName],
    ...exercise.participants.map((p) => [p.orgId, p.orgName] as const),
  ]);
  const injects = new Map<string, number>([
    ...(exercise.design?.msel ?? []).map((i) => [i.id, i.number] as const),
    ...report.timeline.flatMap((item) =>
      item.kind === 'delivery' ? [[item.delivery.injectId, item.delivery.number] as const] : [],
    ),
  ]);
  const parts: Parts = {
    ...formats,
    exercise,
    report,
    text,
    shared,
    objectiveRef: (id) => {
      if (id === null) return text.noObjective;
      const number = objectives.get(id);
      return number === undefined ? id : fill(text.objectiveRef, { number });
    },
    capabilityName: (id) => (id === null ? text.noCapability : (capabilities.get(id) ?? id)),
    taskText: (id) => tasks.get(id) ?? id,
    orgName: (id) => orgs.get(id) ?? id,
    injectNumber: (id) => injects.get(id) ?? null,
  };
  const documentTitle = fill(text.title, { name: exercise.name });
  return renderPdf({ title: documentTitle, bufferPages: true }, (doc) => {
    title(doc, documentTitle);
    const sections = [outline, summary, ratings, strengths, improvements, metrics, feedback, plan, timeline];
    for (const draw of sections) draw(doc, parts);
    stampPages(doc, {
      stamp: shared.confidential,
      foot: fill(shared.exportedBy, {
        name: input.reader.name,
        org: input.reader.orgName,
        date: formats.dateTime(input.at),
      }),
      page: (page, pages) => fill(shared.page, { page, pages }),
    });
  });
}

// --- helpers ---------------------------------------------------------------------------------------------

/** A scenario time as the controllers' clock shows it: hours, minutes and seconds since the start. */
export function scenarioClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(whole / 3600))}:${two(Math.floor(whole / 60) % 60)}:${two(whole % 60)}`;
}

/**
 * A length of time in the reader's words: milliseconds under a second, seconds (to a tenth under ten), then
 * minutes and seconds, then hours and minutes.
 */
function duration(p: Parts, seconds: number): string {
  const d = p.text.durations;
  if (seconds < 1) return fill(d.ms, { ms: p.number(Math.round(seconds * 1000)) });
  if (seconds < 10) return fill(d.s, { s: p.number(seconds, 1) });
  const whole = Math.round(seconds);
  if (whole < 60) return fill(d.s, { s: whole });
  if (whole < 3600) return fill(d.min, { m: Math.floor(whole / 60), s: whole % 60 });
  return fill(d.h, { h: p.number(Math.floor(whole / 3600)), m: Math.floor(whole / 60) % 60 });
}

/** A timestamp in the reader's language, in UTC, said so. */
function utc(p: Parts, at: string): string {
  return `${p.dateTime(at)} UTC`;
}

/**
 * Room for a heading, a table's header and its first rows: a heading lower on the page starts the next, so
 * that neither it nor a table's header stands alone at the foot of a page.
 */
const HEADING_ROOM = 110;

/** A section's heading (see {@link HEADING_ROOM}). */
function heading(doc: Doc, words: string): void {
  if (doc.y > BOTTOM - HEADING_ROOM) doc.addPage();
  section(doc, words);
}

/** A line saying that a part of the report has nothing to show. */
function nothing(doc: Doc, words: string): void {
  line(doc, words, { colour: GREY });
}

/** Written text, one paragraph a line. */
function paragraphs(doc: Doc, written: string): void {
  for (const paragraph of written.split(/\n+/)) {
    if (paragraph.trim() === '') continue;
    line(doc, paragraph.trim(), { size: 9 });
    doc.moveDown(0.2);
  }
}

/** Who made an observation, a response or gave feedback. */
function byWhom(p: Parts, who: { byName: string; orgName: string }): string {
  return who.byName.trim() === '' ? who.orgName : fill(p.text.byWhom, { name: who.byName, org: who.orgName });
}

/** What an observation is about: its objective, capability and critical task. */
function about(p: Parts, o: Observation): string {
  const said = [
    o.objectiveId === null ? null : p.objectiveRef(o.objectiveId),
    o.capabilityId === null ? null : fill(p.text.capabilityRef, { name: p.capabilityName(o.capabilityId) }),
    o.taskId === null ? null : fill(p.text.taskRef, { text: p.taskText(o.taskId) }),
  ];
  return said.filter((s) => s !== null).join('; ');
}

// --- the sections, in the order of the report -------------------------------------------------------------

function outline(doc: Doc, p: Parts): void {
  const { exercise, text } = p;
  heading(doc, text.outline);
  line(doc, fill(text.type, { type: text.types[exercise.type] }));
  line(doc, fill(text.dates, { start: utc(p, exercise.startsAt), end: utc(p, exercise.endsAt) }));
  line(doc, fill(text.organiser, { org: exercise.ownerName }));
  doc.moveDown(0.3);
  line(doc, text.sensitive, { size: 8, colour: GREY });

  subheading(doc, text.participants, HEADING_ROOM);
  if (exercise.participants.length === 0) nothing(doc, text.noParticipants);
  else {
    const c = text.participantColumns;
    table(
      doc,
      [
        { width: 160, align: 'left' },
        { width: 110, align: 'left' },
        { width: 95, align: 'left' },
        { width: 130, align: 'left' },
      ],
      [c.agency, c.person, c.role, c.named],
      exercise.participants.map((x) => [
        x.orgName,
        x.userName ?? text.wholeAgency,
        text.roles[x.role],
        x.agency,
      ]),
    );
  }

  subheading(doc, text.scope, HEADING_ROOM);
  const design = exercise.design;
  if (design === null) nothing(doc, text.scopeForControllers);
  else {
    if (design.scope.trim() === '') nothing(doc, text.notWritten);
    else paragraphs(doc, design.scope);
    if (design.venues.length > 0)
      line(doc, fill(text.venues, { venues: design.venues.join('; ') }), { size: 9 });
  }

  subheading(doc, text.objectives, HEADING_ROOM);
  if (exercise.objectives.length === 0) nothing(doc, text.noObjectives);
  else {
    const c = text.objectiveColumns;
    table(
      doc,
      [
        { width: 30, align: 'right' },
        { width: 295, align: 'left' },
        { width: 170, align: 'left' },
      ],
      [c.number, c.objective, c.capabilities],
      exercise.objectives.map((o, k) => [
        String(k + 1),
        o.text,
        o.capabilities.map((id) => p.capabilityName(id)).join(', '),
      ]),
    );
  }
  if (exercise.capabilities.length > 0) {
    subheading(doc, text.tasks, HEADING_ROOM);
    const c = text.taskColumns;
    table(
      doc,
      [
        { width: 160, align: 'left' },
        { width: 335, align: 'left' },
      ],
      [c.capability, c.tasks],
      exercise.capabilities.map((capability) => {
        const its = exercise.tasks.filter((t) => t.capabilityId === capability.id).map((t) => t.text);
        return [capability.name, its.length === 0 ? text.noTasks : its.join('; ')];
      }),
    );
  }
}

function summary(doc: Doc, p: Parts): void {
  const { report, text } = p;
  const m = report.metrics;
  heading(doc, text.run);
  line(doc, fill(text.status, { status: text.statuses[report.clock.status] }), { bold: true });
  line(doc, fill(text.scenarioTime, { time: scenarioClock(report.clock.scenarioTimeS) }));
  line(doc, fill(text.injectsDelivered, { count: p.number(m.injectsDelivered) }));
  const latency = (ms: number | null) => (ms === null ? text.notMeasured : duration(p, ms / 1000));
  line(
    doc,
    fill(text.latency, { median: latency(m.medianInjectLatencyMs), max: latency(m.maxInjectLatencyMs) }),
  );
}

function ratings(doc: Doc, p: Parts): void {
  const { report, text } = p;
  heading(doc, text.ratings);
  for (const letter of EegRating.options)
    line(doc, fill(text.ratingLegend, { letter, meaning: text.ratingMeanings[letter] }), { size: 9 });
  doc.moveDown(0.3);
  if (report.ratings.length === 0) return nothing(doc, text.noRatings);
  const c = text.ratingColumns;
  table(
    doc,
    [
      { width: 90, align: 'left' },
      { width: 190, align: 'left' },
      { width: 30, align: 'right' },
      { width: 30, align: 'right' },
      { width: 30, align: 'right' },
      { width: 30, align: 'right' },
      { width: 95, align: 'center' },
    ],
    [c.objective, c.capability, 'P', 'S', 'M', 'U', c.overall],
    report.ratings.map((r) => [
      p.objectiveRef(r.objectiveId),
      p.capabilityName(r.capabilityId),
      String(r.counts.P),
      String(r.counts.S),
      String(r.counts.M),
      String(r.counts.U),
      r.overall ?? '',
    ]),
  );
  doc.moveDown(0.3);
  line(doc, text.ratingNote, { size: 8, colour: GREY });
}

function strengths(doc: Doc, p: Parts): void {
  const { report, text } = p;
  heading(doc, text.strengths);
  if (report.strengths.length === 0) return nothing(doc, text.noStrengths);
  const c = text.observationColumns;
  table(
    doc,
    [
      { width: 55, align: 'left' },
      { width: 215, align: 'left' },
      { width: 130, align: 'left' },
      { width: 95, align: 'left' },
    ],
    [c.at, c.observation, c.about, c.by],
    report.strengths.map((o) => [scenarioClock(o.scenarioTimeS), o.text, about(p, o), byWhom(p, o)]),
  );
}

function improvements(doc: Doc, p: Parts): void {
  const { report, text } = p;
  heading(doc, text.improvements);
  if (report.improvements.length === 0) return nothing(doc, text.noImprovements);
  const c = text.observationColumns;
  table(
    doc,
    [
      { width: 55, align: 'left' },
      { width: 45, align: 'center' },
      { width: 180, align: 'left' },
      { width: 125, align: 'left' },
      { width: 90, align: 'left' },
    ],
    [c.at, c.rating, c.observation, c.about, c.by],
    report.improvements.map((o) => [
      scenarioClock(o.scenarioTimeS),
      o.rating ?? '',
      o.text,
      about(p, o),
      byWhom(p, o),
    ]),
  );
}

function metrics(doc: Doc, p: Parts): void {
  const { report, text } = p;
  heading(doc, text.metrics);
  const agencies = report.metrics.agencies;
  if (agencies.length === 0) return nothing(doc, text.noAgencies);
  const c = text.metricColumns;
  const time = (s: number | null, none: string) => (s === null ? none : duration(p, s));
  table(
    doc,
    [
      { width: 135, align: 'left' },
      { width: 60, align: 'right' },
      { width: 60, align: 'right' },
      { width: 80, align: 'right' },
      { width: 80, align: 'right' },
      { width: 80, align: 'right' },
    ],
    [c.agency, c.received, c.responses, c.median, c.slowest, c.decision],
    agencies.map((a) => [
      a.orgName,
      p.number(a.injectsReceived),
      p.number(a.responses),
      time(a.medianResponseS, text.noResponse),
      time(a.slowestResponseS, text.noResponse),
      time(a.decisionS, text.noDecision),
    ]),
  );
  doc.moveDown(0.3);
  line(doc, text.metricsNote, { size: 8, colour: GREY });
}

function feedback(doc: Doc, p: Parts): void {
  const { report, text } = p;
  heading(doc, text.feedback);
  const scores = report.feedback.flatMap((f) => (f.score === null ? [] : [f.score]));
  if (scores.length > 0) {
    const mean = scores.reduce((sum, s) => sum + s, 0) / scores.length;
    line(doc, fill(text.averageScore, { score: p.number(mean, 1), count: p.number(scores.length) }), {
      bold: true,
    });
  }
  const feedbackTable = (list: readonly Feedback[], none: string) => {
    if (list.length === 0) return nothing(doc, none);
    const c = text.feedbackColumns;
    table(
      doc,
      [
        { width: 110, align: 'left' },
        { width: 160, align: 'left' },
        { width: 160, align: 'left' },
        { width: 65, align: 'center' },
      ],
      [c.from, c.wentWell, c.toImprove, c.score],
      list.map((f) => [
        `${byWhom(p, f)}, ${utc(p, f.at)}`,
        f.wentWell,
        f.toImprove,
        f.score === null ? '' : fill(text.score, { score: f.score }),
      ]),
    );
  };
  subheading(doc, text.hotWash, HEADING_ROOM);
  feedbackTable(
    report.feedback.filter((f) => f.kind === 'hot-wash'),
    text.noHotWash,
  );
  subheading(doc, text.participantFeedback, HEADING_ROOM);
  feedbackTable(
    report.feedback.filter((f) => f.kind === 'participant'),
    text.noParticipantFeedback,
  );
}

function plan(doc: Doc, p: Parts): void {
  const { report, text } = p;
  heading(doc, text.plan);
  if (report.actions.length === 0) return nothing(doc, text.noActions);
  const c = text.actionColumns;
  table(
    doc,
    [
      { width: 165, align: 'left' },
      { width: 65, align: 'left' },
      { width: 85, align: 'left' },
      { width: 55, align: 'left' },
      { width: 55, align: 'left' },
      { width: 70, align: 'left' },
    ],
    [c.action, c.element, c.org, c.starts, c.due, c.status],
    report.actions.map((a) => {
      const more = [
        a.capabilityId === null ? null : fill(text.capabilityRef, { name: p.capabilityName(a.capabilityId) }),
        a.practice.trim() === '' ? null : fill(text.practice, { name: a.practice }),
        a.eventId === null ? null : text.linkedPlan,
      ].filter((s) => s !== null);
      return [
        [a.text, ...more].join(' — '),
        text.elements[a.element],
        a.orgName,
        a.startsOn === null ? '' : p.day(a.startsOn),
        a.dueOn === null ? '' : p.day(a.dueOn),
        a.status === 'done' && a.doneAt !== null
          ? fill(text.doneOn, { date: p.day(a.doneAt.slice(0, 10)) })
          : text.actionStatuses[a.status],
      ];
    }),
  );
}

// --- the timeline ------------------------------------------------------------------------------------------

function timeline(doc: Doc, p: Parts): void {
  const { report, text } = p;
  heading(doc, text.timeline);
  line(doc, text.timelineNote, { size: 8, colour: GREY });
  doc.moveDown(0.3);
  if (report.timeline.length === 0) return nothing(doc, text.noTimeline);
  for (const item of report.timeline) {
    // A moment's heading never stands alone at the foot of a page.
    if (doc.y > BOTTOM - 50) doc.addPage();
    moment(doc, p, item);
    doc.moveDown(0.4);
  }
}

/** One moment of the run: its scenario time, what it was, when, and what it said. */
function moment(doc: Doc, p: Parts, item: ReplayItem): void {
  const { text } = p;
  const head = (what: string) =>
    line(doc, [scenarioClock(item.scenarioTimeS), what, utc(p, item.at)].join(' · '), {
      size: 8,
      bold: true,
    });
  switch (item.kind) {
    case 'delivery': {
      const d = item.delivery;
      const storyline = d.storyline.trim() === '' ? '' : ` (${d.storyline})`;
      head(`${fill(text.inject, { number: d.number })}${storyline} · ${text.methods[d.method]}`);
      line(doc, fill(text.fromTo, { from: d.from, to: d.to.join(', ') }), { size: 8 });
      line(doc, d.message.trim() === '' ? text.noMessage : d.message, { size: 9 });
      if (d.attachments.length > 0)
        line(doc, fill(text.attachments, { names: d.attachments.join(', ') }), { size: 8, colour: GREY });
      if (item.reached.length > 0)
        line(doc, fill(text.reached, { agencies: item.reached.map((id) => p.orgName(id)).join(', ') }), {
          size: 8,
          colour: GREY,
        });
      return;
    }
    case 'response': {
      const r = item.response;
      head(`${text.response} · ${byWhom(p, r)}`);
      const number = r.injectId === null ? null : p.injectNumber(r.injectId);
      if (r.injectId !== null)
        line(doc, fill(text.answers, { number: number ?? r.injectId }), { size: 8, colour: GREY });
      if (r.choice !== null) line(doc, fill(text.choice, { choice: r.choice }), { size: 9, bold: true });
      if (r.text.trim() !== '') line(doc, r.text, { size: 9 });
      if (r.methane !== null) methaneTable(doc, p.shared, r.methane);
      return;
    }
    case 'observation': {
      const o = item.observation;
      head(`${text.observation} · ${byWhom(p, o)}`);
      const what = about(p, o);
      if (what !== '') line(doc, what, { size: 8, colour: GREY });
      line(
        doc,
        o.rating === null
          ? text.notRated
          : fill(text.ratedAs, { letter: o.rating, meaning: text.ratingMeanings[o.rating] }),
        { size: 9, bold: true },
      );
      line(doc, o.text, { size: 9 });
      return;
    }
  }
}

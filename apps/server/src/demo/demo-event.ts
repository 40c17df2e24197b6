import type {
  CreateEventInput,
  DimIceCell,
  EventPlanInput,
  MultiPolygon,
  PlanFeatureInput,
  PlanSection,
  RampEntry,
  RiskEntry,
} from '@pactesur/contracts';
import {
  createLocalProjection,
  distance,
  lngLat,
  polygonContains,
  segmentsCross,
  xy,
  type LocalProjection,
  type PolygonXY,
  type XY,
} from '@pactesur/geo';
import { DEMO_ANALYSES } from './demo-analyses.ts';

/**
 * The demo's event: München's Fasching on Marienplatz, the "Tanz der Marktweiber" on Shrove Tuesday 2027
 * (9 February), 10:00 to 17:00 in München (UTC+1 in winter), its plan due with the agencies four weeks
 * before. Created by München's planner with `demoEventPlan` as its plan.
 */
export const DEMO_EVENT = {
  name: 'Fasching — Tanz der Marktweiber 2027',
  kind: 'carnival',
  startsAt: '2027-02-09T10:00:00+01:00',
  endsAt: '2027-02-09T17:00:00+01:00',
  submitBy: '2027-01-12T10:00:00+01:00',
} as const satisfies Omit<CreateEventInput, 'siteId' | 'plan'>;

/** The stage's footprint (m): across the square and deep. */
export const DEMO_STAGE_M = { width: 12, depth: 8 } as const;
/** What the stage keeps clear of the square's edge and its monuments (m). */
export const DEMO_STAGE_CLEARANCE_M = 2;
/** How far the stage stays from the mouth of every street (m), so that none is blocked. */
export const DEMO_STAGE_EXIT_CLEARANCE_M = 12;
/**
 * The enclosure's gates (m): the square is fenced across each street's mouth, with one gate in the middle
 * of each fence, as the Carnival of Nice closes Place Masséna.
 */
export const DEMO_GATE_M = 2.5;
/** The expected peak: near, and below, the square's safe capacity under the default profile. */
export const DEMO_EXPECTED_PEAK = 8_000;

/** The product of the planning catalogue that closes Tal and Dienerstraße to vehicles. */
const TEMPORARY_BARRIER = 'temporary-barrier-n2a-48';
/** How far up the street from the square the vehicle barriers stand (m): the depth kept clear behind them. */
const BARRIER_SETBACK_M = 8;

/**
 * The Carnival's plan as München's planner would write it for the square whose outline is `outline` (its
 * first polygon, holes kept: the Mariensäule, the Fischbrunnen …): the square as the one audience zone; a
 * 12 × 8 m stage in front of the Neues Rathaus, placed inside the square clear of its edge, its monuments
 * and the streets' mouths; the exits where the streets leave the square (the demo crowd simulation's exit
 * lines), each as wide as its line is long; two screening points, steward posts at every exit and at the
 * stage front, a medical post, a rendezvous point for the emergency services, police cameras, vehicle
 * barriers across Tal and Dienerstraße and the Kaufingerstraße approach; the DIM-ICE and RAMP worksheets,
 * the risk register (the vehicle-ramming scenario marked as the vulnerability assessment's when
 * `assessmentId` is given), a density trigger point with its alert, and Martyn's Law partly in place.
 * Throws when the stage fits nowhere in front of the Rathaus (an outline that is not Marienplatz).
 */
export function demoEventPlan(
  outline: MultiPolygon,
  options: { assessmentId?: string } = {},
): EventPlanInput {
  const square = outline.coordinates[0];
  const outer = square?.[0];
  if (!square || !outer || outer.length < 4) throw new Error('demoEventPlan: the outline has no polygon');
  const geo = localPlane(outer);
  const area: PolygonXY = { outer: geo.open(outer), holes: square.slice(1).map(geo.open) };

  const exits = DEMO_ANALYSES.crowd.exits.map((e) => {
    const a = geo.xy(e.line[0]);
    const b = geo.xy(e.line[1]);
    // The gate: DEMO_GATE_M in the middle of the fence across the street's mouth.
    const half = Math.min(1, DEMO_GATE_M / Math.max(distance(a, b), 1e-9)) / 2;
    const at = (t: number) => geo.lngLat(xy(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t));
    return {
      id: exitId(e.id),
      name: e.id,
      a,
      b,
      line: [at(0.5 - half), at(0.5 + half)] as [[number, number], [number, number]],
    };
  });
  const exit = (name: string) => {
    const found = exits.find((e) => e.name === name);
    if (!found) throw new Error(`demoEventPlan: no exit ${name}`);
    return found;
  };
  const stage = placeStage(area, exits, exit('Weinstraße'), exit('Dienerstraße'));
  if (!polygonContains(area, stage.front))
    throw new Error('demoEventPlan: the stage front is outside the square');

  /** A point `metres` into the square (negative: out of it) from the middle of an exit. */
  const fromExit = (name: string, metres: number): [number, number] =>
    geo.lngLat(alongNormal(area, exit(name), metres));
  /** A vehicle barrier across a street, as wide as its mouth, `BARRIER_SETBACK_M` out of the square. */
  const barrier = (name: string): [number, number][] => {
    const e = exit(name);
    const inward = inwardNormal(area, e);
    const out = (p: XY) =>
      geo.lngLat(xy(p[0] - inward[0] * BARRIER_SETBACK_M, p[1] - inward[1] * BARRIER_SETBACK_M));
    return [out(e.a), out(e.b)];
  };

  const features: PlanFeatureInput[] = [
    {
      id: 'marienplatz',
      type: 'zone',
      name: 'Marienplatz',
      use: 'audience',
      polygon: { type: 'Polygon', coordinates: square.map((ring) => ring.map(([lon, lat]) => [lon, lat])) },
    },
    {
      id: 'stage',
      type: 'structure',
      name: 'Stage in front of the Neues Rathaus',
      polygon: { type: 'Polygon', coordinates: [[...stage.corners, stage.corners[0]].map(geo.lngLat)] },
    },
    ...exits.map((e): PlanFeatureInput => ({
      id: e.id,
      type: 'exit',
      name: e.name,
      line: e.line,
      widthM: Math.min(DEMO_GATE_M, Math.round(distance(e.a, e.b) * 10) / 10),
      kind: 'level',
      entry: true,
    })),
    {
      id: 'screening-kaufinger',
      type: 'screening',
      name: 'Bag checks Kaufingerstraße',
      at: fromExit('Kaufingerstraße', 6),
      lanes: 8,
    },
    { id: 'screening-tal', type: 'screening', name: 'Bag checks Tal', at: fromExit('Tal', 5), lanes: 4 },
    {
      id: 'barrier-tal',
      type: 'vehicle-barrier',
      name: 'Vehicle barrier Tal',
      path: barrier('Tal'),
      productId: TEMPORARY_BARRIER,
      standoffM: BARRIER_SETBACK_M,
    },
    {
      id: 'barrier-diener',
      type: 'vehicle-barrier',
      name: 'Vehicle barrier Dienerstraße',
      path: barrier('Dienerstraße'),
      productId: TEMPORARY_BARRIER,
      standoffM: BARRIER_SETBACK_M,
    },
    {
      id: 'route-kaufinger',
      type: 'route',
      name: 'Kaufingerstraße approach',
      path: [
        fromExit('Kaufingerstraße', -150),
        fromExit('Kaufingerstraße', -75),
        fromExit('Kaufingerstraße', 0),
      ],
      widthM: 14,
      flowPerMin: 600,
    },
    {
      id: 'steward-stage',
      type: 'point',
      kind: 'steward',
      name: 'Stage front',
      at: geo.lngLat(stage.front),
      staff: 8,
    },
    ...exits.map((e): PlanFeatureInput => ({
      id: `steward-${e.id.slice('exit-'.length)}`,
      type: 'point',
      kind: 'steward',
      name: `Steward post ${e.name}`,
      at: fromExit(e.name, 3),
      staff: 2,
    })),
    {
      id: 'medical',
      type: 'point',
      kind: 'medical',
      name: 'Medical post (Red Cross), Petersplatz side',
      at: fromExit('Petersplatz', 10),
      staff: 6,
    },
    {
      id: 'rendezvous',
      type: 'point',
      kind: 'rendezvous',
      name: 'Rendezvous point for the emergency services, Tal',
      at: fromExit('Tal', -40),
    },
    {
      id: 'cctv-west',
      type: 'point',
      kind: 'cctv',
      name: 'Police camera, Kaufingerstraße corner',
      at: fromExit('Kaufingerstraße', 4),
    },
    {
      id: 'cctv-east',
      type: 'point',
      kind: 'cctv',
      name: 'Police camera, Dienerstraße corner',
      at: fromExit('Dienerstraße', 4),
    },
  ];

  return {
    features,
    sections: SECTIONS,
    expectedPeak: DEMO_EXPECTED_PEAK,
    reducedFlows: true,
    dimIce: DIM_ICE,
    ramp: RAMP,
    risks: risks(options.assessmentId),
    triggers: [
      {
        id: 'density-stage',
        name: 'Crowd too dense in front of the stage',
        metric: 'density',
        threshold: 4,
        action:
          'Pause the show from the stage, open Rindermarkt as an extra way out and stop letting people in at Kaufingerstraße and Tal.',
        alert: {
          headline: 'Marienplatz is too crowded: the show is paused',
          description:
            'The crowd in front of the stage on Marienplatz is too dense. The show is paused until the square is less full.',
          instruction:
            'Do not come to Marienplatz. If you are on the square, move away from the stage and leave calmly by Rindermarkt or Rosenstraße. Follow the stewards.',
          severity: 'Severe',
          urgency: 'Immediate',
        },
      },
      {
        id: 'square-full',
        name: 'Square at its expected peak',
        metric: 'occupancy',
        threshold: DEMO_EXPECTED_PEAK,
        action:
          'Close the bag checks at Kaufingerstraße and Tal to newcomers; announce on the stage and at the U-Bahn that the square is full.',
        alert: null,
      },
    ],
    martyn: ['evacuation', 'invacuation', 'communication', 'monitoring', 'movement-control'],
  };
}

// --- the plane of the square ------------------------------------------------------------------------------

type Position = readonly [number, number] | readonly number[];

/** The local plane around the centre of the square's outer ring, with coordinates rounded to 7 decimals on the way back. */
function localPlane(outer: readonly Position[]): {
  xy: (p: Position) => XY;
  open: (ring: readonly Position[]) => XY[];
  lngLat: (p: XY) => [number, number];
} {
  const lons = outer.map((p) => p[0] ?? 0);
  const lats = outer.map((p) => p[1] ?? 0);
  const projection: LocalProjection = createLocalProjection(
    lngLat((Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2),
  );
  const toXY = (p: Position) => projection.toXY(lngLat(p[0] ?? 0, p[1] ?? 0));
  const r7 = (v: number) => Math.round(v * 1e7) / 1e7;
  return {
    xy: toXY,
    // GeoJSON rings repeat their first point at the end; the plane's rings do not.
    open: (ring) => ring.slice(0, -1).map(toXY),
    lngLat: (p) => {
      const q = projection.toLngLat(p);
      return [r7(q[0]), r7(q[1])];
    },
  };
}

interface ExitLine {
  readonly id: string;
  readonly name: string;
  readonly a: XY;
  readonly b: XY;
}

/** An exit's id from its street's name: `Kaufingerstraße` → `exit-kaufingerstrasse`. */
function exitId(street: string): string {
  const plain = street
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `exit-${plain}`;
}

/** The unit normal of an exit's line that points into the square. */
function inwardNormal(area: PolygonXY, e: ExitLine): XY {
  const length = distance(e.a, e.b);
  const n = xy(-(e.b[1] - e.a[1]) / length, (e.b[0] - e.a[0]) / length);
  const mid = midpoint(e);
  return polygonContains(area, xy(mid[0] + n[0], mid[1] + n[1])) ? n : xy(-n[0], -n[1]);
}

function midpoint(e: ExitLine): XY {
  return xy((e.a[0] + e.b[0]) / 2, (e.a[1] + e.b[1]) / 2);
}

/** The point `metres` from the middle of an exit along its inward normal (out of the square when negative). */
function alongNormal(area: PolygonXY, e: ExitLine, metres: number): XY {
  const n = inwardNormal(area, e);
  const mid = midpoint(e);
  return xy(mid[0] + n[0] * metres, mid[1] + n[1] * metres);
}

/** The corners of an axis-aligned rectangle, counter-clockwise from the lower left. */
type Corners = readonly [XY, XY, XY, XY];
function rectangle(cx: number, cy: number, w: number, h: number): Corners {
  return [
    xy(cx - w / 2, cy - h / 2),
    xy(cx + w / 2, cy - h / 2),
    xy(cx + w / 2, cy + h / 2),
    xy(cx - w / 2, cy + h / 2),
  ];
}

/**
 * Whether an axis-aligned rectangle lies inside the polygon and clear of its holes: its corners inside, no
 * edge of the polygon crossing its edges, and no corner of the polygon (a notch of its edge, a hole) in it.
 */
function rectangleInside(area: PolygonXY, r: Corners): boolean {
  if (!r.every((p) => polygonContains(area, p))) return false;
  const [minX, minY] = [r[0][0], r[0][1]];
  const [maxX, maxY] = [r[2][0], r[2][1]];
  for (const ring of [area.outer, ...area.holes])
    for (let i = 0; i < ring.length; i++) {
      const p = ring[i] as XY;
      const q = ring[(i + 1) % ring.length] as XY;
      if (p[0] >= minX && p[0] <= maxX && p[1] >= minY && p[1] <= maxY) return false;
      for (let k = 0; k < 4; k++) {
        const s = r[k] as XY;
        const t = r[(k + 1) % 4] as XY;
        if (segmentsCross(p[0], p[1], q[0], q[1], s[0], s[1], t[0], t[1])) return false;
      }
    }
  return true;
}

/** The distance (m) from a point to an axis-aligned rectangle (0 inside it). */
function distanceToRectangle(p: XY, r: Corners): number {
  const dx = Math.max(r[0][0] - p[0], 0, p[0] - r[2][0]);
  const dy = Math.max(r[0][1] - p[1], 0, p[1] - r[2][1]);
  return Math.hypot(dx, dy);
}

/** Where the stage stands: its corners (the two at the back first, against the façade) and the middle of its front. */
interface Stage {
  readonly corners: Corners;
  readonly front: XY;
}

/**
 * The stage, against the Neues Rathaus: the Rathaus's front runs along the north of the square from
 * Weinstraße to Dienerstraße. In a frame along that front (`u` along it, `v` into the square), the stage is a
 * 12 × 8 m rectangle parallel to it, as near to it as fits inside the square with
 * {@link DEMO_STAGE_CLEARANCE_M} to spare on every side and {@link DEMO_STAGE_EXIT_CLEARANCE_M} from every
 * street's mouth, and among those the nearest to the middle of the front (the balcony). Searched on a
 * half-metre grid; its front faces the square.
 */
function placeStage(area: PolygonXY, exits: readonly ExitLine[], west: ExitLine, east: ExitLine): Stage {
  const origin = midpoint(west);
  const length = distance(origin, midpoint(east));
  const d = xy((midpoint(east)[0] - origin[0]) / length, (midpoint(east)[1] - origin[1]) / length);
  // The normal on the side of the square: the one the middle of the front's inward step falls inside.
  const left = xy(-d[1], d[0]);
  const probe = (n: XY) =>
    xy(origin[0] + d[0] * (length / 2) + n[0] * 15, origin[1] + d[1] * (length / 2) + n[1] * 15);
  const n = polygonContains(area, probe(left)) ? left : xy(d[1], -d[0]);
  const toFrame = (p: XY) =>
    xy(
      (p[0] - origin[0]) * d[0] + (p[1] - origin[1]) * d[1],
      (p[0] - origin[0]) * n[0] + (p[1] - origin[1]) * n[1],
    );
  const fromFrame = (p: XY) =>
    xy(origin[0] + d[0] * p[0] + n[0] * p[1], origin[1] + d[1] * p[0] + n[1] * p[1]);
  const framed: PolygonXY = { outer: area.outer.map(toFrame), holes: area.holes.map((h) => h.map(toFrame)) };
  const mouths = exits.map((e) => toFrame(midpoint(e)));

  const { width, depth } = DEMO_STAGE_M;
  const c = DEMO_STAGE_CLEARANCE_M;
  const middle = length / 2;
  for (let v = depth / 2 + c; v <= 60; v += 0.5) {
    let best: { u: number; off: number } | null = null;
    for (let u = width / 2 + c; u <= length - width / 2 - c; u += 0.5) {
      if (!rectangleInside(framed, rectangle(u, v, width + 2 * c, depth + 2 * c))) continue;
      const corners = rectangle(u, v, width, depth);
      if (mouths.some((m) => distanceToRectangle(m, corners) < DEMO_STAGE_EXIT_CLEARANCE_M)) continue;
      const off = Math.abs(u - middle);
      if (!best || off < best.off) best = { u, off };
    }
    if (best) {
      const [a, b, p, q] = rectangle(best.u, v, width, depth).map(fromFrame) as [XY, XY, XY, XY];
      return { corners: [a, b, p, q], front: fromFrame(xy(best.u, v + depth / 2 + 3)) };
    }
  }
  throw new Error('demoEventPlan: the stage fits nowhere in front of the Neues Rathaus');
}

// --- what the planner wrote -------------------------------------------------------------------------------

const SECTIONS: Partial<Record<PlanSection, string>> = {
  outline:
    'On Shrove Tuesday the market women of the Viktualienmarkt dance on a stage in front of the Neues Rathaus, ' +
    'followed by carnival bands and guilds from 10:00 until 17:00. The square is fenced across each street with one ' +
    '2.5 m gate per street, where bags are checked and stewards count; entry is free.\n\n' +
    'Build-up of the stage and the barriers runs from 05:00 to 09:30, when deliveries stop; take-down starts at 17:30.',
  crowdProfile:
    'Families with small children in costume in the morning, groups of young adults from noon, many of them drinking; ' +
    'the peak comes between 12:00 and 15:00 with up to 8,000 people on the square at once, and 60,000 over the day. ' +
    'Many arrive by U-Bahn and S-Bahn at Marienplatz station, whose exits open onto the square. Flows are planned ' +
    'with the figures for an audience that has drunk alcohol.',
  organisation:
    'Organiser: the City of München, public order department (Kreisverwaltungsreferat), event office. ' +
    'Event control sits in the Neues Rathaus, room 130, with the police, the fire brigade and the Red Cross liaison ' +
    'officers; the safety officer decides to pause or stop the show. Stewards are provided by the security contractor ' +
    '(one supervisor per 10 stewards), radio call sign "Marienplatz Control".',
  crowdManagement:
    'Steward posts at the mouth of every street and 8 stewards on the barrier line in front of the stage, in two shifts ' +
    '(09:30–13:30 and 13:00–17:30, overlapping at the peak). Front-of-stage barrier 3 m from the stage with a pit for ' +
    'first aid. At the end, the show stops in stages so that the square empties through all seven streets; ' +
    'Kaufingerstraße is one-way towards Stachus from 16:30.',
  emergencyProcedures:
    'Evacuation: announced from the stage and the public-address system; people leave by all seven streets, stewards ' +
    'keep Rindermarkt and Rosenstraße clear for emergency access. Invacuation: shops in the Rathaus arcades and ' +
    'Kaufingerstraße take people in on a police instruction. Lockdown of the Neues Rathaus on a police instruction. ' +
    'Trigger point: density of 4 persons/m² in front of the stage pauses the show and opens Rindermarkt.',
  traffic:
    'Tal and Dienerstraße are closed to vehicles by temporary rated barriers from 09:30; deliveries only before 09:30. ' +
    'MVG runs extra U-Bahn trains; if the square is full, trains pass Marienplatz without stopping and passengers are ' +
    'sent to Odeonsplatz and Karlsplatz (Stachus). Emergency vehicles reach the square through Tal, where the barrier ' +
    "opens on the police officer's order.",
  medical:
    'A Red Cross medical post with a doctor on the Petersplatz side, two foot patrols in the crowd, and an ambulance ' +
    'at the rendezvous point in Tal. Cold and alcohol are the main risks: the post is heated and has blankets.',
  communications:
    'Radio channel 1 for event control and the supervisors, channel 2 for the stewards; the police, the fire brigade ' +
    'and the Red Cross stay on their own networks with liaison officers in event control. Public-address scripts ' +
    '(German and English) for a pause, an evacuation and a full square. Pre-written alerts are drafted for the ' +
    'trigger points.',
  weather:
    'Deutscher Wetterdienst warnings are checked at 06:00 and hourly. Gusts above 60 km/h: the stage roof and the ' +
    'banners come down and the show pauses; a severe weather warning or black ice on the square cancels the show, ' +
    'decided by the safety officer with the police.',
};

const DIM_ICE: DimIceCell[] = [
  {
    row: 'design',
    column: 'ingress',
    normal: 'Seven streets and the U-Bahn exits open onto the square; bag checks at Kaufingerstraße and Tal.',
    abnormal: 'Queues at the bag checks back up into Kaufingerstraße.',
    emergency: 'Bag checks are stopped and the lanes opened fully.',
    features: ['screening-kaufinger', 'screening-tal'],
  },
  {
    row: 'design',
    column: 'circulation',
    normal: 'The stage leaves the square open around the Mariensäule.',
    abnormal: 'The space between the stage and the Fischbrunnen fills up.',
    emergency: 'The front-of-stage pit gives first aid and stewards a way in.',
    features: ['stage'],
  },
  {
    row: 'design',
    column: 'egress',
    normal: 'Seven gates of 2.5 m, one in the fence across each street.',
    abnormal: 'Kaufingerstraße is closed by an incident.',
    emergency: 'The remaining exits hold the crowd within the egress time.',
    features: ['exit-kaufingerstrasse', 'exit-rosenstrasse', 'exit-dienerstrasse'],
  },
  {
    row: 'information',
    column: 'ingress',
    normal: 'Signs at the U-Bahn and at Stachus show the way and the rules (no glass).',
    abnormal: 'Social media report the square as full.',
    emergency: 'MVG announces that trains do not stop at Marienplatz.',
    features: [],
  },
  {
    row: 'information',
    column: 'circulation',
    normal: 'Announcements from the stage between acts.',
    abnormal: 'Rumours in the crowd after an incident.',
    emergency: 'Pre-written announcements in German and English.',
    features: ['stage'],
  },
  {
    row: 'information',
    column: 'egress',
    normal: 'Stewards point people to the nearest street at the end.',
    abnormal: 'People head for the U-Bahn only.',
    emergency: 'The public address names each street to leave by.',
    features: [],
  },
  {
    row: 'management',
    column: 'ingress',
    normal: 'Counts at the bag checks every 15 minutes to event control.',
    abnormal: 'Count reaches 8,000.',
    emergency: 'Entry stops; stewards hold people at the edge of the pedestrian zone.',
    features: ['screening-kaufinger', 'screening-tal'],
  },
  {
    row: 'management',
    column: 'circulation',
    normal: 'Stewards at the stage front watch the density.',
    abnormal: 'Density reaches 4 persons/m² in front of the stage.',
    emergency: 'The show pauses and Rindermarkt opens as an extra way out.',
    features: ['steward-stage', 'exit-rindermarkt'],
  },
  {
    row: 'management',
    column: 'egress',
    normal: 'The show ends in stages over 30 minutes.',
    abnormal: 'A crowd surge towards the U-Bahn entrance.',
    emergency: 'Police close the U-Bahn entrances and send people to Odeonsplatz.',
    features: [],
  },
];

const RAMP: RampEntry[] = [
  {
    id: 'ramp-routes',
    element: 'routes',
    phase: 'ingress',
    text: 'Kaufingerstraße brings most visitors from Stachus; its level of service stays at C at the peak.',
    rating: 'amber',
    features: ['route-kaufinger'],
  },
  {
    id: 'ramp-areas',
    element: 'areas',
    phase: 'circulation',
    text: 'The square holds about 16,500 at 2 persons/m², but its seven gates let out 8,640 in 8 minutes without the widest: the expected peak of 8,000 leaves little margin.',
    rating: 'amber',
    features: ['marienplatz', 'stage'],
  },
  {
    id: 'ramp-movement',
    element: 'movement',
    phase: 'egress',
    text: 'The seven gates together empty the square in about 6½ minutes at the peak; the cross-flow at the U-Bahn entrance is the weak point.',
    rating: 'green',
    features: [],
  },
  {
    id: 'ramp-profile',
    element: 'profile',
    phase: 'circulation',
    text: 'Alcohol from noon and children in the morning: the flows are lowered and the stewards briefed on lost children.',
    rating: 'amber',
    features: [],
  },
  {
    id: 'ramp-vehicles',
    element: 'routes',
    phase: 'circulation',
    text: 'Tal is a straight approach for a vehicle into the crowd; closed by rated barriers.',
    rating: 'red',
    features: ['barrier-tal', 'exit-tal'],
  },
];

function risks(assessmentId: string | undefined): RiskEntry[] {
  return [
    {
      id: 'crush-stage',
      hazard: 'Crowd crush at the stage front',
      likelihood: 3,
      impact: 5,
      controls:
        'Front-of-stage barrier with a pit, 8 stewards, density trigger point at 4 persons/m², show paused from the stage.',
      owner: 'Safety officer, City of München',
      features: ['stage', 'steward-stage'],
      fromAssessment: null,
    },
    {
      id: 'ramming-tal',
      hazard: 'Vehicle driven into the crowd through Tal',
      likelihood: 3,
      impact: 5,
      controls:
        'Temporary rated barriers across Tal and Dienerstraße from 09:30; deliveries only before; police at the barriers.',
      owner: 'Police headquarters München',
      features: ['barrier-tal', 'barrier-diener', 'exit-tal'],
      fromAssessment: assessmentId ? { assessmentId, threat: 'vehicle-ramming' } : null,
    },
    {
      id: 'disorder',
      hazard: 'Fights and disorder from alcohol',
      likelihood: 3,
      impact: 2,
      controls: 'No glass on the square, bag checks, police patrols, stewards trained to call them.',
      owner: 'Police headquarters München',
      features: ['screening-kaufinger', 'screening-tal'],
      fromAssessment: null,
    },
    {
      id: 'cold',
      hazard: 'Cold, ice and slips',
      likelihood: 2,
      impact: 3,
      controls: 'Square gritted at 06:00 and noon; heated medical post; weather checks.',
      owner: 'Building department, winter service',
      features: ['medical'],
      fromAssessment: null,
    },
    {
      id: 'lost-children',
      hazard: 'Lost children',
      likelihood: 4,
      impact: 2,
      controls: 'Meeting point at the medical post, announced from the stage; stewards briefed.',
      owner: 'Event office, City of München',
      features: ['medical'],
      fromAssessment: null,
    },
  ];
}

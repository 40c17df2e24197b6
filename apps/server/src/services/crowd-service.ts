import { MAX_PEOPLE, type CreateCrowdSimulation, type CrowdSimulation, type MultiPolygon } from '@pactesur/contracts';
import { createLocalProjection, lngLat, xy } from '@pactesur/geo';
import { prepareScenario, type Issue, type ScenarioInput } from '@pactesur/crowd';
import { AppError } from '../errors/app-error.ts';
import { crowdSimulationRecord } from '../records/crowd-simulation.ts';
import type { CrowdSimulationRow } from '../repositories/crowd-simulations.ts';
import type { Repositories } from '../repositories/index.ts';
import type { AccessService } from './access-service.ts';
import { requireRole, type Actor } from './actor.ts';
import { jobRecordView, SiteRecordService, type JobRecords } from './job-records.ts';
import { outlineAreaM2 } from './outline-geometry.ts';

/** Exit ends this close to the outline (m) are moved onto it: a client rounds coordinates, the simulator does not. */
export const EXIT_SNAP_M = 0.5;

/** `p` moved onto the nearest edge of the outline's rings when it lies within EXIT_SNAP_M of it. */
export function snapToOutline(outline: MultiPolygon, p: readonly [number, number]): [number, number] {
  // Metres around `p` (geo's projection, the one the simulator and the web use): `p` is the origin.
  const local = createLocalProjection(lngLat(p[0], p[1]));
  let best: [number, number] = [p[0], p[1]];
  let bestD = EXIT_SNAP_M;
  for (const polygon of outline.coordinates)
    for (const ring of polygon)
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = local.toXY(lngLat(...(ring[i] as [number, number])));
        const b = local.toXY(lngLat(...(ring[i + 1] as [number, number])));
        const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
        const len2 = dx * dx + dy * dy;
        const t = len2 > 0 ? Math.max(0, Math.min(1, -(a[0] * dx + a[1] * dy) / len2)) : 0;
        const [x, y] = [a[0] + t * dx, a[1] + t * dy];
        const d = Math.hypot(x, y);
        if (d < bestD) {
          bestD = d;
          const snapped = local.toLngLat(xy(x, y));
          best = [snapped[0], snapped[1]];
        }
      }
  return best;
}

/**
 * The scenario of CROWD.md (WGS84) for a site: its outline is the walkable area (holes — buildings,
 * fountains — are obstacles), the exits are the segments drawn on its edge, and the people are spread over
 * the start area (default: each part of the outline, in proportion to its area).
 */
export function scenarioForSite(siteOutline: MultiPolygon, input: CreateCrowdSimulation): { scenario: ScenarioInput; agents: number } {
  const outline = input.walkable ?? siteOutline;
  const parts = outline.coordinates.map((polygon) => ({ polygon, areaM2: outlineAreaM2({ type: 'MultiPolygon', coordinates: [polygon] }) }));
  const walkableM2 = parts.reduce((s, p) => s + p.areaM2, 0);
  const total = input.count ?? Math.max(1, Math.round((input.density ?? 0) * walkableM2));
  const blocks: { count: number; area: [number, number][] }[] = [];
  if (input.area) blocks.push({ count: total, area: input.area.coordinates[0] ?? [] });
  else {
    let placed = 0;
    parts.forEach((p, i) => {
      const count = i === parts.length - 1 ? total - placed : Math.round((total * p.areaM2) / Math.max(1, walkableM2));
      placed += count;
      if (count > 0) blocks.push({ count, area: p.polygon[0] ?? [] });
    });
  }
  const [pMin, pMax] = input.premovementS;
  return {
    agents: total,
    scenario: {
      model: { kind: input.model },
      dt: 0.01,
      duration: input.durationS,
      seed: input.seed,
      geometry: {
        crs: 'wgs84',
        walkable: outline.coordinates.map((polygon) => polygon[0] ?? []),
        obstacles: outline.coordinates.flatMap((polygon) => polygon.slice(1)),
      },
      exits: input.exits.map((e) => ({ id: e.id, line: [snapToOutline(outline, e.line[0]), snapToOutline(outline, e.line[1])] })),
      agents: blocks.map((b) => ({ count: b.count, area: b.area, exit: input.exitChoice, premovement: { dist: 'uniform', min: pMin, max: pMax } })),
      measure: { lines: [], areas: [], sampleEveryS: 1 },
    },
  };
}

/** Scenario issue paths in the words of the request (`exits[2].line` → `exits.2.line`, `agents[0].area` → `area`). */
const requestPath = (path: string): string => {
  if (path.startsWith('exits')) return path.replace(/\[(\d+)\]/g, '.$1');
  if (path.startsWith('agents')) return path.includes('area') ? 'area' : 'count';
  if (path.startsWith('geometry')) return 'site.outline';
  return path;
};

/**
 * The refusal of a scenario the simulator will not run, every issue kept. When all that is wrong is drawn
 * exits that cannot work (off the edge, too narrow, closed off): `exit_unusable`, one sentence naming each
 * exit, and per exit the request path, its name, why (`off-edge`, `narrow`, `closed`) and the simulator's
 * words. When anything else is wrong (an exit named like a way of choosing exits, people placed outside
 * the area), alone or with such exits: `scenario_invalid`, every issue in its sentence and in its details,
 * those of unusable exits still with the exit's name and why.
 */
function scenarioRefusal(issues: readonly Issue[], exits: CreateCrowdSimulation['exits']): AppError {
  const details = issues.map((i) => {
    const k = /^exits\[(\d+)\]/.exec(i.path)?.[1];
    const exit = k === undefined ? undefined : exits[Number(k)];
    if (!exit || !i.exitProblem) return { path: requestPath(i.path), message: i.message };
    return { path: `exits.${k}.line`, exit: exit.id, problem: i.exitProblem, message: i.message };
  });
  const unusable = details.filter((d) => 'exit' in d);
  if (unusable.length === details.length)
    return new AppError(
      'exit_unusable',
      `${unusable.map((d) => `Exit "${d.exit}" cannot be used: it ${d.message.replace(/^exit "[^"]*" /, '')}`).join('. ')}.`,
      details,
    );
  return new AppError('scenario_invalid', `The simulation cannot run: ${details.map((d) => `${d.path}: ${d.message}`).join('; ')}.`, details);
}

/**
 * Crowd simulations of sites (CROWD.md). Starting one builds the scenario from the site and the exits drawn
 * on its edge, checks it (exits on the boundary, people inside the walkable area and able to reach an exit),
 * and runs a `crowd.simulate` job, whose result and playback frames the job system settles into the
 * simulation when it succeeds. Owned by the organisation that ran it, shared and audited like every analysis.
 */
export class CrowdService extends SiteRecordService<CrowdSimulationRow, CrowdSimulation> {
  constructor(private readonly repos: Pick<Repositories, 'crowd' | 'sites'>, private readonly access: AccessService, records: JobRecords) {
    super(records, crowdSimulationRecord, repos.crowd, crowdView);
  }

  async start(actor: Actor, siteId: string, input: CreateCrowdSimulation): Promise<CrowdSimulation> {
    const analyst = requireRole(actor, 'analyst');
    await this.access.read(actor, 'site', siteId);
    const site = await this.repos.sites.find(siteId);
    if (!site) throw new AppError('not_found');
    const ids = new Set<string>();
    for (const [i, e] of input.exits.entries()) {
      if (ids.has(e.id)) throw new AppError('scenario_invalid', `Two exits are called "${e.id}".`, [{ path: `exits.${i}.id`, message: 'duplicate' }]);
      ids.add(e.id);
    }
    const { scenario, agents } = scenarioForSite(site.outline, input);
    if (agents > MAX_PEOPLE)
      throw new AppError('scenario_invalid', `${agents} people is more than a simulation takes (${MAX_PEOPLE}).`, [{ path: input.count ? 'count' : 'density', message: 'too many people' }]);
    const checked = prepareScenario(scenario);
    if (!checked.ok) throw scenarioRefusal(checked.error, input.exits);
    const name = input.name ?? `${site.name} — ${agents} people, ${input.exits.length} exit${input.exits.length === 1 ? '' : 's'}`;
    const request = { kind: 'crowd.simulate', input: { scenario } };
    const id = await this.records.start(actor, analyst, crowdSimulationRecord, { request, detail: `${name} (site ${siteId})` }, (trx, jobId) =>
      this.repos.crowd.insert({ ownerOrgId: analyst.orgId, siteId, name, request: input, agents, jobId, createdBy: analyst.userId }, trx),
    );
    return this.records.view(this.source, id, 'owner');
  }

  /** The result or the playback frames as stored JSON text; `simulation_not_ready` until done. */
  json(actor: Actor, id: string, part: 'result' | 'frames'): Promise<string> {
    return this.records.stored(actor, crowdSimulationRecord, id, part, 'simulation_not_ready');
  }
}

/** What the API shows of a crowd simulation. */
function crowdView(r: CrowdSimulationRow, access: CrowdSimulation['access']): CrowdSimulation {
  return {
    ...jobRecordView(r, access),
    siteId: r.siteId,
    name: r.name,
    model: r.request.model,
    exits: r.request.exits,
    agents: r.agents,
    durationS: r.request.durationS,
  };
}

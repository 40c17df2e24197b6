import type {
  AfterActionReport,
  AgencyMetrics,
  CorrectiveAction,
  EegRating,
  ExerciseClock,
  ExerciseResponse,
  Feedback,
  Observation,
  Participant,
  ReplayItem,
} from '@pactesur/contracts';
import type { DeliveryRow } from './exercise-run-repository.ts';

/** Worst first: a capability is rated by the worst observation of it. */
const SEVERITY: readonly EegRating[] = ['U', 'M', 'S', 'P'];

const median = (xs: readonly number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const seconds = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 1000;

/** What the report is made of: the run's records, read once. */
export interface AfterActionInputs {
  readonly exerciseId: string;
  readonly name: string;
  readonly clock: ExerciseClock;
  readonly participants: readonly Participant[];
  readonly deliveries: readonly DeliveryRow[];
  readonly responses: readonly ExerciseResponse[];
  readonly observations: readonly Observation[];
  readonly feedback: readonly Feedback[];
  readonly actions: readonly CorrectiveAction[];
}

/** The whole exercise in the order it happened: deliveries, responses and observations. */
export function replayOf(i: Pick<AfterActionInputs, 'deliveries' | 'responses' | 'observations'>): ReplayItem[] {
  const items: ReplayItem[] = [
    ...i.deliveries.flatMap((d): ReplayItem[] =>
      d.status === 'delivered' && d.delivery ? [{ kind: 'delivery', at: d.at, scenarioTimeS: d.scenarioTimeS, delivery: d.delivery, reached: [...d.reached] }] : [],
    ),
    ...i.responses.map((r): ReplayItem => ({ kind: 'response', at: r.at, scenarioTimeS: r.scenarioTimeS, response: r })),
    ...i.observations.map((o): ReplayItem => ({ kind: 'observation', at: o.observedAt, scenarioTimeS: o.scenarioTimeS, observation: o })),
  ];
  return items.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** How fast each participating agency answered the injects that reached it, and when it declared a major incident. */
export function agencyMetrics(i: Pick<AfterActionInputs, 'participants' | 'deliveries' | 'responses'>): AgencyMetrics[] {
  const orgs = new Map(i.participants.map((p) => [p.orgId, p.orgName]));
  const delivered = i.deliveries.filter((d) => d.status === 'delivered');
  return [...orgs].map(([orgId, orgName]) => {
    const received = delivered.filter((d) => d.reached.includes(orgId)).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const mine = i.responses.filter((r) => r.orgId === orgId);
    const times = received.flatMap((d) => {
      const first = mine.filter((r) => r.injectId === d.injectId).sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0];
      return first ? [seconds(d.at, first.at)] : [];
    });
    const major = mine.filter((r) => r.methane?.major).sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0];
    const firstIn = received[0];
    return {
      orgId,
      orgName,
      injectsReceived: received.length,
      responses: mine.length,
      medianResponseS: median(times),
      slowestResponseS: times.length ? Math.max(...times) : null,
      decisionS: major && firstIn ? seconds(firstIn.at, major.at) : null,
    };
  });
}

/**
 * The after-action report (EXERCISES.md): per objective and capability the observations' ratings and the
 * worst of them, the strengths (observations rated P) and the areas for improvement (S, M, U), the
 * feedback, the improvement plan, the metrics (inject latency; each agency's response and decision
 * times) and the timeline.
 */
export function afterActionReport(i: AfterActionInputs): AfterActionReport {
  const groups = new Map<string, { objectiveId: string | null; capabilityId: string | null; ratings: EegRating[] }>();
  for (const o of i.observations) {
    if (!o.rating) continue;
    const key = `${o.objectiveId ?? ''}|${o.capabilityId ?? ''}`;
    const g = groups.get(key) ?? { objectiveId: o.objectiveId, capabilityId: o.capabilityId, ratings: [] };
    g.ratings.push(o.rating);
    groups.set(key, g);
  }
  const late = i.deliveries.flatMap((d) => (d.status === 'delivered' && d.lateMs !== null ? [d.lateMs] : []));
  return {
    exerciseId: i.exerciseId,
    name: i.name,
    clock: i.clock,
    ratings: [...groups.values()].map((g) => ({
      objectiveId: g.objectiveId,
      capabilityId: g.capabilityId,
      counts: { P: g.ratings.filter((r) => r === 'P').length, S: g.ratings.filter((r) => r === 'S').length, M: g.ratings.filter((r) => r === 'M').length, U: g.ratings.filter((r) => r === 'U').length },
      overall: SEVERITY.find((r) => g.ratings.includes(r)) ?? null,
    })),
    strengths: i.observations.filter((o) => o.rating === 'P'),
    improvements: i.observations.filter((o) => o.rating === 'S' || o.rating === 'M' || o.rating === 'U'),
    feedback: [...i.feedback],
    actions: [...i.actions],
    metrics: {
      injectsDelivered: i.deliveries.filter((d) => d.status === 'delivered').length,
      medianInjectLatencyMs: median(late),
      maxInjectLatencyMs: late.length ? Math.max(...late) : null,
      agencies: agencyMetrics(i),
    },
    timeline: replayOf(i),
  };
}

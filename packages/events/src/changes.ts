import {
  PLAN_SECTIONS,
  type EventChanges,
  type EventPlan,
  type Figure,
  type PlanFeature,
} from '@pactesur/contracts';

/** What changed between two plans, without the previous event's id and name (the caller knows them). */
export type PlanChanges = Omit<EventChanges, 'previousId' | 'previousName'>;

const own = (o: Record<string, unknown>, k: string): unknown =>
  Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;

/** Whether two JSON values are the same, key order aside. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const k of keys) if (!sameValue(own(ra, k), own(rb, k))) return false;
  return true;
}

/** The names of the fields whose values differ between two versions of a feature, in the order they come. */
function changedFields(before: PlanFeature, after: PlanFeature): string[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((k) => k !== 'id' && !sameValue(own(b, k), own(a, k)));
}

/**
 * What changed from last year's plan (`before`) to this one (`after`), figure by figure with the figures
 * computed for each:
 * - features matched by id: those changed (with the names of the fields that differ) and added, in this
 *   plan's order, then those removed, in last year's order;
 * - the figures whose value changed, in this plan's order, then any only last year had;
 * - the sections whose text changed (an absent section counts as empty), in the plan's order;
 * - the expected peak before and after.
 */
export function planChanges(
  before: EventPlan,
  after: EventPlan,
  figuresBefore: readonly Figure[],
  figuresAfter: readonly Figure[],
): PlanChanges {
  const beforeById = new Map(before.features.map((f) => [f.id, f]));
  const afterIds = new Set(after.features.map((f) => f.id));
  const features: PlanChanges['features'] = [];
  for (const f of after.features) {
    const old = beforeById.get(f.id);
    if (old === undefined)
      features.push({ id: f.id, name: f.name, type: f.type, change: 'added', fields: [] });
    else {
      const fields = changedFields(old, f);
      if (fields.length > 0)
        features.push({ id: f.id, name: f.name, type: f.type, change: 'changed', fields });
    }
  }
  for (const f of before.features)
    if (!afterIds.has(f.id))
      features.push({ id: f.id, name: f.name, type: f.type, change: 'removed', fields: [] });

  const valueBefore = new Map(figuresBefore.map((f) => [f.key, f.value]));
  const valueAfter = new Map(figuresAfter.map((f) => [f.key, f.value]));
  const keys = [...new Set([...figuresAfter.map((f) => f.key), ...figuresBefore.map((f) => f.key)])];
  const figures = keys.flatMap((key) => {
    const b = valueBefore.get(key) ?? null;
    const a = valueAfter.get(key) ?? null;
    return b === a ? [] : [{ key, before: b, after: a }];
  });

  const sections = PLAN_SECTIONS.filter((s) => (before.sections[s] ?? '') !== (after.sections[s] ?? ''));
  return {
    features,
    figures,
    sections,
    expectedPeak: { before: before.expectedPeak, after: after.expectedPeak },
  };
}

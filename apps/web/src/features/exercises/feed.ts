import { Delivery } from '@pactesur/contracts';

/**
 * The injects delivered to an organisation, as its page gathers them: from its part of the exercise's live
 * channel (`{ type: 'inject', delivery }`, followed from the first message) and, after a gap, from the API.
 */

/** The delivery a live message carries; null for a message of another kind or of another shape. */
export function deliveryOf(payload: unknown): Delivery | null {
  if (typeof payload !== 'object' || payload === null || (payload as { type?: unknown }).type !== 'inject') return null;
  const parsed = Delivery.safeParse((payload as { delivery?: unknown }).delivery);
  return parsed.success ? parsed.data : null;
}

/** The feed with more deliveries: each inject once (the first copy kept), in the order delivered. */
export function withDeliveries(feed: readonly Delivery[], more: readonly Delivery[]): Delivery[] {
  const seen = new Set(feed.map((d) => d.injectId));
  const out = [...feed];
  for (const d of more) {
    if (seen.has(d.injectId)) continue;
    seen.add(d.injectId);
    out.push(d);
  }
  return out.sort((a, b) => Date.parse(a.deliveredAt) - Date.parse(b.deliveredAt) || a.scenarioTimeS - b.scenarioTimeS || a.number - b.number);
}

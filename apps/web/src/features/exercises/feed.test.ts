import type { Delivery } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { deliveryOf, withDeliveries } from './feed.ts';

const delivery = (number: number, deliveredAt: string, over: Partial<Delivery> = {}): Delivery => ({
  injectId: `i${number}`,
  number,
  storyline: '',
  scenarioTimeS: number * 60,
  deliveredAt,
  from: 'Simulated caller',
  to: ['local-police'],
  method: 'phone',
  message: `Message ${number}`,
  attachments: [],
  cap: null,
  ...over,
});

describe('deliveryOf', () => {
  it('reads the delivery of an inject message', () => {
    const d = delivery(1, '2027-03-10T08:00:00.000Z');
    expect(deliveryOf({ type: 'inject', delivery: d })).toEqual(d);
  });

  it('ignores news, other messages and deliveries of another shape', () => {
    expect(deliveryOf({ change: 'delivered', injects: ['i1'] })).toBeNull();
    expect(deliveryOf(null)).toBeNull();
    expect(deliveryOf('inject')).toBeNull();
    expect(deliveryOf({ type: 'inject', delivery: { injectId: 'i1' } })).toBeNull();
    expect(deliveryOf({ type: 'inject', delivery: { ...delivery(1, '2027-03-10T08:00:00.000Z'), method: 'pigeon' } })).toBeNull();
  });
});

describe('withDeliveries', () => {
  it('keeps each inject once, in the order delivered, whichever way it came', () => {
    const one = delivery(1, '2027-03-10T08:00:00.000Z');
    const two = delivery(2, '2027-03-10T08:00:02.000Z');
    const three = delivery(3, '2027-03-10T08:00:02.000Z', { scenarioTimeS: 120 });
    const feed = withDeliveries([one], [three, two]);
    expect(feed.map((d) => d.number)).toEqual([1, 2, 3]);
    // The same inject from the API after a gap, and a copy that differs: the first one stays.
    const again = withDeliveries(feed, [{ ...one, message: 'changed' }, two]);
    expect(again.map((d) => d.number)).toEqual([1, 2, 3]);
    expect(again[0]?.message).toBe('Message 1');
  });
});

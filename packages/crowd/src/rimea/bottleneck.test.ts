import { describe, expect, it } from 'vitest';
import { bottleneckFlow } from './bottleneck.ts';

describe('a 1 m bottleneck', () => {
  it.each(['cfsm', 'sfm'] as const)(
    'lets 1.2–2.0 persons/(m·s) through with the %s model, and everyone out',
    (kind) => {
      const r = bottleneckFlow(kind, 1, 2, 150);
      expect(r.evacuationTimeS).not.toBeNull();
      expect(r.specificFlow).toBeGreaterThanOrEqual(1.2);
      expect(r.specificFlow).toBeLessThanOrEqual(2.0);
    },
  );
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorCatalogue } from './catalogue.ts';

const doc = readFileSync(new URL('../../../../docs/errors.md', import.meta.url), 'utf8');
const documented = new Map(
  [...doc.matchAll(/^\| `([a-z_]+)` \| (\d{3}) \| (.+) \|$/gm)].map((m) => [m[1], { status: Number(m[2]), message: m[3] }]),
);

describe('the error catalogue and docs/errors.md', () => {
  it('list the same codes', () => {
    expect([...documented.keys()].sort()).toEqual(Object.keys(errorCatalogue).sort());
  });

  it('agree on the status and message of every code', () => {
    for (const [code, entry] of Object.entries(errorCatalogue)) {
      expect(documented.get(code), code).toEqual({ status: entry.status, message: entry.message });
    }
  });

  it('uses only 4xx and 5xx statuses, 5xx only for server faults', () => {
    for (const [code, { status }] of Object.entries(errorCatalogue)) {
      expect(status >= 400 && status < 600, code).toBe(true);
      if (status >= 500) expect(['internal_error', 'database_unavailable']).toContain(code);
    }
  });
});

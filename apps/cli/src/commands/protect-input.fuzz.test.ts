// The inputs of `pactesur protect plan` on broken and hostile files and flags: `parseJson`, `parsePoint` and
// `loadProtectSite` give their value or a CLI error, never another exception, within bounded time and
// memory. Corpus: fuzz/corpus/zone/ and fuzz/corpus/osm/.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { bounded, corpus, fuzz, hostileNumberText, hostileText, mutatedBytes, mutatedText } from '../../../../fuzz/harness.mjs';
import { CliError } from '../cli-error.ts';
import { loadProtectSite, parseJson, parsePoint } from './protect-input.ts';

const dir = mkdtempSync(join(tmpdir(), 'pactesur-fuzz-protect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const zones = corpus('zone');
const extracts = corpus('osm').filter((e) => e.name.startsWith('seed-'));
const zoneSeed = new TextDecoder().decode(zones.find((e) => e.name === 'seed-square-with-hole.geojson')?.bytes);

/** Runs `f`; a throw must be a CLI error with the exit code `code`. */
async function refusedAs<T>(code: number, f: () => T | Promise<T>): Promise<T | null> {
  try {
    return await f();
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    expect((e as CliError).exitCode).toBe(code);
    return null;
  }
}

async function checkSite([zone, extract]: readonly [Uint8Array, Uint8Array]): Promise<void> {
  const zoneFile = join(dir, 'zone.geojson');
  const osmFile = join(dir, 'extract.osm');
  writeFileSync(zoneFile, zone);
  writeFileSync(osmFile, extract);
  const r = await refusedAs(1, () => loadProtectSite(osmFile, zoneFile));
  if (r) expect(r.site.graph.edgeCount).toBeGreaterThan(0);
}

const coordinateText = fc.oneof(hostileNumberText, fc.double().map(String), fc.constantFrom('4.77', '51.58', '180', '-90'));

describe('the inputs of protect plan on hostile files and flags', () => {
  it('reads the seeds', async () => {
    writeFileSync(join(dir, 'seed.geojson'), zoneSeed);
    for (const e of extracts) {
      writeFileSync(join(dir, e.name), e.bytes);
      const { zone, site } = await loadProtectSite(join(dir, e.name), join(dir, 'seed.geojson'));
      expect(zone.holes).toHaveLength(1);
      expect(site.graph.edgeCount).toBeGreaterThan(0);
    }
  });

  it.each(zones.map((e) => [e.name, e.bytes] as const))('replays the zone corpus entry %s', (_name, bytes) =>
    bounded(() => checkSite([bytes, extracts[0]?.bytes ?? new Uint8Array(0)])));

  it('parsePoint gives a point within ±180°, ±90° or a usage error', () =>
    fuzz('protect-flags', fc.oneof(fc.tuple(coordinateText, coordinateText).map(([a, b]) => `${a},${b}`), hostileText), async (text) => {
      const p = await refusedAs(2, () => parsePoint(text, '--station'));
      if (p) expect(Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90).toBe(true);
    }, { runs: 500, encode: (t) => t, ext: '.txt' }));

  it('parseJson gives JSON or a CLI error', () =>
    fuzz('protect-flags', fc.oneof(hostileText, mutatedText(zoneSeed).map((b) => new TextDecoder().decode(b))), (text) => refusedAs(1, () => parseJson(text, 'zone.geojson')), {
      runs: 300,
      encode: (t) => t,
      ext: '.txt',
    }));

  it('loadProtectSite gives the site and zone or a CLI error for mutated zones and extracts', () =>
    fuzz(
      'zone',
      fc.tuple(
        fc.oneof(mutatedText(zoneSeed, { maxRepeat: 1_000 }), fc.uint8Array({ maxLength: 300 })),
        fc.constantFrom(...extracts.map((e) => e.bytes)).chain((b) => fc.oneof(fc.constant(b), mutatedBytes(b, { maxRepeat: 200 }))),
      ),
      checkSite,
      { runs: 60, encode: ([zone]) => zone, ext: '.geojson' },
    ));
});

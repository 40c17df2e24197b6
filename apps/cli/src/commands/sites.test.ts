import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/run-cli.ts';

const OSM = fileURLToPath(new URL('../../../../data/osm/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pactesur-sites-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { DATABASE_URL: undefined, DATA_DIR: join(dir, 'data') };

describe('pactesur sites import', () => {
  it('registers a suggested public space of a real extract, and refuses what it cannot do with a message', async () => {
    // The organisation must exist: the demo data brings Munich (a PACTESUR city).
    const seeded = await runCli(['db', 'migrate', '--demo'], env);
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toMatch(/demo data loaded/);

    const ok = await runCli(['sites', 'import', join(OSM, 'munich-marienplatz.osm'), '--name', 'marienplatz', '--org', 'munich', '--data-date', '2020-01-26', '--json'], env);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const result = JSON.parse(ok.stdout) as { name: string; category: string; walkableAreaM2: number };
    expect(result).toMatchObject({ name: 'Marienplatz', category: 'square' });
    expect(result.walkableAreaM2).toBeGreaterThan(8000);
    expect(result.walkableAreaM2).toBeLessThan(9000);

    const noOrg = await runCli(['sites', 'import', join(OSM, 'munich-marienplatz.osm'), '--name', 'Marienplatz', '--org', 'munich-city'], env);
    expect(noOrg.code).toBe(1);
    expect(noOrg.stderr).toMatch(/no organisation with slug "munich-city"/);

    const noSuch = await runCli(['sites', 'import', join(OSM, 'munich-marienplatz.osm'), '--name', 'Times Square', '--org', 'nice'], env);
    expect(noSuch.code).toBe(1);
    expect(noSuch.stderr).toMatch(/no public space called "Times Square"/);
    expect(noSuch.stderr).toMatch(/Marienplatz \(square, \d+ m²\)/);

    const broken = join(dir, 'broken.osm');
    writeFileSync(broken, '<?xml version="1.0"?><osm version="0.6"><node id="1" lat="48.1" lon=');
    const unreadable = await runCli(['sites', 'import', broken, '--name', 'x', '--org', 'nice'], env);
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toMatch(/broken\.osm cannot be read/);
    expect(unreadable.stderr).not.toMatch(/\n\s+at /);

    const missing = await runCli(['sites', 'import', join(dir, 'nope.osm'), '--name', 'x', '--org', 'nice'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such file/);
  }, 240_000); // a new embedded database (initdb) or whole analyses: minutes on a busy two-core machine
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, it } from 'vitest';
import { runCli, runCliWith, type CliResult } from '../../test/run-cli.ts';

const OSM = fileURLToPath(new URL('../../../../data/osm/', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'pactesur-osm-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array | string): string {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  return path;
}

interface Report {
  ok: boolean;
  counts: Record<string, number | null>;
  diagnostics: { code: string; element?: { type: string; id: number } }[];
}

const report = (r: CliResult): Report => JSON.parse(r.stdout) as Report;

// Each case starts the real binary; they run concurrently to keep the wall time down.
describe.concurrent('pactesur osm inspect', () => {
  it('prints the counts of a readable XML extract and exits 0', async ({ expect }) => {
    const r = await runCli(['osm', 'inspect', join(OSM, 'breda-grote-markt.osm'), '--json']);
    expect(r.code).toBe(0);
    const j = report(r);
    expect([j.counts.nodes, j.counts.ways, j.counts.relations]).toEqual([430, 51, 6]);
    expect(j.counts.walkableAreaM2).toBeGreaterThan(1000);
    expect(j.counts.traversableEdges).toBeGreaterThan(50);
    expect(j.counts.barriers).toBe(2);
  });

  it('reports the missing node references of Helsinki (PBF) without failing', async ({ expect }) => {
    const r = await runCli(['osm', 'inspect', join(OSM, 'helsinki-centre.osm.pbf'), '--json']);
    expect(r.code).toBe(0);
    const j = report(r);
    expect(j.counts.missingNodeRefs).toBe(4525);
    expect(j.diagnostics.some((d) => d.code === 'missing-node-ref' && d.element?.type === 'way')).toBe(true);
  });

  it('prints a human summary without --json', async ({ expect }) => {
    const r = await runCli(['osm', 'inspect', join(OSM, 'paris-eiffel-tower.osm')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/nodes 2663, ways 188, relations 14/);
  });

  it('fails with one line for a file that does not exist', async ({ expect }) => {
    const r = await runCli(['osm', 'inspect', join(tmp, 'nope.osm')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/cannot read .*nope\.osm: no such file/);
  });

  it.for<readonly [string, () => Uint8Array | string, string]>([
    [
      'truncated.osm.pbf',
      () => readFileSync(join(OSM, 'monaco-2026-03-10.osm.pbf')).subarray(0, 300_000),
      'pbf-truncated',
    ],
    ['cut.osm', () => readFileSync(join(OSM, 'breda-grote-markt.osm')).subarray(0, 120_000), 'xml-truncated'],
    ['empty.osm', () => new Uint8Array(0), 'empty-input'],
    [
      'binary.bin',
      () => Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) & 0xff),
      'unknown-format',
    ],
    ['range.osm', () => '<osm><node id="1" lat="91" lon="0"/></osm>', 'coordinate-out-of-range'],
  ])('refuses %s with a diagnostic and exit code 1', async ([name, bytes, code], { expect }) => {
    const r = await runCli(['osm', 'inspect', write(name, bytes()), '--json']);
    expect(r.code).toBe(1);
    expect(report(r).diagnostics.map((d) => d.code)).toContain(code);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/is not a readable OSM extract/);
  });

  it('refuses a 10-million-node bomb on standard input at the element limit', async ({ expect }) => {
    let produced = 0;
    function* bomb(): Generator<Uint8Array> {
      const enc = new TextEncoder();
      yield enc.encode('<osm version="0.6">\n');
      for (let start = 1; start <= 10_000_000; start += 10_000) {
        let s = '';
        for (let id = start; id < start + 10_000; id++) s += `<node id="${id}" lat="1" lon="2"/>\n`;
        produced = start + 9_999;
        yield enc.encode(s);
      }
      yield enc.encode('</osm>\n');
    }
    const r = await runCliWith(['osm', 'inspect', '-', '--json', '--max-elements', '250000'], {
      stdin: bomb(),
    });
    expect(r.code).toBe(1);
    const j = report(r);
    expect(j.diagnostics.map((d) => d.code)).toContain('limit-elements');
    expect(j.counts.nodes).toBe(250_000);
    expect(produced).toBeLessThan(2_000_000);
  });

  it('rejects a bad limit as a usage error', async ({ expect }) => {
    const r = await runCli(['osm', 'inspect', join(OSM, 'breda-grote-markt.osm'), '--max-elements', 'lots']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/positive integer/);
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ExtractSummary, SiteCandidate } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { runExtractImport, toMultiPolygon } from './extract-import.ts';

const osm = (body: string) =>
  new TextEncoder().encode(`<osm version="0.6"><bounds minlat="-0.01" minlon="-0.01" maxlat="0.01" maxlon="0.01"/>${body}</osm>`);

describe('runExtractImport', () => {
  it('finds the public spaces of a real extract, in the stored form', async () => {
    const bytes = new Uint8Array(readFileSync(fileURLToPath(new URL('../../../data/osm/breda-grote-markt.osm', import.meta.url))));
    const fractions: number[] = [];
    const r = await runExtractImport(bytes, 'breda.osm', { onProgress: (f) => fractions.push(f) });
    if (!r.ok) throw new Error(r.error.message);
    expect(ExtractSummary.parse(r.value.summary).format).toBe('xml');
    const markt = r.value.candidates.find((c) => c.name === 'Grote Markt');
    expect(markt && SiteCandidate.parse(markt).category).toBe('pedestrian-area');
    expect(r.value.layers.attribution).toBe('© OpenStreetMap contributors');
    expect(fractions.at(-1)).toBe(1);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]!);
  });

  it('refuses an empty file, an unreadable one and one without streets or space, naming the file', async () => {
    expect(await runExtractImport(new Uint8Array(0), 'a.osm')).toEqual({ ok: false, error: { code: 'empty', message: 'a.osm: the file is empty' } });
    expect(await runExtractImport(new TextEncoder().encode('%PDF-1.4'), 'b.osm')).toEqual({
      ok: false,
      error: { code: 'unreadable', message: 'b.osm cannot be read: the input is neither OSM XML nor OSM PBF' },
    });
    const lonely = await runExtractImport(osm('<node id="1" lon="0" lat="0"/>'), 'c.osm');
    expect(lonely).toEqual({ ok: false, error: { code: 'no-space', message: 'c.osm has no streets and no walkable space' } });
  });
});

describe('toMultiPolygon', () => {
  it('closes every ring and rounds to 7 decimals', () => {
    const ring = [[1.123456789, 2], [1.2, 2], [1.2, 2.1]] as never;
    expect(toMultiPolygon([{ outer: ring, holes: [] }])).toEqual({
      type: 'MultiPolygon',
      coordinates: [[[[1.1234568, 2], [1.2, 2], [1.2, 2.1], [1.1234568, 2]]]],
    });
  });
});

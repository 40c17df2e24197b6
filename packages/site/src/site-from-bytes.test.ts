import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readOsm } from '@pactesur/osm';
import { buildSiteModel } from './build-site-model.ts';
import { siteFrom, siteModelFromBytes } from './site-from-bytes.ts';

const BREDA = new Uint8Array(readFileSync(fileURLToPath(new URL('../../../data/osm/breda-grote-markt.osm', import.meta.url))));

describe('siteModelFromBytes', () => {
  it('gives the model readOsm and buildSiteModel give, with the read beside it', async () => {
    const site = await siteModelFromBytes(BREDA);
    if (!site.ok) throw new Error(site.problem);
    const read = await readOsm(BREDA);
    const model = buildSiteModel(read.data, read.diagnostics);
    expect(site.format).toBe('xml');
    expect(site.bytesRead).toBe(BREDA.length);
    expect(site.data.ways.length).toBe(read.data.ways.length);
    expect(site.model.graph.edgeCount).toBe(model.graph.edgeCount);
    expect(site.model.walkableAreaM2).toBe(model.walkableAreaM2);
    expect(site.diagnostics.counts()).toEqual(read.diagnostics.counts());
  });

  it('reads chunks as it reads the whole buffer', async () => {
    function* chunks() {
      for (let i = 0; i < BREDA.length; i += 4096) yield BREDA.subarray(i, i + 4096);
    }
    const whole = await siteModelFromBytes(BREDA);
    const streamed = await siteModelFromBytes(chunks());
    expect(streamed.ok && whole.ok && streamed.model.graph.edgeCount === whole.model.graph.edgeCount).toBe(true);
  });

  it('says why an extract cannot be read, with no model', async () => {
    const site = await siteModelFromBytes(new TextEncoder().encode('not map data at all'));
    expect(site.ok).toBe(false);
    expect(site.model).toBeNull();
    if (!site.ok) expect(site.problem).toBe('the input is neither OSM XML nor OSM PBF');
    expect(site.diagnostics.errorCount).toBe(1);
  });

  it('passes the reader its limits', async () => {
    const site = await siteModelFromBytes(BREDA, { limits: { maxBytes: 1000 } });
    expect(site.ok).toBe(false);
    expect(site.diagnostics.list().map((d) => d.code)).toContain('limit-bytes');
  });

  it('reports reading, building and the end, in order', async () => {
    const seen: [number, string][] = [];
    await siteModelFromBytes(BREDA, { onProgress: (f, phase) => seen.push([f, phase]) });
    expect(seen).toEqual([
      [0, 'reading the extract'],
      [0.4, 'building the site model'],
      [1, 'site model built'],
    ]);
  });

  it('stops when the progress callback throws', async () => {
    const stop = new Error('cancelled');
    const run = siteModelFromBytes(BREDA, {
      onProgress: (f) => {
        if (f > 0) throw stop;
      },
    });
    await expect(run).rejects.toBe(stop);
  });
});

describe('siteFrom', () => {
  it('takes an extract already read as it is, and bytes through the pipeline', async () => {
    const site = await siteModelFromBytes(BREDA);
    if (!site.ok) throw new Error(site.problem);
    expect(await siteFrom(site)).toBe(site);
    const again = await siteFrom(BREDA);
    expect(again.ok && again.model.graph.edgeCount).toBe(site.model.graph.edgeCount);
  });
});

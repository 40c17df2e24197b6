// Scenario benchmark of OSM ingestion: parse (XML/PBF) and site-model build of every shared extract, and,
// in the same run, `osmium cat -f opl FILE -o /dev/null` on the same files for comparison.
// Run: npx tsx bench/osm.ts [--runs 5]. Writes bench/results/osm.json and osm.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteModelFromBytes } from '@pactesur/site';
import { parseFlags, writeResults } from './results.ts';

const flags = parseFlags(process.argv.slice(2), { runs: 5 });
const DIR = fileURLToPath(new URL('../data/osm/', import.meta.url));
const OSMIUM = '/usr/bin/osmium';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? Number.NaN;
let peakRss = 0;
let peakHeap = 0;
const sample = (): void => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};

function osmiumMs(path: string): number | null {
  const times: number[] = [];
  for (let i = 0; i < flags.runs; i++) {
    const t = performance.now();
    const r = spawnSync(OSMIUM, ['cat', '-f', 'opl', path, '-o', '/dev/null', '-O'], { stdio: 'ignore' });
    if (r.error || r.status !== 0) return null;
    times.push(performance.now() - t);
  }
  return median(times);
}

/**
 * osmium's own start-up and shut-down: its time on a minimal extract. Subtracted from its time on a file,
 * it leaves the work on that file, which is what our in-process parse is compared with.
 */
function osmiumStartupMs(): number | null {
  const dir = mkdtempSync(join(tmpdir(), 'pactesur-osmium-'));
  const empty = join(dir, 'empty.osm');
  writeFileSync(empty, '<?xml version="1.0"?>\n<osm version="0.6"><node id="1" lat="0" lon="0"/></osm>\n');
  try {
    return osmiumMs(empty);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const startupMs = osmiumStartupMs();

interface Row {
  file: string;
  format: string;
  mb: number;
  elements: number;
  parseMs: number;
  buildMs: number;
  mbPerS: number;
  elementsPerS: number;
  osmiumMs: number | null;
  ratioParse: number | null;
  ratioParseBuild: number | null;
  /** Our parse ÷ osmium's time minus its start-up (the stricter comparison). */
  ratioParseToWork: number | null;
}

const rows: Row[] = [];
for (const file of readdirSync(DIR)
  .filter((f) => /\.osm(\.pbf)?$/.test(f))
  .sort()) {
  const bytes = readFileSync(join(DIR, file));
  const parse: number[] = [];
  const build: number[] = [];
  let elements = 0;
  let format = '';
  for (let i = 0; i <= flags.runs; i++) {
    // The pipeline says when building starts: the parse is the time before, the build the time after.
    const t = performance.now();
    let built = t;
    const r = await siteModelFromBytes(bytes, {
      onProgress: (_, phase) => {
        if (phase !== 'building the site model') return;
        built = performance.now();
        sample();
      },
    });
    const end = performance.now();
    sample();
    if (!r.ok) throw new Error(`${file}: ${r.problem}`);
    const p = built - t;
    const b = end - built;
    if (i === 0) continue; // warm-up
    parse.push(p);
    build.push(b);
    elements = r.data.nodeCount + r.data.ways.length + r.data.relations.length;
    format = r.format;
  }
  const parseMs = median(parse);
  const buildMs = median(build);
  const om = osmiumMs(join(DIR, file));
  const mb = bytes.length / 1e6;
  rows.push({
    file,
    format,
    mb,
    elements,
    parseMs,
    buildMs,
    mbPerS: mb / (parseMs / 1000),
    elementsPerS: elements / (parseMs / 1000),
    osmiumMs: om,
    ratioParse: om ? parseMs / om : null,
    ratioParseBuild: om ? (parseMs + buildMs) / om : null,
    ratioParseToWork: om && startupMs !== null ? parseMs / Math.max(om - startupMs, 0.1) : null,
  });
  process.stdout.write(
    `${file}: parse ${parseMs.toFixed(1)} ms, build ${buildMs.toFixed(1)} ms, osmium ${om?.toFixed(1) ?? 'n/a'} ms\n`,
  );
}

const f1 = (v: number | null): string => (v === null ? 'n/a' : v.toFixed(1));
const f2 = (v: number | null): string => (v === null ? 'n/a' : v.toFixed(2));
const pbf = rows.filter((r) => r.format === 'pbf');
const worstPbf = Math.max(...pbf.map((r) => r.ratioParse ?? Number.POSITIVE_INFINITY));
const worstPbfWork = Math.max(...pbf.map((r) => r.ratioParseToWork ?? Number.POSITIVE_INFINITY));
const md = [
  '# OSM ingestion benchmark',
  '',
  `Median of ${flags.runs} warm runs per file, in one process, bytes already in memory. osmium: \`osmium cat -f opl FILE -o /dev/null\`, wall time of the whole process (start-up included), median of ${flags.runs}. Ratio = our time / osmium time (below 1 is faster). osmium's start-up and shut-down (its time on a one-node file, ${f1(startupMs)} ms) is in its whole-process time; the last column compares our parse with osmium's time minus that, the stricter figure. Target: parse within 3× of osmium on PBF.`,
  '',
  '| file | format | MB | elements | parse ms | MB/s | elements/s | build ms | osmium ms | parse ÷ osmium | (parse + build) ÷ osmium | parse ÷ (osmium − start-up) |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.file} | ${r.format} | ${r.mb.toFixed(2)} | ${r.elements} | ${f1(r.parseMs)} | ${f1(r.mbPerS)} | ${Math.round(r.elementsPerS)} | ${f1(r.buildMs)} | ${f1(r.osmiumMs)} | ${f2(r.ratioParse)} | ${f2(r.ratioParseBuild)} | ${f2(r.ratioParseToWork)} |`,
  ),
  '',
  `Worst PBF parse ratio: ${f2(worstPbf)} against osmium's whole process, ${f2(worstPbfWork)} against its work alone (target ≤ 3). Peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB, peak heap ${(peakHeap / 2 ** 20).toFixed(0)} MiB (sampled after each parse and build; max RSS of the process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB).`,
  '',
].join('\n');
writeResults(
  'osm',
  {
    runs: flags.runs,
    rows,
    worstPbfParseRatio: worstPbf,
    worstPbfParseToWorkRatio: worstPbfWork,
    osmiumStartupMs: startupMs,
    peakRssMiB: peakRss / 2 ** 20,
    peakHeapMiB: peakHeap / 2 ** 20,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  },
  md,
);
process.stdout.write(md);

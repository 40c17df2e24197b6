/**
 * Face blurring benchmark: how long does `blurFaces` take on a 12-megapixel photo, what does the first call
 * cost (the detector loads), how long does it hold the event loop, and how much memory does it take?
 * The photo: the face fixture (apps/server/test/fixtures/face/, public domain) scaled to 3000 × 3000 in the
 * middle of a 4000 × 3000 frame, with grain of ±6 levels on every pixel so that it encodes to about the size
 * of a phone's photo. One cold call, then `--runs` warm calls (median and slowest), each split into
 * its steps (decode, detect, blur, encode); then one call on a photo at the 40-megapixel limit. The event
 * loop's longest stall during the warm calls is measured with `monitorEventLoopDelay`; resident memory
 * (VmRSS, and the peak VmHWM) is read from /proc.
 * Targets: a warm 12 MP photo under 5 s, the first one under 8 s, the event loop never held over 250 ms.
 * Writes bench/results/face-blur.json and face-blur.md.
 *
 *   npx tsx bench/face-blur.ts   (or: npm run bench face-blur)
 */
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { blurFaces, FACE_MARGIN } from '../apps/server/src/files/face-blur.ts';
import { detectFaces } from '../apps/server/src/files/face-detector.ts';
import { decodePhoto, downscaled, encodeJpeg } from '../apps/server/src/files/photo-codec.ts';
import type { RgbImage } from '../apps/server/src/files/pixel-blur.ts';
import { obscure } from '../apps/server/src/files/region-blur.ts';
import { machine, parseFlags, writeResults } from './results.ts';

const flags = parseFlags(process.argv.slice(2), { runs: 5 });
const TARGETS = { warmMs: 5_000, coldMs: 8_000, loopStallMs: 250 };
const FIXTURE = new URL('../apps/server/test/fixtures/face/astronaut.jpg', import.meta.url);

const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** VmRSS and VmHWM of this process, in MB. */
function memoryMB(): { rss: number; hwm: number } {
  const status = readFileSync('/proc/self/status', 'utf8');
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN) / 1024;
  return { rss: round(field('VmRSS')), hwm: round(field('VmHWM')) };
}

/** The fixture's face scaled to `side` in the middle of a `width` × `height` frame, with grain, as a JPEG. */
async function photo(width: number, height: number, side: number): Promise<Uint8Array> {
  const face = await decodePhoto(readFileSync(FIXTURE));
  const data = new Uint8Array(3 * width * height);
  const [ox, oy] = [Math.floor((width - side) / 2), Math.floor((height - side) / 2)];
  let seed = 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inside = x >= ox && x < ox + side && y >= oy && y < oy + side;
      const from = inside ? 3 * (Math.floor(((y - oy) * face.height) / side) * face.width + Math.floor(((x - ox) * face.width) / side)) : -1;
      for (let c = 0; c < 3; c++) {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        const grain = (seed >> 16) % 13 - 6;
        const base = from >= 0 ? (face.data[from + c] as number) : 120 + 40 * c + Math.round((30 * y) / height);
        data[3 * (y * width + x) + c] = Math.max(0, Math.min(255, base + grain));
      }
    }
  }
  return encodeJpeg({ data, width, height });
}

/** The steps of blurFaces, timed one by one (the same functions, in the same order). */
async function steps(bytes: Uint8Array): Promise<{ decodeMs: number; detectMs: number; blurMs: number; encodeMs: number; faces: number }> {
  let t = performance.now();
  const image: RgbImage = await decodePhoto(bytes);
  const decodeMs = performance.now() - t;
  t = performance.now();
  const faces = await detectFaces(image);
  const detectMs = performance.now() - t;
  t = performance.now();
  for (const f of faces) {
    const [dx, dy] = [FACE_MARGIN * f.width, FACE_MARGIN * f.height];
    await obscure(image, { x0: f.x - dx, y0: f.y - dy, x1: f.x + f.width + dx, y1: f.y + f.height + dy });
  }
  const blurMs = performance.now() - t;
  t = performance.now();
  await encodeJpeg(image);
  return { decodeMs: round(decodeMs), detectMs: round(detectMs), blurMs: round(blurMs), encodeMs: round(performance.now() - t), faces: faces.length };
}

const before = memoryMB();
const twelve = await photo(4000, 3000, 3000);
console.log(`12 MP photo: ${round(twelve.length / 1e6, 1)} MB`);
// The photo's own pixels are made before the baseline, so that what follows is the blurring's.
const baseline = memoryMB();

let t = performance.now();
const first = await blurFaces(twelve);
const coldMs = round(performance.now() - t);
const afterCold = memoryMB();
console.log(`first call (detector loads): ${coldMs} ms, ${first.faces} face(s), RSS ${afterCold.rss} MB`);

const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const warm: number[] = [];
for (let i = 0; i < flags.runs; i++) {
  t = performance.now();
  const r = await blurFaces(twelve);
  warm.push(round(performance.now() - t));
  if (r.faces !== 1) throw new Error(`expected one face, found ${r.faces}`);
}
loop.disable();
const loopStallMs = round(loop.max / 1e6);
const split = await steps(twelve);
const afterWarm = memoryMB();
console.log(`warm: median ${median(warm)} ms, slowest ${Math.max(...warm)} ms; event loop held at most ${loopStallMs} ms`);
console.log(`steps: ${JSON.stringify(split)}`);

const forty = await photo(8000, 5000, 4800);
const beforeForty = memoryMB();
t = performance.now();
const largest = await blurFaces(forty);
const fortyMs = round(performance.now() - t);
const afterForty = memoryMB();
console.log(`40 MP photo (${round(forty.length / 1e6, 1)} MB): ${fortyMs} ms, ${largest.faces} face(s), peak RSS ${afterForty.hwm} MB`);

const copy = await downscaled(await decodePhoto(twelve), 1024);
const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
const figures = {
  machine: machine(),
  photo: { width: 4000, height: 3000, bytes: twelve.length },
  coldMs,
  warmMs: warm,
  warmMedianMs: median(warm),
  steps: split,
  detectionCopy: { width: copy.width, height: copy.height },
  loopStallMs,
  memoryMB: { start: before.rss, baseline: baseline.rss, afterFirst: afterCold.rss, afterWarm: afterWarm.rss, peakWarm: afterWarm.hwm },
  fortyMegapixels: { bytes: forty.length, ms: fortyMs, faces: largest.faces, rssBefore: beforeForty.rss, peak: afterForty.hwm },
  targets: TARGETS,
};
const markdown = [
  '# Face blurring of uploaded photos (`blurFaces`)',
  '',
  'SSD MobileNet V1 (face-api 1.7.15) on TensorFlow.js 4.22 with its WebAssembly backend, sharp for the',
  `codec. The photo: 4000 × 3000, ${round(twelve.length / 1e6, 1)} MB of JPEG (the face fixture scaled up in a grainy frame);`,
  `the detector looks at a ${copy.width} × ${copy.height} copy.`,
  '',
  '| | figure | target | |',
  '|---|---:|---:|---|',
  `| 12 MP photo, warm (median of ${flags.runs}) | ${median(warm)} ms | < ${TARGETS.warmMs} ms | ${met(median(warm) < TARGETS.warmMs)} |`,
  `| 12 MP photo, first call (loads the detector) | ${coldMs} ms | < ${TARGETS.coldMs} ms | ${met(coldMs < TARGETS.coldMs)} |`,
  `| longest hold of the event loop (warm calls) | ${loopStallMs} ms | < ${TARGETS.loopStallMs} ms | ${met(loopStallMs < TARGETS.loopStallMs)} |`,
  `| 40 MP photo (the limit) | ${fortyMs} ms | | |`,
  '',
  `- Steps of a warm 12 MP photo: decode ${split.decodeMs} ms, detect ${split.detectMs} ms (scaling down included),`,
  `  blur ${split.blurMs} ms, encode ${split.encodeMs} ms. Slowest warm call: ${Math.max(...warm)} ms.`,
  `- Resident memory: ${baseline.rss} MB before the first call, ${afterCold.rss} MB after it (the detector`,
  `  loaded: +${round(afterCold.rss - baseline.rss)} MB), ${afterWarm.rss} MB after the warm calls (peak ${afterWarm.hwm} MB);`,
  `  a 40 MP photo raised the peak to ${afterForty.hwm} MB (from ${beforeForty.rss} MB resident before it).`,
  "- Decoding, encoding and the blur's scaling run on the libuv thread pool, the detection in a worker thread",
  '  of its own: the thread that called only copies pixels.',
  '',
].join('\n');
writeResults('face-blur', figures, markdown);

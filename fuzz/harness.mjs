// What every fuzz test shares: how many runs (a few in the suite, many in `npm run fuzz`), the corpus of
// fuzz/corpus/<parser>/ replayed every run, the bounds on time and memory of one input, and, in the long
// run, saving what fails (and what hangs) to the corpus. See fuzz/README.md.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

export const CORPUS_DIR = fileURLToPath(new URL('./corpus/', import.meta.url));
/** Where the long run keeps the input being tried, so that `scripts/fuzz.mjs` can save one that hangs. */
export const INFLIGHT_DIR = fileURLToPath(new URL('./.inflight/', import.meta.url));

/**
 * Bounds on one input. Generous on purpose: they tell a hang or a blow-up (seconds, hundreds of MB from a
 * few kB) from ordinary work, on a busy machine too.
 */
// The time bound catches hangs, not slowness: it leaves room for a machine whose cores the rest of the suite keeps busy.
export const BOUNDS = Object.freeze({ perInputMs: 30_000, peakGrowthBytes: 768 * 1024 * 1024 });

/** Runs of a property: `quick` in the suite, `PACTESUR_FUZZ_RUNS` in the long run. */
export function fuzzRuns(quick) {
  const n = Number(process.env.PACTESUR_FUZZ_RUNS);
  return Number.isSafeInteger(n) && n > 0 ? n : quick;
}

/** Whether this is the long run (`npm run fuzz`): no time budget per property, failures saved to the corpus. */
export function isLongRun() {
  return process.env.PACTESUR_FUZZ_RUNS !== undefined;
}

/**
 * The files of fuzz/corpus/<parser>/, by name, each as its bytes and as the chunks a stream would deliver.
 * A `*.recipe.json` file stands for a large input kept small: `{ "pieces": [{ "text" | "base64", "times" }],
 * "chunk": n }` is its pieces, each repeated `times`, joined and delivered `chunk` bytes at a time.
 */
export function corpus(parser) {
  const dir = join(CORPUS_DIR, parser);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && name !== 'README.md')
    .sort()
    .map((name) => {
      const raw = new Uint8Array(readFileSync(join(dir, name)));
      if (!name.endsWith('.recipe.json')) return { name, bytes: raw, chunks: [raw] };
      const { bytes, chunks } = expandRecipe(JSON.parse(new TextDecoder().decode(raw)));
      return { name, bytes, chunks };
    });
}

/** The corpus files of `parser` that hold JSON, parsed (the others are left out). */
export function corpusJson(parser) {
  return corpus(parser).flatMap((e) => {
    try {
      return [{ name: e.name, value: JSON.parse(new TextDecoder().decode(e.bytes)) }];
    } catch {
      return [];
    }
  });
}

/** The input a recipe stands for (see {@link corpus}). */
export function expandRecipe(recipe) {
  const parts = [];
  for (const piece of recipe.pieces) {
    const one = piece.base64 !== undefined ? new Uint8Array(Buffer.from(piece.base64, 'base64')) : new TextEncoder().encode(piece.text ?? '');
    for (let k = 0; k < (piece.times ?? 1); k++) parts.push(one);
  }
  const total = parts.reduce((s, p) => s + p.length, 0);
  const bytes = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    bytes.set(p, o);
    o += p.length;
  }
  const size = recipe.chunk && recipe.chunk > 0 ? recipe.chunk : Math.max(1, total);
  const chunks = [];
  for (let i = 0; i < total; i += size) chunks.push(bytes.subarray(i, i + size));
  return { bytes, chunks: chunks.length > 0 ? chunks : [bytes] };
}

/** A recipe (see {@link corpus}) as the text of its file. */
export function recipe(pieces, chunk) {
  return `${JSON.stringify({ pieces, ...(chunk ? { chunk } : {}) })}\n`;
}

/** Writes an input to fuzz/corpus/<parser>/, named by its content; returns the file's path. */
export function saveToCorpus(parser, bytes, ext, prefix = 'found') {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const dir = join(CORPUS_DIR, parser);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${prefix}-${createHash('sha256').update(data).digest('hex').slice(0, 12)}${ext}`);
  writeFileSync(path, data);
  return path;
}

/** The process's peak resident memory so far, in bytes (a high-water mark: any spike since shows). */
function peakRss() {
  return process.resourceUsage().maxRSS * 1024;
}

/**
 * Runs `run` on one input and fails when it took longer than {@link BOUNDS}.perInputMs or when the
 * process's peak memory rose more than {@link BOUNDS}.peakGrowthBytes during it. The peak is a high-water
 * mark: what the input allocates shows once it passes the highest point reached before.
 */
export async function bounded(run) {
  const baseline = peakRss();
  const started = performance.now();
  const value = await run();
  const ms = performance.now() - started;
  if (ms > BOUNDS.perInputMs) throw new Error(`one input took ${Math.round(ms)} ms (bound ${BOUNDS.perInputMs} ms): a hang`);
  const growth = peakRss() - baseline;
  if (growth > BOUNDS.peakGrowthBytes)
    throw new Error(`one input raised the peak memory by ${Math.round(growth / 2 ** 20)} MiB (bound ${BOUNDS.peakGrowthBytes / 2 ** 20} MiB)`);
  return value;
}

let inflightCount = 0;

/**
 * Checks `check` on inputs drawn from `arbitrary`, each within {@link bounded}. In the suite a property
 * stops after `budgetMs` (default 4 s) whatever its runs; in the long run it goes on, writes each input to
 * fuzz/.inflight/ before trying it (a hang leaves it there), and saves the shrunk failing input to the corpus.
 */
export async function fuzz(parser, arbitrary, check, options) {
  const { runs, encode, ext = '.in', budgetMs = 4_000 } = options;
  const long = isLongRun();
  let inflight = null;
  if (long) {
    mkdirSync(INFLIGHT_DIR, { recursive: true });
    inflight = join(INFLIGHT_DIR, `${parser}-${process.pid}-${++inflightCount}${ext}`);
  }
  const property = fc.asyncProperty(arbitrary, async (input) => {
    if (inflight) writeFileSync(inflight, encode(input));
    await bounded(() => check(input));
  });
  const seed = Number(process.env.PACTESUR_FUZZ_SEED);
  const details = await fc.check(property, {
    numRuns: fuzzRuns(runs),
    ...(Number.isSafeInteger(seed) ? { seed } : {}),
    ...(long ? {} : { plugins: [fc.interruptAfterTimeLimit(budgetMs)] }),
  });
  if (inflight) rmSync(inflight, { force: true });
  if (!details.failed) return;
  // The report names the seed and path that replay the run, the error, and the start of the input (the
  // whole input is in the corpus in the long run: inputs can be megabytes).
  let saved = '';
  if (long && details.counterexample) saved = `\nsaved to ${saveToCorpus(parser, encode(details.counterexample[0]), ext)}`;
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const input = details.counterexample ? preview(encode(details.counterexample[0])) : '(none)';
  throw new Error(
    `${parser}: property failed after ${details.numRuns} run(s) (seed ${details.seed}, path "${details.counterexamplePath}")\n` +
      `${cause}\ninput (${input.length} characters): ${input.slice(0, 600)}${input.length > 600 ? ' …' : ''}${saved}`,
  );
}

/** An input's file as text for a report: bytes that are not UTF-8 shown as their numbers. */
function preview(file) {
  if (typeof file === 'string') return file;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    return `bytes ${Array.from(file.subarray(0, 300)).join(',')}`;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Hostile values and structure-aware mutations, shared by the parsers' tests.

/** Numbers as text that break naive parsing: out of range, not finite, not decimal, not numbers. */
export const hostileNumberText = fc.constantFrom(
  '', ' ', '-', '+', '.', 'NaN', 'Infinity', '-Infinity', '1e309', '-1e309', '1e-400', '-0', '0x10', '0b1', '1_000',
  '9007199254740993', '-9007199254740993', '18446744073709551616', '99999999999999999999999999999999', '-1',
  '2147483648', '4294967296', '1,5', '1.5.5', ' 7 ', '٣', '１２', '1e5', '180.0000001', '-90.5', '360', '0.0',
);

/** Strings that break naive handling of text: empty, huge, control characters, lone surrogates, markup. */
export const hostileText = fc.oneof(
  hostileNumberText,
  fc.constantFrom('\u0000', '\ud800', '\udfff', '\u202e', '\ufeff', '&', '&amp', '&#0;', '&#x110000;', '&#99999999999;',
    '<', ']]>', '-->', '"', "'", '__proto__', 'constructor', 'toString', 'hasOwnProperty', '\\', '%s', '\n\r\t'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.tuple(fc.constantFrom('a', 'é', '<', '&', '\ud83d\ude00'), fc.integer({ min: 1_000, max: 100_000 })).map(([c, n]) => c.repeat(n)),
);

/** Positions in [0, 1) that shrink towards the start; mapped onto a text's length by {@link at}. */
const where = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const at = (f, n) => Math.min(n, Math.floor(f * (n + 1)));

/**
 * Mutations of a valid text `seed` (XML, JSON, CSV…): quoted values replaced by `values`, `fragments`
 * inserted, ranges deleted, duplicated or repeated many times, the end cut off, and bytes flipped or made
 * invalid UTF-8. The result is bytes, as a file would be.
 */
export function mutatedText(seed, { values = hostileText, fragments = hostileText, maxRepeat = 5_000 } = {}) {
  const quoted = [...seed.matchAll(/"[^"]*"/g)].map((m) => [m.index + 1, m.index + m[0].length - 1]);
  const op = fc.oneof(
    fc.record({ kind: fc.constant('value'), k: fc.nat(), text: values }),
    fc.record({ kind: fc.constant('insert'), at: where, text: fragments }),
    fc.record({ kind: fc.constant('delete'), at: where, length: fc.nat({ max: 400 }) }),
    fc.record({ kind: fc.constant('repeat'), at: where, length: fc.integer({ min: 1, max: 200 }), times: fc.integer({ min: 2, max: maxRepeat }) }),
    fc.record({ kind: fc.constant('cut'), at: where }),
  );
  const byteOp = fc.record({
    at: where,
    bytes: fc.oneof(
      fc.constantFrom([0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x00], [0xef, 0xbb, 0xbf]),
      fc.uint8Array({ minLength: 1, maxLength: 8 }).map((a) => [...a]),
    ),
  });
  return fc
    .record({ ops: fc.array(op, { minLength: 1, maxLength: 6 }), bytes: fc.array(byteOp, { maxLength: 2 }) })
    .map(({ ops, bytes }) => {
      let text = seed;
      // Quoted values keep their places in the seed until text is inserted or removed before them.
      let spans = quoted;
      for (const o of ops) {
        if (o.kind === 'value' && spans.length > 0) {
          const [s, e] = spans[o.k % spans.length];
          text = text.slice(0, s) + o.text + text.slice(e);
          spans = [];
        } else if (o.kind === 'insert') {
          const i = at(o.at, text.length);
          text = text.slice(0, i) + o.text + text.slice(i);
          spans = [];
        } else if (o.kind === 'delete') {
          const i = at(o.at, text.length);
          text = text.slice(0, i) + text.slice(i + o.length);
          spans = [];
        } else if (o.kind === 'repeat') {
          const i = at(o.at, text.length);
          const piece = text.slice(i, i + o.length);
          text = text.slice(0, i) + piece.repeat(o.times) + text.slice(i + o.length);
          spans = [];
        } else if (o.kind === 'cut') {
          text = text.slice(0, at(o.at, text.length));
        }
      }
      let out = new TextEncoder().encode(text);
      for (const b of bytes) {
        const i = at(b.at, out.length);
        const next = new Uint8Array(out.length + b.bytes.length);
        next.set(out.subarray(0, i));
        next.set(b.bytes, i);
        next.set(out.subarray(i), i + b.bytes.length);
        out = next;
      }
      return out;
    });
}

/**
 * Mutations of a valid binary `seed`: bytes flipped, set to extremes, inserted, deleted, repeated, and the
 * end cut off.
 */
export function mutatedBytes(seed, { maxRepeat = 2_000 } = {}) {
  const op = fc.oneof(
    fc.record({ kind: fc.constant('set'), at: where, byte: fc.oneof(fc.constantFrom(0x00, 0x7f, 0x80, 0xff), fc.integer({ min: 0, max: 255 })) }),
    fc.record({ kind: fc.constant('xor'), at: where, mask: fc.integer({ min: 1, max: 255 }) }),
    fc.record({ kind: fc.constant('insert'), at: where, bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
    fc.record({ kind: fc.constant('delete'), at: where, length: fc.integer({ min: 1, max: 64 }) }),
    fc.record({ kind: fc.constant('repeat'), at: where, length: fc.integer({ min: 1, max: 64 }), times: fc.integer({ min: 2, max: maxRepeat }) }),
    fc.record({ kind: fc.constant('cut'), at: where }),
  );
  return fc.array(op, { minLength: 1, maxLength: 6 }).map((ops) => {
    let out = Uint8Array.from(seed);
    for (const o of ops) {
      const i = at(o.at, out.length);
      if (o.kind === 'set' && i < out.length) out[i] = o.byte;
      else if (o.kind === 'xor' && i < out.length) out[i] ^= o.mask;
      else if (o.kind === 'insert') out = Uint8Array.from([...out.subarray(0, i), ...o.bytes, ...out.subarray(i)]);
      else if (o.kind === 'delete') out = Uint8Array.from([...out.subarray(0, i), ...out.subarray(i + o.length)]);
      else if (o.kind === 'repeat') {
        const piece = out.subarray(i, i + o.length);
        const next = new Uint8Array(out.length + piece.length * (o.times - 1));
        next.set(out.subarray(0, i));
        for (let k = 0; k < o.times; k++) next.set(piece, i + k * piece.length);
        next.set(out.subarray(i + piece.length), i + piece.length * o.times);
        out = next;
      } else if (o.kind === 'cut') out = out.slice(0, i);
    }
    return out;
  });
}

/** JSON values that break naive handling: extreme numbers, odd keys, wrong types, deep nesting. */
export const hostileJson = fc.oneof(
  fc.constantFrom(0, -0, -1, 1e308, -1e308, 5e-324, 2 ** 53 + 2, -(2 ** 53) - 2, 1e21, 0.1, 4294967296, 1_000_000_000),
  fc.constantFrom(null, true, false, '', {}, [], [[]], [null], { type: null }),
  fc.constantFrom(JSON.parse('{"__proto__":{"polluted":1}}'), JSON.parse('{"constructor":{"prototype":{"polluted":1}}}')),
  hostileText,
  // Deep, not deeper: JSON.stringify (which writes the corpus) overflows its stack near 10 000 levels.
  fc.integer({ min: 10, max: 1_000 }).map((depth) => {
    let v = [];
    for (let i = 0; i < depth; i++) v = [v];
    return v;
  }),
  fc.tuple(fc.jsonValue({ maxDepth: 2 }), fc.integer({ min: 1_000, max: 50_000 })).map(([v, n]) => Array.from({ length: n }, () => v)),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Every path (keys and indices) into a JSON value, the root included. */
function pathsOf(value, prefix = [], out = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const k of Object.keys(value)) pathsOf(value[k], [...prefix, k], out);
  return out;
}

/**
 * Mutations of a valid JSON value `seed`: a value anywhere replaced by a hostile one, removed, an array
 * element repeated many times, or a value wrapped deeply. The seed is never changed.
 */
export function mutatedJson(seed, { values = hostileJson, maxRepeat = 20_000 } = {}) {
  const paths = pathsOf(seed);
  const op = fc.record({
    path: fc.nat({ max: paths.length - 1 }),
    kind: fc.constantFrom('replace', 'replace', 'replace', 'remove', 'repeat', 'wrap'),
    value: values,
    times: fc.integer({ min: 2, max: maxRepeat }),
  });
  return fc.array(op, { minLength: 1, maxLength: 4 }).map((ops) => {
    let root = structuredClone(seed);
    // One repetition per input: repetitions of repetitions would make inputs of gigabytes.
    let repeated = false;
    for (const o of ops) {
      if (o.kind === 'repeat') {
        if (repeated) continue;
        repeated = true;
      }
      const path = paths[o.path];
      const get = (v, p) => p.reduce((x, k) => (x !== null && typeof x === 'object' ? x[k] : undefined), v);
      const parent = path.length === 0 ? null : get(root, path.slice(0, -1));
      const key = path[path.length - 1];
      const old = path.length === 0 ? root : parent !== null && typeof parent === 'object' ? parent[key] : undefined;
      let next;
      if (o.kind === 'replace') next = structuredClone(o.value);
      else if (o.kind === 'wrap') next = [[[[old]]]];
      else if (o.kind === 'repeat') next = Array.isArray(old) && old.length > 0 ? Array.from({ length: o.times }, (_, i) => old[i % old.length]) : old;
      if (path.length === 0) {
        if (o.kind !== 'remove') root = next;
      } else if (parent !== null && typeof parent === 'object') {
        if (o.kind === 'remove') {
          if (Array.isArray(parent)) parent.splice(Number(key), 1);
          else delete parent[key];
        } else Object.defineProperty(parent, key, { value: next, enumerable: true, writable: true, configurable: true });
      }
    }
    return root;
  });
}

/** A JSON value as the bytes of a file (what the corpus keeps and replays). */
export function jsonBytes(value) {
  return new TextEncoder().encode(JSON.stringify(value) ?? 'null');
}

/** Bytes cut into pieces at the given fractions, as a stream would deliver them. */
export function chunked(bytes, cuts) {
  const points = [...new Set(cuts.map((f) => at(f, bytes.length)))].sort((a, b) => a - b);
  const out = [];
  let last = 0;
  for (const p of points) {
    out.push(bytes.subarray(last, p));
    last = p;
  }
  out.push(bytes.subarray(last));
  return out;
}

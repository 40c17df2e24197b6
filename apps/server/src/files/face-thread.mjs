// The face detector's own thread, started by face-detector.ts: the detection is half a second of
// WebAssembly that would otherwise hold the thread serving HTTP. Plain JavaScript, run as it is from the
// sources and from the compiled server alike (it only loads npm packages).
//
// It loads, once, TensorFlow.js with its WebAssembly backend (the .wasm files inside
// `@tensorflow/tfjs-backend-wasm`) and the SSD MobileNet V1 face detector of face-api, whose weights are in
// the `model/` folder of `@vladmandic/face-api`: nothing is downloaded. Then it answers each request
// `{ id, data, width, height, minConfidence, maxResults }` (RGB pixels) with `{ type: 'faces', id, faces }`
// (boxes in those pixels, with their confidence) or `{ type: 'error', id, message }`. It tells
// `{ type: 'ready' }` once loaded, or `{ type: 'failed', message }`.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parentPort } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const MODEL = 'ssd_mobilenetv1_model';

const messageOf = (error) => (error instanceof Error ? error.message : String(error));

async function load() {
  // One TensorFlow.js for all three: the WebAssembly backend registers itself with it, and face-api's
  // build for that backend runs on it.
  const tf = require('@tensorflow/tfjs');
  require('@tensorflow/tfjs-backend-wasm');
  const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js');
  tf.enableProdMode();
  if (!(await tf.setBackend('wasm'))) throw new Error('the WebAssembly backend of TensorFlow.js did not start');
  await tf.ready();
  const dir = join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'model');
  /** @type {{ paths: string[]; weights: unknown[] }[]} */
  const manifest = JSON.parse(await readFile(join(dir, `${MODEL}-weights_manifest.json`), 'utf8'));
  const files = await Promise.all(manifest.flatMap((group) => group.paths).map((path) => readFile(join(dir, path))));
  const weights = Buffer.concat(files);
  const specs = manifest.flatMap((group) => group.weights);
  faceapi.nets.ssdMobilenetv1.loadFromWeightMap(tf.io.decodeWeights(weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength), specs));
  return faceapi;
}

const port = parentPort;
if (port === null) throw new Error('face-thread.mjs runs as a worker thread');
const detector = load();
detector.then(
  () => port.postMessage({ type: 'ready' }),
  (error) => port.postMessage({ type: 'failed', message: messageOf(error) }),
);

port.on('message', async ({ id, data, width, height, minConfidence, maxResults }) => {
  try {
    const faceapi = await detector;
    const input = faceapi.tf.tensor3d(data, [height, width, 3], 'int32');
    try {
      const found = await faceapi.detectAllFaces(input, new faceapi.SsdMobilenetv1Options({ minConfidence, maxResults }));
      const faces = found.map(({ box, score }) => ({ x: box.x, y: box.y, width: box.width, height: box.height, score }));
      port.postMessage({ type: 'faces', id, faces });
    } finally {
      input.dispose();
    }
  } catch (error) {
    port.postMessage({ type: 'error', id, message: messageOf(error) });
  }
});

// Finding faces in a photo, in-process, with a model shipped inside an npm package: the SSD MobileNet V1
// face detector of face-api (`@vladmandic/face-api`, MIT), whose weights (5.4 MB, in its `model/` folder)
// come from yeephycho/tensorflow-face-detection (Apache-2.0, trained on WIDER FACE), run by TensorFlow.js on
// its WebAssembly backend (`@tensorflow/tfjs`, `@tensorflow/tfjs-backend-wasm`, Apache-2.0, the .wasm inside
// the npm package). Nothing is downloaded, at install or at run time.
//
// The detector runs in a worker thread of its own (face-thread.mjs): one look is about 0.4 s of WebAssembly
// on one core, and a photo takes up to five (face-boxes.ts), which would hold the thread serving HTTP. The
// thread starts on first use and loads the detector once (about 0.8 s); its first look then prepares its
// kernels (about 1 s more). Loaded, it holds about 300 MB of resident memory: 45 MB of JavaScript
// (TensorFlow.js, face-api) and the WebAssembly heap, which grows to about 250 MB with the working tensors
// of a look at 512 × 512 (the weights, as float32, are 23 MB of it) and is never given back while the
// thread lives: so the thread is stopped after a minute with nothing to do ({@link DETECTOR_IDLE_MS}). Idle,
// it does not keep the process alive.
import { Worker } from 'node:worker_threads';
import { repositoryPath } from '../runtime/repository-path.ts';
import { facesInImage, mergeFaces, tilesOf, type FaceBox } from './face-boxes.ts';
import { downscaled } from './photo-codec.ts';
import { crop, type RgbImage } from './pixel-blur.ts';

/**
 * The confidence from which a detection counts as a face: low, because a face left sharp is worse than a
 * patch of wall blurred for nothing.
 */
export const MIN_FACE_CONFIDENCE = 0.3;
/** The most faces the detector keeps in one look (at the whole copy or a quarter): its own cap on its candidates. */
export const MAX_FACES = 200;
/** The longest side of the copy the detector looks at: larger photos are scaled down for it. */
export const DETECTION_SIDE = 1024;
/**
 * How long the detector's thread is kept with nothing to do: then it is stopped, giving its memory back, and
 * the next photo starts it again (a few seconds more for that photo).
 */
export const DETECTOR_IDLE_MS = 60_000;

/** What the thread says (see face-thread.mjs). */
type FromThread =
  | { readonly type: 'ready' }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'faces'; readonly id: number; readonly faces: FaceBox[] }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

/** The detector's thread, once it has loaded the model. */
interface DetectorThread {
  detect(image: RgbImage): Promise<FaceBox[]>;
  /** Stops the thread now, unless a photo is being looked at; resolves once it has stopped. */
  retire(): Promise<void>;
}

let started: Promise<DetectorThread> | undefined;
/** Calls of {@link detectFaces} under way: the thread is not stopped under them. */
let users = 0;

/** The detector's thread, started on first use; after it failed or stopped, the next call starts another. */
function detectorThread(): Promise<DetectorThread> {
  if (started === undefined) {
    const thread = startThread(() => {
      if (started === thread) started = undefined;
    });
    started = thread;
  }
  return started;
}

/**
 * Starts the thread (its entry is a file of the repository: the same one from the sources and from the
 * compiled server); `gone` is called when it failed to load, or stopped.
 */
function startThread(gone: () => void): Promise<DetectorThread> {
  const worker = new Worker(repositoryPath('apps', 'server', 'src', 'files', 'face-thread.mjs'));
  const pending = new Map<number, { resolve: (faces: FaceBox[]) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let idle: NodeJS.Timeout | undefined;
  const retire = async () => {
    if (users > 0 || pending.size > 0) return;
    clearTimeout(idle);
    gone();
    await worker.terminate();
  };
  const retireWhenIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(() => void retire(), DETECTOR_IDLE_MS).unref();
  };
  const detect = (image: RgbImage) =>
    new Promise<FaceBox[]>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      clearTimeout(idle);
      worker.ref();
      // A copy of exactly the pixels, handed over whole: a view may share a larger buffer.
      const pixels = image.data.slice();
      worker.postMessage({ id, data: pixels, width: image.width, height: image.height, minConfidence: MIN_FACE_CONFIDENCE, maxResults: MAX_FACES }, [pixels.buffer]);
    });
  return new Promise((resolveStart, rejectStart) => {
    const fail = (error: Error) => {
      gone();
      rejectStart(error);
      for (const { reject } of pending.values()) reject(error);
      pending.clear();
    };
    worker.on('message', (message: FromThread) => {
      if (message.type === 'ready') resolveStart({ detect, retire });
      else if (message.type === 'failed') {
        fail(new Error(`the face detector did not load: ${message.message}`));
        void worker.terminate();
      } else {
        const request = pending.get(message.id);
        pending.delete(message.id);
        if (message.type === 'faces') request?.resolve(message.faces);
        else request?.reject(new Error(`the face detector failed: ${message.message}`));
      }
      // Idle, the thread does not keep the process alive (loading or detecting, it does), and is stopped
      // once idle for long.
      if (pending.size === 0 && message.type !== 'failed') {
        worker.unref();
        retireWhenIdle();
      }
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the face detector's thread stopped (exit code ${code})`)));
  });
}

/**
 * The faces in the photo, in its pixels. The detector looks at a copy scaled down to
 * {@link DETECTION_SIDE}, whole and by quarters (face-boxes.ts); the boxes it finds are merged and scaled
 * back. Faces narrower than about 1 % of the photo's longer side are beyond it.
 */
export async function detectFaces(image: RgbImage): Promise<FaceBox[]> {
  users++;
  try {
    const detector = await detectorThread();
    const copy = await downscaled(image, DETECTION_SIDE);
    const found: FaceBox[] = [];
    for (const tile of tilesOf(copy.width, copy.height)) {
      const whole = tile.width === copy.width && tile.height === copy.height;
      const part = whole ? copy : crop(copy, { x0: tile.x, y0: tile.y, x1: tile.x + tile.width, y1: tile.y + tile.height });
      found.push(...facesInImage(await detector.detect(part), tile, whole));
    }
    const sx = image.width / copy.width;
    const sy = image.height / copy.height;
    return mergeFaces(found).map(({ x, y, width, height, score }) => ({ x: x * sx, y: y * sy, width: width * sx, height: height * sy, score }));
  } finally {
    users--;
  }
}

/**
 * Stops the detector's thread now if it is running and has nothing to do (as it does by itself after
 * {@link DETECTOR_IDLE_MS}): for a server closing, or a test. The next detection starts it again.
 */
export async function stopFaceDetector(): Promise<void> {
  const thread = await started?.catch(() => undefined);
  await thread?.retire();
}

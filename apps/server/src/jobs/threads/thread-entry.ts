import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { JobCancelledError, jobKinds } from '../kinds/index.ts';
import type { FromThread, ToThread } from './messages.ts';

/** A job thread: runs one job at a time, posting progress, then the result or the error. */
const port = parentPort;
if (!port) throw new Error('thread-entry runs inside a worker thread');
const post = (message: FromThread) => port.postMessage(message);
let controller: AbortController | null = null;

/** The job's file, read here so that its bytes never cross the thread serving HTTP. */
async function readAttachment(path: string | null): Promise<Uint8Array | null> {
  if (!path) return null;
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('The file this job reads is gone: the record it was started for was deleted.');
    throw error;
  }
}

async function run(kindName: string, input: unknown, attachmentPath: string | null): Promise<void> {
  const kind = jobKinds.get(kindName);
  controller = new AbortController();
  const signal = controller.signal;
  try {
    if (!kind) throw new Error(`unknown job kind ${kindName}`);
    const parsed = kind.input.parse(input);
    const attachment = await readAttachment(attachmentPath);
    const result = await kind.run(parsed, {
      progress: (fraction, message) =>
        post({ type: 'progress', fraction: Math.min(1, Math.max(0, fraction)), message: message ?? null }),
      signal,
      attachment,
    });
    post({ type: 'done', result: result ?? null });
  } catch (error) {
    const cancelled = signal.aborted || error instanceof JobCancelledError;
    post({ type: 'error', message: error instanceof Error ? error.message : String(error), cancelled });
  } finally {
    controller = null;
  }
}

port.on('message', (message: ToThread) => {
  if (message.type === 'cancel') controller?.abort();
  else void run(message.kind, message.input, message.attachmentPath);
});

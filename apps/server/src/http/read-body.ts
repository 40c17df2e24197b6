import { AppError } from '../errors/app-error.ts';

/**
 * The request body, whole, refused with `payload_too_large` as soon as it passes `maxBytes` (for uploads
 * the generic body limit does not cover, small enough to hold in memory: a photo).
 */
export async function readBody(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array> {
  if (!body) throw new AppError('empty_upload');
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new AppError('payload_too_large', `The body may have at most ${maxBytes} bytes.`);
    }
    chunks.push(value);
  }
  if (total === 0) throw new AppError('empty_upload');
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

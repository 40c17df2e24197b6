import { readFile, stat } from 'node:fs/promises';
import { CAP_READ_LIMITS } from '../read.ts';

export interface LoadLimits {
  /** The largest document taken (bytes). */
  readonly maxBytes: number;
  /** How long a download may take, headers and body together (ms). */
  readonly timeoutMs: number;
}

export const LOAD_LIMITS: LoadLimits = Object.freeze({
  maxBytes: CAP_READ_LIMITS.maxBytes,
  timeoutMs: 10_000,
});

export type LoadResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | {
      readonly ok: false;
      readonly code:
        'FILE_UNREADABLE' | 'URL_REFUSED' | 'FETCH_FAILED' | 'FETCH_TIMEOUT' | 'DOCUMENT_TOO_LARGE';
      readonly message: string;
    };

/** An address with a scheme (`https:`, `file:`, `urn:`), as opposed to a path. */
export const hasScheme = (location: string): boolean =>
  /^[A-Za-z][A-Za-z0-9+.-]*:/.test(location) && !/^[A-Za-z]:[\\/]/.test(location);

const tooLarge = (what: string, max: number): LoadResult => ({
  ok: false,
  code: 'DOCUMENT_TOO_LARGE',
  message: `${what} is over ${max} bytes long; it is not read`,
});

/** A local file, refused past `maxBytes` before it is read. */
export async function loadFile(path: string, limits: LoadLimits = LOAD_LIMITS): Promise<LoadResult> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile())
    return { ok: false, code: 'FILE_UNREADABLE', message: `cannot read ${path}: no such file` };
  if (info.size > limits.maxBytes) return tooLarge(path, limits.maxBytes);
  try {
    return { ok: true, bytes: new Uint8Array(await readFile(path)) };
  } catch (e) {
    return {
      ok: false,
      code: 'FILE_UNREADABLE',
      message: `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`,
    };
  }
}

/**
 * A document from an http(s) address: any other scheme is refused (a feed must not make us read local
 * files or other services), the whole download stops after `timeoutMs`, and the body is refused as soon
 * as it passes `maxBytes`, whatever Content-Length said.
 */
export async function loadUrl(location: string, limits: LoadLimits = LOAD_LIMITS): Promise<LoadResult> {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    return {
      ok: false,
      code: 'URL_REFUSED',
      message: `${JSON.stringify(location.slice(0, 200))} is not an address`,
    };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return {
      ok: false,
      code: 'URL_REFUSED',
      message: `${url.protocol} addresses are not fetched: only http and https`,
    };
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    const response = await fetch(url, {
      signal,
      redirect: 'follow',
      headers: { accept: 'application/cap+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5' },
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, code: 'FETCH_FAILED', message: `${url.href} answered HTTP ${response.status}` };
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return tooLarge(url.href, limits.maxBytes);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    // The body of a fetch response is bytes; its type in Node's declarations is left open.
    const reader = (response.body as ReadableStream<Uint8Array> | null)?.getReader();
    for (;;) {
      if (!reader) break;
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limits.maxBytes) {
        await reader.cancel().catch(() => undefined);
        return tooLarge(url.href, limits.maxBytes);
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.byteLength;
    }
    return { ok: true, bytes };
  } catch (e) {
    if (signal.aborted)
      return {
        ok: false,
        code: 'FETCH_TIMEOUT',
        message: `${url.href} did not answer in full within ${limits.timeoutMs / 1000} s`,
      };
    const cause =
      e instanceof Error && e.cause instanceof Error
        ? e.cause.message
        : e instanceof Error
          ? e.message
          : 'error';
    return { ok: false, code: 'FETCH_FAILED', message: `cannot fetch ${url.href}: ${cause.slice(0, 200)}` };
  }
}

/** A file path or an http(s) address. */
export const loadDocument = (location: string, limits: LoadLimits = LOAD_LIMITS): Promise<LoadResult> =>
  hasScheme(location) ? loadUrl(location, limits) : loadFile(location, limits);

import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { AttemptOutcome } from './delivery-repository.ts';
import { guardedLookup, hostOf, isPublicAddress, parseWebhookUrl } from './url-safety.ts';

export interface PostOptions {
  readonly timeoutMs: number;
  readonly allowPrivate: boolean;
}

/**
 * POSTs a JSON body and tells what came of it: the status code (the answer's body is not read), or the
 * reason there was none. The address is checked again here, at the moment of sending: the form of the URL,
 * an IP literal, and every address its name resolves to (through the connection's own `lookup`, so the
 * checked address is the one connected to). Redirects are not followed; a fresh connection every time.
 */
export function postJson(rawUrl: string, body: string, headers: Readonly<Record<string, string>>, options: PostOptions): Promise<AttemptOutcome> {
  const started = performance.now();
  const failed = (error: string): AttemptOutcome => ({ statusCode: null, error, durationMs: performance.now() - started });
  const url = parseWebhookUrl(rawUrl);
  if (!(url instanceof URL)) return Promise.resolve(failed(`refused: ${url.reason}`));
  const host = hostOf(url);
  if (isIP(host) !== 0 && !options.allowPrivate && !isPublicAddress(host)) {
    return Promise.resolve(failed(`refused: ${host} is not a public address`));
  }
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const signal = AbortSignal.timeout(options.timeoutMs);
  return new Promise((resolve) => {
    const req = send(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      agent: false,
      lookup: guardedLookup(options.allowPrivate),
      signal,
    });
    req.once('response', (res) => {
      res.resume();
      res.on('error', () => undefined);
      const status = res.statusCode ?? 0;
      resolve({
        statusCode: status,
        error: status >= 200 && status < 300 ? null : `HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`,
        durationMs: performance.now() - started,
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (signal.aborted) resolve(failed(`no answer within ${options.timeoutMs} ms`));
      else resolve(failed(error.code === 'ENOTPUBLIC' ? `refused: ${error.message}` : `${error.code ?? 'error'}: ${error.message}`));
    });
    req.end(body);
  });
}

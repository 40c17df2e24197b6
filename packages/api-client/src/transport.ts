import { CSRF_HEADER, ErrorBody } from '@pactesur/contracts';
import { ApiError } from './api-error.ts';

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface TransportOptions {
  /** Origin of the server, e.g. `http://127.0.0.1:8080`; empty in the browser (same origin). */
  baseUrl?: string;
  /** Defaults to the global fetch. */
  fetch?: FetchLike;
  /**
   * Outside a browser there is no cookie store: keep the session cookie here. In the browser leave it
   * off and the browser keeps the httpOnly cookie.
   */
  cookieJar?: boolean;
}

/**
 * Sends requests to the API and turns error answers into `ApiError`s. Remembers the CSRF token of the
 * session and sends it on every state-changing request.
 */
export class Transport {
  private csrfToken: string | null = null;
  private cookies = new Map<string, string>();
  private readonly baseUrl: string;
  private readonly doFetch: FetchLike;

  constructor(private readonly options: TransportOptions = {}) {
    this.baseUrl = options.baseUrl ?? '';
    this.doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  }

  setCsrfToken(token: string | null): void {
    this.csrfToken = token;
  }

  /** The `cookie` header of the jar (for the realtime socket outside a browser), or null when empty. */
  cookieHeader(): string | null {
    return this.cookies.size === 0 ? null : [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(method: string, path: string, body?: unknown, raw?: { contentType: string }): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = raw?.contentType ?? 'application/json';
    if (method !== 'GET' && method !== 'HEAD' && this.csrfToken) headers[CSRF_HEADER] = this.csrfToken;
    const cookie = this.options.cookieJar ? this.cookieHeader() : null;
    if (cookie) headers.cookie = cookie;
    // A streamed body (a large file read as it is sent) needs `duplex: 'half'` in Node's fetch.
    const streamed = typeof ReadableStream !== 'undefined' && body instanceof ReadableStream;
    const response = await this.doFetch(this.baseUrl + path, {
      method,
      headers,
      body: body === undefined ? null : raw ? (body as BodyInit) : JSON.stringify(body),
      credentials: 'same-origin',
      ...(streamed ? ({ duplex: 'half' } as RequestInit) : {}),
    });
    if (this.options.cookieJar) this.remember(response);
    if (!response.ok) throw await toApiError(response);
    return response;
  }

  async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.request(method, path, body);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (!pair || eq < 1) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text();
  try {
    const parsed = ErrorBody.safeParse(JSON.parse(text));
    if (parsed.success) {
      const { code, message, details } = parsed.data.error;
      return new ApiError(response.status, code, message, details);
    }
  } catch {
    // not JSON: fall through
  }
  return new ApiError(response.status, 'http_error', text.slice(0, 200) || response.statusText);
}

import { CSRF_HEADER, ErrorBody, type Extract } from '@pactesur/contracts';
import { ApiError } from '../../api.ts';

export interface UploadProgress {
  readonly loaded: number;
  readonly total: number;
}

export interface ExtractUpload {
  readonly file: Blob & { readonly name: string };
  /** The date of the OpenStreetMap data (YYYY-MM-DD), if known. */
  readonly dataDate?: string;
  readonly csrfToken: string | null;
  readonly onProgress: (progress: UploadProgress) => void;
}

/** The address of an upload: `POST /api/extracts?filename=…&dataDate=…`. */
export function uploadUrl(filename: string, dataDate?: string): string {
  const query = new URLSearchParams({ filename });
  if (dataDate) query.set('dataDate', dataDate);
  return `/api/extracts?${query.toString()}`;
}

/** The API's error answer as an `ApiError` (its stable code and message), whatever the body is. */
export function apiErrorOf(status: number, body: string, statusText: string): ApiError {
  try {
    const parsed = ErrorBody.safeParse(JSON.parse(body));
    if (parsed.success) {
      const { code, message, details } = parsed.data.error;
      return new ApiError(status, code, message, details);
    }
  } catch {
    // not JSON: fall through
  }
  return new ApiError(status, 'http_error', body.slice(0, 200) || statusText || `HTTP ${status}`);
}

/**
 * Sends an extract's bytes with `XMLHttpRequest`, whose `upload.onprogress` reports the bytes sent (fetch
 * has no upload progress). Same origin with the session cookie and the CSRF header, like the API client.
 * Resolves with the `Extract` (status `processing`) the server answers with 202.
 */
export function uploadExtract({ file, dataDate, csrfToken, onProgress }: ExtractUpload): {
  readonly done: Promise<Extract>;
  readonly abort: () => void;
} {
  const xhr = new XMLHttpRequest();
  const done = new Promise<Extract>((resolve, reject) => {
    xhr.open('POST', uploadUrl(file.name, dataDate));
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader(CSRF_HEADER, csrfToken);
    xhr.upload.onprogress = (e) =>
      onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress({ loaded: file.size, total: file.size });
        try {
          resolve(JSON.parse(xhr.responseText) as Extract);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      } else reject(apiErrorOf(xhr.status, xhr.responseText, xhr.statusText));
    };
    // Same signal as fetch: a TypeError means the server could not be reached.
    xhr.onerror = () => reject(new TypeError('network error'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}

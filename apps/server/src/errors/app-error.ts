import { errorCatalogue, type ErrorCode } from './catalogue.ts';

/**
 * An expected failure of a use case, with a stable code from the catalogue. Services throw it; the HTTP
 * layer turns it into a JSON answer in one place (`http/error-handler.ts`). Services never speak HTTP.
 */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: unknown,
  ) {
    super(message ?? errorCatalogue[code].message);
    this.name = 'AppError';
    this.status = errorCatalogue[code].status;
  }
}

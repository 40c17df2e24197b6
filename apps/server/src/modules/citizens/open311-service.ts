import type { ReportReceipt } from '@pactesur/contracts';
import type { ApiKeyService } from './api-key-service.ts';
import { Open311Error, readOpen311Post, type Fields } from './open311-input.ts';
import type { ReportService } from './report-service.ts';

/**
 * Open311's `POST requests`: the fields read as a report, the key checked (an unknown or revoked key is
 * the spec's 403), then the report made as the reporting page makes it.
 */
export class Open311Service {
  constructor(
    private readonly keys: ApiKeyService,
    private readonly reports: ReportService,
  ) {}

  async post(fields: Fields, lang: string): Promise<ReportReceipt> {
    const read = readOpen311Post(fields, lang);
    if (!read.ok) throw new Open311Error(read.problems);
    const key = await this.keys.verify(read.value.apiKey);
    if (!key) throw new Open311Error([{ code: 403, description: 'api_key is not valid: it is unknown or was revoked.' }]);
    return this.reports.submit(read.value.report, { via: 'open311', apiKeyId: key.id });
  }
}

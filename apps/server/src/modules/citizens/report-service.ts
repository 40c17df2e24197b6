import { CATEGORY_POLICIES, type NewReport, type PublicReport, type ReportReceipt } from '@pactesur/contracts';
import { AppError } from '../../errors/app-error.ts';
import { blurFaces } from '../../files/face-blur.ts';
import type { AccessService } from '../../services/access-service.ts';
import { newToken, tokenHash } from '../../services/tokens.ts';
import { reportLanguage, serviceNotice } from './category-texts.ts';
import { dayOf, daysAfter, type Clock } from './clock.ts';
import type { CoverageService } from './coverage-service.ts';
import { isXmlText } from './open311-xml.ts';
import { isReportToken, newRequestId } from './report-ids.ts';
import type { ReportRepository } from './report-repository.ts';
import type { ReportContact, ReportRow } from './report-row.ts';
import { toPublicReport } from './report-view.ts';
import type { TallyRepository } from './tally-repository.ts';

/** How a report came: the platform's reporting page, or an Open311 client with its key. */
export type ReportChannel = { readonly via: 'web' } | { readonly via: 'open311'; readonly apiKeyId: string };

/** The largest photo a reporter sends (before its faces are blurred and it is encoded again). */
export const MAX_REPORT_PHOTO_BYTES = 10 * 1024 * 1024;

/** Why a report's text is refused: a character that XML (Open311's answers) and the database cannot carry. */
function unwritableField(input: NewReport): string | null {
  const texts: [string, string][] = [
    ['description', input.description],
    ['address', input.address],
    ['mediaUrl', input.mediaUrl],
    ...Object.entries(input.contact).map(([k, v]): [string, string] => [`contact.${k}`, v]),
    ...Object.entries(input.attributes).flatMap(([k, v]): [string, string][] => [[`attributes.${k}`, k], [`attributes.${k}`, v]]),
  ];
  return texts.find(([, text]) => !isXmlText(text) || text.includes('\u0000'))?.[0] ?? null;
}

/**
 * A citizen's report, from the reporter's side: sent without an account (the reporting page or an Open311
 * client), routed to the organisation that takes its category there, followed by the token given once,
 * and given one photo, faces blurred, until the organisation publishes it.
 */
export class ReportService {
  constructor(
    private readonly reports: ReportRepository,
    private readonly tallies: TallyRepository,
    private readonly coverage: CoverageService,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async submit(input: NewReport, channel: ReportChannel): Promise<ReportReceipt> {
    const policy = CATEGORY_POLICIES[input.category];
    const named = input.contact.firstName !== '' || input.contact.lastName !== '';
    if (!policy.anonymous && (input.anonymous || !named)) {
      const message = 'Reports of this category are not anonymous: give your name.';
      throw new AppError('validation_failed', message, [{ path: input.anonymous ? 'anonymous' : 'contact.lastName', message }]);
    }
    const unwritable = unwritableField(input);
    if (unwritable) throw new AppError('validation_failed', 'The report holds a control character.', [{ path: unwritable, message: 'holds a control character' }]);
    const recipient = await this.coverage.route(input.category, input.location);
    const requestId = await this.freeRequestId();
    const token = newToken();
    const now = this.clock.now();
    const lang = reportLanguage(input.lang);
    const given = Object.values(input.contact).some((v) => v !== '');
    const contact: ReportContact | null = input.anonymous || !given ? null : input.contact;
    const id = await this.access.inTransaction(async (trx) => {
      const created = await this.reports.insert(
        {
          requestId, tokenHash: tokenHash(token), orgId: recipient.orgId, category: input.category, description: input.description,
          address: input.address, location: input.location, attributes: input.attributes, anonymous: input.anonymous, contact,
          mediaUrl: input.mediaUrl, lang, via: channel.via, apiKeyId: channel.via === 'open311' ? channel.apiKeyId : null,
          createdAt: now, purgeAfter: daysAfter(now, policy.retentionDays),
        },
        trx,
      );
      await this.tallies.add(dayOf(now), input.category, { received: 1 }, trx);
      await this.access.audit(null, 'create', { kind: 'citizen-report', recordId: created, ownerOrgId: recipient.orgId, detail: `${requestId} via ${channel.via}` }, trx);
      return created;
    });
    return { id, requestId, token, orgName: recipient.orgName, notice: serviceNotice(lang, recipient.orgName, policy.retentionDays) };
  }

  /** The reporter's view of their report: its public state, with their own text. */
  async track(token: string): Promise<PublicReport> {
    return toPublicReport(await this.byToken(token), true);
  }

  /**
   * Sets the photo of one's report while it is unpublished, replacing any: its faces are blurred and it is
   * encoded again without any metadata before it is stored — the photo as sent is never kept.
   */
  async addPhoto(token: string, bytes: Uint8Array): Promise<PublicReport> {
    const row = await this.byToken(token);
    if (row.published) throw new AppError('conflict', 'The report is published: its photo no longer changes.');
    if (bytes.byteLength > MAX_REPORT_PHOTO_BYTES) throw new AppError('payload_too_large', `A photo may have at most ${MAX_REPORT_PHOTO_BYTES} bytes.`);
    const blurred = await blurFaces(bytes);
    const file = await this.reports.storePhoto(blurred.bytes);
    const now = this.clock.now();
    await this.access
      .inTransaction(async (trx) => {
        if (!(await this.reports.setPhoto(row.id, { key: file.key, faces: blurred.faces }, now, trx))) throw new AppError('conflict', 'The report was published meanwhile.');
        await this.tallies.add(dayOf(now), row.category, { photos: 1, faces: blurred.faces }, trx);
      })
      .catch(async (error: unknown) => {
        await this.reports.discardPhotos([file.key]);
        throw error;
      });
    await this.reports.discardPhotos([row.photoKey, row.publishedPhotoKey]);
    return this.track(token);
  }

  private async byToken(token: string): Promise<ReportRow> {
    const row = isReportToken(token) ? await this.reports.byTokenHash(tokenHash(token)) : undefined;
    if (!row) throw new AppError('not_found', 'No report has this token (a report is deleted once its time is up).');
    return row;
  }

  /** A request id no report has yet. */
  private async freeRequestId(): Promise<string> {
    for (let i = 0; i < 5; i++) {
      const id = newRequestId();
      if (!(await this.reports.requestIdTaken(id))) return id;
    }
    throw new Error('no free request id after five draws');
  }
}

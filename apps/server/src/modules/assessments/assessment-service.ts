import {
  carverTotal,
  compareContents,
  headlineOf,
  martynOf,
  rankMeasures,
  riskRegister,
  suggestScores,
} from '@pactesur/assessment';
import {
  AssessmentContent,
  AssessmentStatus,
  AssessmentStep,
  THREATS,
  type Access,
  type Assessment,
  type AssessmentComment,
  type AssessmentComparison,
  type AssessmentDashboard,
  type AssessmentPhoto,
  type AssessmentSummary,
  type CreateAssessment,
  type CreateAssessmentComment,
  type IndicatorKey,
  type OverrideIndicator,
  type SiteCategory,
  type SpaceCategory,
  type UpdateAssessment,
  type UploadPhotoQuery,
} from '@pactesur/contracts';
import { AppError } from '../../errors/app-error.ts';
import { keptPhoto, type PhotoFile } from '../../files/photo-metadata.ts';
import { recordChannel } from '../../realtime/channels.ts';
import type { AccessService } from '../../services/access-service.ts';
import { requireRole, type Actor } from '../../services/actor.ts';
import type { CoreRecords, ModuleDeps } from '../module.ts';
import {
  computeIndicators,
  readIndicators,
  readOverrides,
  shownIndicators,
  sourceIds,
  type IndicatorInputs,
  type StoredIndicator,
} from './assessment-indicators.ts';
import type { AssessmentRepository, AssessmentRow } from './assessment-repository.ts';

/** The category of the method a site of the register most likely is (the user confirms it in the scope step). */
const CATEGORY_OF_SITE: Readonly<Record<SiteCategory, SpaceCategory>> = {
  square: 'square',
  'pedestrian-area': 'square',
  'pedestrian-street': 'shopping-area',
  promenade: 'square',
  market: 'shopping-area',
  'transport-hub': 'transport-hub',
  'event-venue': 'event-site',
  other: 'square',
};

/** What an export needs: the assessment as shown, and who reads it (for the watermark). */
export interface AssessmentExport {
  readonly assessment: Assessment;
  readonly reader: { readonly name: string; readonly orgName: string };
}

/**
 * Vulnerability assessments (ASSESSMENT.md). An assessment describes how to attack a place: it belongs to
 * one organisation, is shared only on purpose, and every read — single, in a list, of a photo, as an export —
 * is audited. The user's answers are one document saved step by step (`revision` counts the saves, so two
 * people editing at once do not overwrite each other unknowingly); the register, the ranking and the
 * alternatives are computed from it at each read by `@pactesur/assessment`. The indicators are computed
 * from the site's newest analyses through the core's use cases (audited reads) and stored with their
 * sources; each view tells whether a source has changed since.
 */
export class AssessmentService {
  constructor(
    private readonly assessments: AssessmentRepository,
    private readonly access: AccessService,
    private readonly live: ModuleDeps['live'],
    private readonly core: CoreRecords,
  ) {}

  /** The assessments the acting organisation may read (every version), optionally of one site; audited as a list. */
  async list(actor: Actor, siteId?: string): Promise<AssessmentSummary[]> {
    const visible = await this.access.listVisible(actor, 'assessment', (orgId, ids) =>
      this.assessments.listVisible(orgId, ids, siteId),
    );
    return visible.map(({ row, access }) => summaryOf(row, access));
  }

  /**
   * The acting organisation's own sites ranked by the highest risk of their latest assessment (unassessed
   * sites last), with the open measures and the cost of the latest verified protection plan.
   */
  async dashboard(actor: Actor): Promise<AssessmentDashboard> {
    const viewer = requireRole(actor, 'viewer');
    const sites = (await this.core.sites.list(actor)).filter((s) => s.access === 'owner');
    const visible = await this.access.listVisible(
      actor,
      'assessment',
      (orgId) => this.assessments.listVisible(orgId, []),
      'on the dashboard',
    );
    const plans =
      sites.length > 0
        ? await this.core.plans.listOfSites(
            actor,
            sites.map((s) => s.id),
          )
        : [];
    const rows = sites.map((site) => {
      const latest = visible
        .filter(({ row }) => row.siteId === site.id && row.ownerOrgId === viewer.orgId)
        .sort((a, b) => b.row.version - a.row.version)[0];
      const content = latest ? contentOf(latest.row) : null;
      const open = content?.measures.filter((m) => m.status !== 'done') ?? [];
      const plan = plans
        .filter((p) => p.siteId === site.id && p.status === 'ready' && p.summary?.verified === true)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
      return {
        siteId: site.id,
        siteName: site.name,
        assessment: latest ? summaryOf(latest.row, latest.access) : null,
        openMeasures: open.length,
        openMeasuresCostEur: open.reduce((sum, m) => sum + m.costEur, 0),
        planCostEur: plan?.summary?.totalCostEur ?? null,
        planId: plan?.id ?? null,
      };
    });
    const highest = (r: (typeof rows)[number]) => r.assessment?.headline.highestRisk ?? -1;
    rows.sort(
      (a, b) =>
        highest(b) - highest(a) ||
        (b.assessment?.headline.totalRisk ?? -1) - (a.assessment?.headline.totalRisk ?? -1) ||
        a.siteName.localeCompare(b.siteName),
    );
    return { sites: rows };
  }

  async get(actor: Actor, id: string): Promise<Assessment> {
    const { access } = await this.access.read(actor, 'assessment', id);
    return this.view(await this.row(id), access);
  }

  /** A first assessment of a site (or another one beside those it has): numbered after them, indicators computed. */
  async create(actor: Actor, input: CreateAssessment): Promise<Assessment> {
    const editor = requireRole(actor, 'editor');
    const site = await this.core.sites.get(actor, input.siteId);
    const indicators = computeIndicators(await this.indicatorInputs(actor, site.id), new Date());
    const content = AssessmentContent.parse(
      input.content ?? {
        category: CATEGORY_OF_SITE[site.category],
        scenarios: THREATS.map((threat) => ({ threat })),
      },
    );
    const id = await this.access.inTransaction(async (trx) => {
      const created = await this.assessments.create(
        {
          ownerOrgId: editor.orgId,
          siteId: site.id,
          parentId: null,
          title: input.title ?? site.name,
          content,
          indicators,
          overrides: {},
          createdBy: editor.userId,
        },
        trx,
      );
      await this.access.audit(
        actor,
        'create',
        { kind: 'assessment', recordId: created, ownerOrgId: editor.orgId, detail: `site ${site.id}` },
        trx,
      );
      return created;
    });
    return this.view(await this.row(id), 'owner');
  }

  /** Saves as you go: the parts given replace the stored ones; with `revision`, only on that revision (`conflict`). */
  async update(actor: Actor, id: string, input: UpdateAssessment): Promise<Assessment> {
    const { access, ownerOrgId } = await this.access.require(actor, 'assessment', id, 'edit');
    const row = await this.row(id);
    const content = input.content ? parseContent({ ...contentOf(row), ...input.content }) : undefined;
    if (
      input.status === 'complete' &&
      !(content ?? contentOf(row)).scenarios.some((s) => s.likelihood !== null && s.impact !== null)
    ) {
      throw new AppError(
        'validation_failed',
        'An assessment is complete once at least one scenario has both its scores.',
      );
    }
    const fields = Object.keys(input).filter((k) => k !== 'revision');
    await this.access.inTransaction(async (trx) => {
      const changed = await this.assessments.update(
        id,
        { title: input.title, status: input.status, step: input.step, content },
        input.revision,
        trx,
      );
      if (!changed)
        throw new AppError(
          'conflict',
          'Someone else saved this assessment since you opened it: reload it to see their changes, then make yours again.',
        );
      await this.access.audit(
        actor,
        'update',
        { kind: 'assessment', recordId: id, ownerOrgId, detail: fields.join(',') },
        trx,
      );
    });
    return this.changed(id, access, fields);
  }

  /** Only the owner organisation deletes (ADR 0018); its photos' files go once the rows are gone. */
  async delete(actor: Actor, id: string): Promise<void> {
    const ownerOrgId = await this.access.requireOwner(actor, 'assessment', id, 'delete');
    let keys: string[] = [];
    await this.access.deleteRecord(actor, 'assessment', id, ownerOrgId, async (trx) => {
      keys = await this.assessments.delete(id, trx);
    });
    await this.assessments.discardFiles(keys);
    await this.live.publish(recordChannel('assessment', id), { change: 'deleted' });
  }

  /**
   * A re-assessment: a new version of the owner's, a copy of this one's answers and overrides, its
   * indicators computed again, its parent this one. It starts unshared (ADR 0020): what changed is the
   * owner's to review before partners see it.
   */
  async newVersion(actor: Actor, id: string): Promise<Assessment> {
    const ownerOrgId = await this.access.requireOwner(actor, 'assessment', id, 'version');
    const editor = requireRole(actor, 'editor');
    const row = await this.row(id);
    const indicators = computeIndicators(await this.indicatorInputs(actor, row.siteId), new Date());
    const created = await this.access.inTransaction(async (trx) => {
      const newId = await this.assessments.create(
        {
          ownerOrgId,
          siteId: row.siteId,
          parentId: id,
          title: row.title,
          content: contentOf(row),
          indicators,
          overrides: readOverrides(row.overrides),
          createdBy: editor.userId,
        },
        trx,
      );
      await this.access.audit(
        actor,
        'create',
        { kind: 'assessment', recordId: newId, ownerOrgId, detail: `new version of ${id}` },
        trx,
      );
      return newId;
    });
    return this.view(await this.row(created), 'owner');
  }

  /** Two versions side by side; both must be readable (each read audited). */
  async compare(actor: Actor, beforeId: string, afterId: string): Promise<AssessmentComparison> {
    const before = await this.access.read(actor, 'assessment', beforeId);
    const after = await this.access.read(actor, 'assessment', afterId);
    const [a, b] = [await this.row(beforeId), await this.row(afterId)];
    return {
      before: summaryOf(a, before.access),
      after: summaryOf(b, after.access),
      ...compareContents(contentOf(a), contentOf(b)),
    };
  }

  /** Computes the indicators again from the site's newest records; the overrides stay. */
  async refreshIndicators(actor: Actor, id: string): Promise<Assessment> {
    const { access, ownerOrgId } = await this.access.require(actor, 'assessment', id, 'edit');
    const row = await this.row(id);
    const indicators = computeIndicators(await this.indicatorInputs(actor, row.siteId), new Date());
    await this.access.inTransaction(async (trx) => {
      await this.assessments.update(id, { indicators }, undefined, trx);
      await this.access.audit(
        actor,
        'update',
        { kind: 'assessment', recordId: id, ownerOrgId, detail: 'indicators computed again' },
        trx,
      );
    });
    return this.changed(id, access, ['indicators']);
  }

  /** Replaces a computed value by the user's, with the reason kept (and shown, exported and audited). */
  async override(
    actor: Actor,
    id: string,
    key: IndicatorKey,
    input: OverrideIndicator | null,
  ): Promise<Assessment> {
    const { access, ownerOrgId } = await this.access.require(actor, 'assessment', id, 'edit');
    const row = await this.row(id);
    const overrides = readOverrides(row.overrides);
    if (input)
      overrides[key] = {
        value: input.value,
        reason: input.reason,
        byName: await this.assessments.userName(actor.userId),
        at: new Date().toISOString(),
      };
    else if (!overrides[key]) throw new AppError('not_found', 'This indicator has no override.');
    else delete overrides[key];
    await this.access.inTransaction(async (trx) => {
      await this.assessments.update(id, { overrides }, undefined, trx);
      const detail = input
        ? `override ${key}: ${input.value} (${input.reason})`
        : `override of ${key} removed`;
      await this.access.audit(
        actor,
        'update',
        { kind: 'assessment', recordId: id, ownerOrgId, detail: detail.slice(0, 500) },
        trx,
      );
    });
    return this.changed(id, access, ['overrides']);
  }

  async addComment(actor: Actor, id: string, input: CreateAssessmentComment): Promise<AssessmentComment> {
    const { ownerOrgId } = await this.access.require(actor, 'assessment', id, 'edit');
    const authorName = await this.assessments.userName(actor.userId);
    const commentId = await this.access.inTransaction(async (trx) => {
      const created = await this.assessments.addComment(
        { assessmentId: id, authorId: actor.userId, authorName, about: input.about, body: input.body },
        trx,
      );
      await this.access.audit(
        actor,
        'update',
        { kind: 'assessment', recordId: id, ownerOrgId, detail: 'comment added' },
        trx,
      );
      return created;
    });
    await this.live.publish(recordChannel('assessment', id), { change: 'updated', fields: ['comments'] });
    const comment = await this.assessments.findComment(id, commentId);
    if (!comment) throw new Error('comment vanished after insert');
    return comment;
  }

  /** A comment is deleted by its author, or by an editor of the owner organisation. */
  async deleteComment(actor: Actor, id: string, commentId: string): Promise<void> {
    const { access, ownerOrgId } = await this.access.require(actor, 'assessment', id, 'edit');
    const comment = await this.assessments.findComment(id, commentId);
    if (!comment) throw new AppError('not_found');
    if (comment.authorId !== actor.userId && access !== 'owner')
      throw new AppError('forbidden', 'Only its author or the owner organisation deletes a comment.');
    await this.access.inTransaction(async (trx) => {
      await this.assessments.deleteComment(id, commentId, trx);
      await this.access.audit(
        actor,
        'update',
        { kind: 'assessment', recordId: id, ownerOrgId, detail: 'comment deleted' },
        trx,
      );
    });
    await this.live.publish(recordChannel('assessment', id), { change: 'updated', fields: ['comments'] });
  }

  /**
   * Adds a photo (JPEG or PNG, told from its bytes). Its location metadata (Exif, XMP) is removed unless the
   * user keeps it on purpose: a photo of a place's weak point should not also say where it was taken.
   */
  async addPhoto(
    actor: Actor,
    id: string,
    query: UploadPhotoQuery,
    bytes: Uint8Array,
  ): Promise<AssessmentPhoto> {
    const { ownerOrgId } = await this.access.require(actor, 'assessment', id, 'edit');
    const kept = keptPhoto(bytes, query.keepLocation);
    const file = await this.assessments.storePhotoFile(kept.bytes);
    const byName = await this.assessments.userName(actor.userId);
    const photoId = await this.access
      .inTransaction(async (trx) => {
        const created = await this.assessments.addPhoto(
          {
            assessmentId: id,
            file,
            filename: query.filename,
            contentType: kept.type,
            caption: query.caption,
            locationKept: query.keepLocation,
            createdBy: actor.userId,
            createdByName: byName,
          },
          trx,
        );
        await this.access.audit(
          actor,
          'update',
          {
            kind: 'assessment',
            recordId: id,
            ownerOrgId,
            detail: `photo added${query.keepLocation ? ' with its location' : ''}`,
          },
          trx,
        );
        return created;
      })
      .catch(async (error: unknown) => {
        await this.assessments.discardFiles([file.key]);
        throw error;
      });
    await this.live.publish(recordChannel('assessment', id), { change: 'updated', fields: ['photos'] });
    const photo = await this.assessments.findPhoto(id, photoId);
    if (!photo) throw new Error('photo vanished after insert');
    return publicPhoto(photo);
  }

  /** A photo's bytes: a read of the assessment, audited. */
  async photo(actor: Actor, id: string, photoId: string): Promise<PhotoFile> {
    await this.access.read(actor, 'assessment', id);
    const photo = await this.assessments.findPhoto(id, photoId);
    const bytes = photo && (await this.assessments.readPhotoFile(photo.fileKey));
    if (!photo || !bytes) throw new AppError('not_found');
    return { bytes, contentType: photo.contentType, filename: photo.filename };
  }

  async deletePhoto(actor: Actor, id: string, photoId: string): Promise<void> {
    const { ownerOrgId } = await this.access.require(actor, 'assessment', id, 'edit');
    const photo = await this.assessments.findPhoto(id, photoId);
    if (!photo) throw new AppError('not_found');
    await this.access.inTransaction(async (trx) => {
      await this.assessments.deletePhoto(id, photoId, trx);
      await this.access.audit(
        actor,
        'update',
        { kind: 'assessment', recordId: id, ownerOrgId, detail: 'photo deleted' },
        trx,
      );
    });
    await this.assessments.discardFiles([photo.fileKey]);
    await this.live.publish(recordChannel('assessment', id), { change: 'updated', fields: ['photos'] });
  }

  /** The assessment for an export, with its reader for the watermark: audited as a read and as an export. */
  async exportOf(actor: Actor, id: string, format: 'pdf' | 'csv'): Promise<AssessmentExport> {
    const { access, ownerOrgId } = await this.access.read(actor, 'assessment', id);
    const reader = requireRole(actor, 'viewer');
    const assessment = await this.view(await this.row(id), access);
    await this.access.audit(actor, 'export', {
      kind: 'assessment',
      recordId: id,
      ownerOrgId,
      detail: format,
    });
    return {
      assessment,
      reader: {
        name: await this.assessments.userName(actor.userId),
        orgName: await this.assessments.orgName(reader.orgId),
      },
    };
  }

  private async row(id: string): Promise<AssessmentRow> {
    const row = await this.assessments.find(id);
    if (!row) throw new AppError('not_found');
    return row;
  }

  private async changed(id: string, access: Access, fields: readonly string[]): Promise<Assessment> {
    const row = await this.row(id);
    await this.live.publish(recordChannel('assessment', id), {
      change: 'updated',
      fields,
      revision: row.revision,
      at: row.updatedAt,
    });
    return this.view(row, access);
  }

  /** The site's newest records, read through the core's use cases as the actor (each read audited). */
  private async indicatorInputs(actor: Actor, siteId: string): Promise<IndicatorInputs> {
    const site = await this.core.sites.get(actor, siteId);
    const newest = <T extends { createdAt: string }>(items: readonly T[]) =>
      [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    const analysis = newest(
      (await this.core.threats.list(actor, siteId)).filter((a) => a.status === 'ready'),
    );
    const simulation = newest(
      (await this.core.crowd.list(actor, siteId)).filter((s) => s.status === 'ready' && s.summary),
    );
    const plan = newest(
      (await this.core.plans.list(actor, siteId)).filter(
        (p) => p.status === 'ready' && p.summary?.verified === true,
      ),
    );
    const threat = analysis
      ? {
          id: analysis.id,
          name: analysis.name,
          createdAt: analysis.createdAt,
          result: (await this.core.threats.result(actor, analysis.id)).result,
        }
      : null;
    const barriers = site.extractId
      ? barriersOf(await this.core.sites.layers(actor, siteId).catch(() => null))
      : [];
    return {
      site,
      threat,
      crowd: simulation?.summary
        ? {
            id: simulation.id,
            name: simulation.name,
            createdAt: simulation.createdAt,
            peakDensity: simulation.summary.peakDensity,
            people: simulation.summary.agentsTotal,
          }
        : null,
      plan: plan?.summary
        ? {
            id: plan.id,
            name: plan.name,
            createdAt: plan.createdAt,
            measures: plan.summary.measures,
            costEur: plan.summary.totalCostEur ?? 0,
          }
        : null,
      barriers,
    };
  }

  /** The assessment as shown: the answers, what is computed from them, and the indicators with their staleness. */
  private async view(row: AssessmentRow, access: Access): Promise<Assessment> {
    const content = contentOf(row);
    const stored: StoredIndicator[] = readIndicators(row.indicators);
    const state = await this.assessments.sourceState(row.siteId, row.ownerOrgId, sourceIds(stored));
    const indicators = shownIndicators(stored, readOverrides(row.overrides), state, row.siteId);
    const photos = await this.assessments.photos(row.id);
    return {
      ...summaryOf(row, access),
      revision: row.revision,
      createdByName: row.createdByName,
      content,
      indicators,
      suggestions: suggestScores(indicators, content.threatLevel),
      register: riskRegister(content),
      rankedMeasures: rankMeasures(content.scenarios, content.measures),
      carverTotal: carverTotal(content.carver),
      martyn: martynOf(content.martyn, row.siteEventOccupancy),
      comments: await this.assessments.comments(row.id),
      photos: photos.map(publicPhoto),
    };
  }
}

/** The stored answers; a document that no longer reads (never written so) is refused rather than guessed. */
function contentOf(row: AssessmentRow): AssessmentContent {
  return AssessmentContent.parse(row.content);
}

/** The answers after a save, checked whole (a measure's changes, one scenario per threat …). */
function parseContent(value: unknown): AssessmentContent {
  const parsed = AssessmentContent.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'validation_failed',
      `content.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}

function summaryOf(row: AssessmentRow, access: Access): AssessmentSummary {
  const content = contentOf(row);
  return {
    id: row.id,
    ownerOrgId: row.ownerOrgId,
    ownerOrgName: row.ownerOrgName,
    siteId: row.siteId,
    siteName: row.siteName,
    title: row.title,
    version: row.version,
    parentId: row.parentId,
    status: AssessmentStatus.catch('draft').parse(row.status),
    step: AssessmentStep.catch('scope').parse(row.step),
    headline: headlineOf(content),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    access,
  };
}

function publicPhoto({
  fileKey: _key,
  ...photo
}: AssessmentPhoto & { readonly fileKey: string }): AssessmentPhoto {
  return photo;
}

/** The barrier features of an extract's map layers (GeoJSON text); nothing when there are none. */
function barriersOf(layersJson: string | null): IndicatorInputs['barriers'] {
  if (!layersJson) return [];
  const layers = JSON.parse(layersJson) as {
    features?: {
      properties?: { layer?: string; class?: string };
      geometry?: { type: string; coordinates: unknown };
    }[];
  };
  return (layers.features ?? []).flatMap((f) =>
    f.properties?.layer === 'barrier' && f.geometry
      ? [{ class: f.properties.class ?? 'barrier', geometry: f.geometry }]
      : [],
  );
}

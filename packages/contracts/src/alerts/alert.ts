import { z } from 'zod';
import { Id, Timestamp } from '../common.ts';
import { MAX_NAME_LENGTH } from '../limits.ts';
import { Access } from '../sharing.ts';

/**
 * Public alerts (ALERTS.md): composed in the browser as one `info` per language, approved by a second
 * person, published as OASIS CAP 1.2 messages (`application/cap+xml`) on the city's feed and to its
 * subscribers. The API speaks in the composer's terms; the server writes the CAP message.
 */

/** The hazards the composer has templates for (each presets urgency, severity, certainty, category, response). */
export const ALERT_TEMPLATES = [
  'attack-on-crowd',
  'vehicle-ramming',
  'crowd-crush',
  'suspicious-object',
  'heatwave',
  'flood',
  'missing-child',
] as const;
export const AlertTemplate = z.enum(ALERT_TEMPLATES);
export type AlertTemplate = z.infer<typeof AlertTemplate>;

export const CapStatusValue = z.enum(['Actual', 'Exercise', 'Test']);
export type CapStatusValue = z.infer<typeof CapStatusValue>;
export const CapScopeValue = z.enum(['Public', 'Restricted', 'Private']);
export type CapScopeValue = z.infer<typeof CapScopeValue>;
export const CapMsgTypeValue = z.enum(['Alert', 'Update', 'Cancel', 'Ack']);
export type CapMsgTypeValue = z.infer<typeof CapMsgTypeValue>;
export const CapCategoryValue = z.enum([
  'Geo',
  'Met',
  'Safety',
  'Security',
  'Rescue',
  'Fire',
  'Health',
  'Env',
  'Transport',
  'Infra',
  'CBRNE',
  'Other',
]);
export const CapResponseValue = z.enum([
  'Shelter',
  'Evacuate',
  'Prepare',
  'Execute',
  'Avoid',
  'Monitor',
  'Assess',
  'AllClear',
  'None',
]);
export const CapUrgencyValue = z.enum(['Immediate', 'Expected', 'Future', 'Past', 'Unknown']);
export const CapSeverityValue = z.enum(['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown']);
export const CapCertaintyValue = z.enum(['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown']);

/** Where an alert applies: CAP polygons (`lat,lon …`, latitude first) and circles (`lat,lon radius-km`). */
export const AlertArea = z.strictObject({
  areaDesc: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  polygons: z.array(z.string().max(100_000)).max(20).default([]),
  circles: z.array(z.string().max(200)).max(20).default([]),
});
export type AlertArea = z.infer<typeof AlertArea>;

const text = (max: number) => z.string().max(max).default('');

/** One language of an alert: the same facts in each (the city profile checks it). */
export const AlertInfo = z.strictObject({
  language: z.string().trim().min(2).max(35),
  categories: z.array(CapCategoryValue).min(1).max(12),
  event: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  responseTypes: z.array(CapResponseValue).max(9).default([]),
  urgency: CapUrgencyValue,
  severity: CapSeverityValue,
  certainty: CapCertaintyValue,
  senderName: text(MAX_NAME_LENGTH),
  headline: text(160),
  description: text(5_000),
  instruction: text(5_000),
  contact: text(MAX_NAME_LENGTH),
  web: z.url().max(2_000).nullable().default(null),
  onset: z.iso.datetime({ offset: true }).nullable().default(null),
  expires: z.iso.datetime({ offset: true }).nullable().default(null),
  areas: z.array(AlertArea).max(20).default([]),
});
export type AlertInfo = z.infer<typeof AlertInfo>;
export type AlertInfoInput = z.input<typeof AlertInfo>;

/** What the composer edits. */
export const AlertDraftContent = z.strictObject({
  template: AlertTemplate.nullable().default(null),
  siteId: Id.nullable().default(null),
  status: CapStatusValue.default('Actual'),
  scope: CapScopeValue.default('Public'),
  restriction: text(1_000),
  /** Organisations a Restricted alert goes to (they acknowledge it); participants of an Exercise alert. */
  recipientOrgIds: z.array(Id).max(100).default([]),
  /** Private scope: CAP `addresses` (space-separated). */
  addresses: text(5_000),
  note: text(2_000),
  infos: z.array(AlertInfo).min(1).max(10),
});
export type AlertDraftContent = z.infer<typeof AlertDraftContent>;
export type AlertDraftContentInput = z.input<typeof AlertDraftContent>;

/** The life of one message, kept distinct (ALERTS.md): published, then updated, cancelled, expired or superseded. */
export const AlertState = z.enum(['draft', 'pending', 'published', 'superseded', 'cancelled', 'expired']);
export type AlertState = z.infer<typeof AlertState>;

export const AlertFinding = z.object({
  code: z.string(),
  level: z.enum(['error', 'warning', 'recommendation']),
  path: z.string(),
  message: z.string(),
});
export type AlertFinding = z.infer<typeof AlertFinding>;

export const AlertEvent = z.object({
  at: Timestamp,
  byName: z.string(),
  action: z.enum([
    'created',
    'edited',
    'submitted',
    'rejected',
    'approved',
    'published',
    'superseded',
    'cancelled',
    'expired',
    'acknowledged',
  ]),
  detail: z.string(),
});
export type AlertEvent = z.infer<typeof AlertEvent>;

export const AlertAck = z.object({
  orgId: Id,
  orgName: z.string(),
  byName: z.string(),
  at: Timestamp,
  identifier: z.string(),
});
export type AlertAck = z.infer<typeof AlertAck>;

export const AlertSummary = z.object({
  id: Id,
  ownerOrgId: Id,
  ownerOrgName: z.string(),
  episodeId: Id,
  identifier: z.string(),
  msgType: CapMsgTypeValue,
  state: AlertState,
  status: CapStatusValue,
  scope: CapScopeValue,
  headline: z.string(),
  event: z.string(),
  severity: z.string(),
  urgency: z.string(),
  languages: z.array(z.string()),
  siteId: Id.nullable(),
  authorId: Id.nullable(),
  authorName: z.string(),
  approverName: z.string().nullable(),
  sent: Timestamp.nullable(),
  expires: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  access: Access,
});
export type AlertSummary = z.infer<typeof AlertSummary>;

export const Alert = AlertSummary.extend({
  revision: z.int(),
  content: AlertDraftContent,
  /** The CAP `references` this message carries (Update, Cancel, Ack): `sender,identifier,sent` triplets. */
  references: z.array(z.string()),
  /** The CAP message as published (null before), or as it would be written now (a draft's preview). */
  xml: z.string(),
  findings: z.array(AlertFinding),
  /** Cell-broadcast pages of each info's instruction (93 GSM-7 characters a page, at most 15). */
  pages: z.array(
    z.object({
      language: z.string(),
      encoding: z.enum(['gsm7', 'ucs2']),
      units: z.int(),
      pages: z.int(),
      fits: z.boolean(),
    }),
  ),
  history: z.array(AlertEvent),
  acks: z.array(AlertAck),
  /** Where its CAP message is public (Public, Actual, published), else null. */
  publicUrl: z.string().nullable(),
});
export type Alert = z.infer<typeof Alert>;

export const CreateAlert = z.strictObject({ content: AlertDraftContent });
export type CreateAlert = z.infer<typeof CreateAlert>;
export type CreateAlertInput = z.input<typeof CreateAlert>;

export const UpdateAlertDraft = z.strictObject({
  content: AlertDraftContent,
  revision: z.int().min(0).optional(),
});
export type UpdateAlertDraft = z.infer<typeof UpdateAlertDraft>;
export type UpdateAlertDraftInput = z.input<typeof UpdateAlertDraft>;

export const RejectAlert = z.strictObject({ reason: z.string().trim().min(1).max(2_000) });
export type RejectAlert = z.infer<typeof RejectAlert>;

/** A template's presets, for the composer. */
export const AlertTemplatePresets = z.object({
  template: AlertTemplate,
  categories: z.array(CapCategoryValue),
  responseTypes: z.array(CapResponseValue),
  urgency: CapUrgencyValue,
  severity: CapSeverityValue,
  certainty: CapCertaintyValue,
  expiresAfterHours: z.number(),
});
export type AlertTemplatePresets = z.infer<typeof AlertTemplatePresets>;

export const ListAlertsQuery = z.strictObject({ state: AlertState.optional(), episodeId: Id.optional() });
export type ListAlertsQuery = z.infer<typeof ListAlertsQuery>;

/** A draft checked as you type: the CAP message it would be, its findings and its pages. */
export const AlertPreview = z.object({
  xml: z.string(),
  findings: z.array(AlertFinding),
  pages: Alert.shape.pages,
});
export type AlertPreview = z.infer<typeof AlertPreview>;

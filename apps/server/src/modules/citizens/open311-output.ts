import { CATEGORY_POLICIES, ReportCategory, type PublicReport, type ReportReceipt } from '@pactesur/contracts';
import { CATEGORY_TEXTS, type ReportLanguage } from './category-texts.ts';
import type { Open311Problem } from './open311-input.ts';
import { element, listElement, type FlatRecord, type XmlElement } from './open311-xml.ts';

/**
 * The GeoReport v2 answers, as the spec names their fields: each is a list of flat records, written as a
 * JSON array or as `<root><item>…</item></root>` XML from the same records, in the same order.
 */
export interface Open311Answer {
  readonly json: unknown;
  readonly xml: XmlElement;
}

const list = (root: string, item: string, records: readonly FlatRecord[]): Open311Answer => ({ json: records, xml: listElement(root, item, records) });

/** W3C date-time in UTC, to the second: `2027-03-10T08:15:30Z`. */
const w3c = (iso: string): string => iso.replace(/\.\d+Z$/, 'Z');

/** `GET services`: every category of the platform, named in the reader's language. */
export function servicesAnswer(lang: ReportLanguage): Open311Answer {
  return list(
    'services',
    'service',
    ReportCategory.options.map((code) => ({
      service_code: code,
      service_name: CATEGORY_TEXTS[lang][code].name,
      description: CATEGORY_TEXTS[lang][code].description,
      metadata: false,
      type: 'realtime',
      keywords: CATEGORY_POLICIES[code].keywords.join(', '),
      group: CATEGORY_POLICIES[code].group,
    })),
  );
}

/** `GET services/{code}`: no category asks attributes yet, so the definition lists none. */
export function serviceDefinitionAnswer(code: ReportCategory): Open311Answer {
  return {
    json: { service_code: code, attributes: [] },
    xml: element('service_definition', [element('service_code', code), element('attributes', [])]),
  };
}

/** `POST requests`: the new request's id, the notice of what happens next, and the token that follows it. */
export function receiptAnswer(receipt: ReportReceipt): Open311Answer {
  return list('service_requests', 'request', [{ service_request_id: receipt.requestId, token: receipt.token, service_notice: receipt.notice, account_id: null }]);
}

/**
 * `GET requests` and `GET requests/{id}`: the public state of each request — its text once the organisation
 * published it, its photo only as the published one (`media_url`: a link the platform serves, never the
 * address a client gave, which is not fetched nor republished), never a name or a contact.
 */
export function requestsAnswer(reports: readonly PublicReport[], lang: ReportLanguage, publicUrl: string): Open311Answer {
  return list(
    'service_requests',
    'request',
    reports.map((r) => ({
      service_request_id: r.requestId,
      status: r.status === 'closed' ? 'closed' : 'open',
      status_notes: r.statusNote === '' ? null : r.statusNote,
      service_name: CATEGORY_TEXTS[lang][r.category].name,
      service_code: r.category,
      description: r.description,
      agency_responsible: r.orgName,
      service_notice: null,
      requested_datetime: w3c(r.requestedAt),
      updated_datetime: w3c(r.updatedAt),
      expected_datetime: null,
      address: r.address === '' ? null : r.address,
      address_id: null,
      zipcode: null,
      lat: r.location?.[1] ?? null,
      long: r.location?.[0] ?? null,
      media_url: r.photoUrl === null ? null : `${publicUrl.replace(/\/$/, '')}${r.photoUrl}`,
    })),
  );
}

/** `GET tokens/{token}`: the request the token follows. */
export function tokenAnswer(requestId: string, token: string): Open311Answer {
  return list('service_requests', 'request', [{ service_request_id: requestId, token }]);
}

/** The spec's error list. */
export function errorsAnswer(problems: readonly Open311Problem[]): Open311Answer {
  return list(
    'errors',
    'error',
    problems.map((p) => ({ code: p.code, description: p.description })),
  );
}

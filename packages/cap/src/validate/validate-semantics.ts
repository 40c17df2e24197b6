import {
  CAP_CATEGORIES,
  CAP_CERTAINTIES,
  CAP_MSG_TYPES,
  CAP_RESPONSE_TYPES,
  CAP_SCOPES,
  CAP_SEVERITIES,
  CAP_STATUSES,
  CAP_URGENCIES,
  type CapAlert,
  type CapArea,
  type CapInfo,
} from '../model.ts';
import { capInstant, dateProblem } from './dates.ts';
import { finding, quote, type Finding } from './finding.ts';
import { MAX_POLYGON_POINTS, parseCircle, parsePolygon } from './geometry.ts';
import { containsHtmlEntities, containsHtmlTags } from './html.ts';
import { checkProfile, profileFor, type CityProfile } from './profile.ts';
import { FORBIDDEN_ID_CHARS, parseReferences, referenceKey, type CapReference } from './references.ts';

export interface ValidateSemanticsOptions {
  /** The time to judge expiry by; without it nothing is said about the past (the validator reads no clock). */
  readonly now?: Date;
  /** The city profile to apply; `null`: none, even if the alert carries a profile code (see `profileFor`). */
  readonly profile?: CityProfile | null;
  /**
   * The earlier messages of the incident that have not expired: an Update or a Cancel must name them all in
   * `references`. The caller, who holds them, knows which have expired.
   */
  readonly episode?: readonly CapReference[];
}

/**
 * The polygon points checked in one alert, all polygons together: with {@link MAX_POLYGON_POINTS} per
 * polygon, a hostile message costs at most four of the worst polygons' crossing tests.
 */
export const MAX_ALERT_POLYGON_POINTS = 4 * MAX_POLYGON_POINTS;

/** Google's limit on a headline: longer ones are cut by receivers. */
const HEADLINE_MAX = 140;

const blank = (v: string | undefined): boolean => v === undefined || v.trim() === '';

/**
 * The rules of CAP 1.2 that the XSD cannot say (ALERTS.md, "Rules beyond the XSD"), and the city profile
 * when it applies, on an alert as read: the rules' findings in document order, then the profile's. Pure:
 * the same alert and options give the same findings.
 */
export function validateSemantics(alert: CapAlert, options: ValidateSemanticsOptions = {}): Finding[] {
  const out: Finding[] = [];
  const profile = profileFor(alert, options.profile);
  checkAlert(alert, options, out);
  const budget = { points: MAX_ALERT_POLYGON_POINTS };
  alert.infos.forEach((info, i) =>
    checkInfo(info, `alert/info[${i}]`, alert, options, profile !== null, budget, out),
  );
  if (profile) out.push(...checkProfile(alert, profile));
  return out;
}

/**
 * False, with a finding, when a required element is missing or empty: the reader holds a missing required
 * element as `''`, so that a message lacking one can still be read and reported on whole.
 */
function present(value: string, path: string, name: string, out: Finding[]): boolean {
  if (value.trim() !== '') return true;
  out.push(finding('MISSING_REQUIRED_ELEMENT', path, `<${name}> is required, and is missing or empty`));
  return false;
}

function checkEnum(
  value: string,
  allowed: readonly string[],
  path: string,
  name: string,
  out: Finding[],
): void {
  if (!present(value, path, name, out)) return;
  if (!allowed.includes(value))
    out.push(
      finding('INVALID_ENUM_VALUE', path, `<${name}> is ${quote(value)}, not one of ${allowed.join(', ')}`),
    );
}

function checkDate(value: string | undefined, path: string, name: string, out: Finding[]): number | null {
  if (value === undefined) return null;
  const t = capInstant(value);
  if (t === null) out.push(finding('INVALID_DATE', path, `<${name}> ${quote(value)} ${dateProblem(value)}`));
  return t;
}

function checkText(value: string | undefined, path: string, name: string, out: Finding[]): void {
  if (value === undefined) return;
  if (containsHtmlTags(value))
    out.push(
      finding(
        'TEXT_CONTAINS_HTML_TAGS',
        path,
        `<${name}> holds HTML tags: receivers show CAP text as written`,
      ),
    );
  if (containsHtmlEntities(value))
    out.push(
      finding(
        'TEXT_CONTAINS_HTML_ENTITIES',
        path,
        `<${name}> holds HTML entities (escaped twice?): receivers show CAP text as written`,
      ),
    );
}

function checkAlert(alert: CapAlert, options: ValidateSemanticsOptions, out: Finding[]): void {
  const { identifier, sender } = alert;
  if (
    present(identifier, 'alert/identifier', 'identifier', out) &&
    FORBIDDEN_ID_CHARS.test(identifier.trim())
  ) {
    out.push(
      finding(
        'INVALID_IDENTIFIER',
        'alert/identifier',
        `<identifier> ${quote(identifier)} holds spaces, commas, < or &`,
      ),
    );
  }
  if (present(sender, 'alert/sender', 'sender', out) && FORBIDDEN_ID_CHARS.test(sender.trim())) {
    out.push(
      finding('INVALID_SENDER', 'alert/sender', `<sender> ${quote(sender)} holds spaces, commas, < or &`),
    );
  }
  const sent = present(alert.sent, 'alert/sent', 'sent', out)
    ? checkDate(alert.sent, 'alert/sent', 'sent', out)
    : null;
  checkEnum(alert.status, CAP_STATUSES, 'alert/status', 'status', out);
  checkEnum(alert.msgType, CAP_MSG_TYPES, 'alert/msgType', 'msgType', out);
  checkText(alert.source, 'alert/source', 'source', out);
  checkEnum(alert.scope, CAP_SCOPES, 'alert/scope', 'scope', out);
  if (!blank(alert.restriction) && alert.scope !== 'Restricted') {
    out.push(
      finding(
        'RESTRICTION_SCOPE_MISMATCH',
        'alert/restriction',
        `<restriction> is for scope Restricted, and this alert's scope is ${quote(alert.scope)}`,
      ),
    );
  }
  checkText(alert.restriction, 'alert/restriction', 'restriction', out);
  if (alert.scope === 'Private' && blank(alert.addresses)) {
    out.push(
      finding(
        'ADDRESSES_SCOPE_MISMATCH',
        'alert/addresses',
        'scope Private requires <addresses>, the recipients of the alert',
      ),
    );
  }
  checkText(alert.note, 'alert/note', 'note', out);
  checkReferences(alert, sent, options, out);
}

function checkReferences(
  alert: CapAlert,
  sent: number | null,
  options: ValidateSemanticsOptions,
  out: Finding[],
): void {
  const path = 'alert/references';
  let named: CapReference[] = [];
  if (alert.references !== undefined) {
    const parsed = parseReferences(alert.references);
    if (!parsed.ok) out.push(finding('INVALID_REFERENCES', path, parsed.message));
    else {
      named = parsed.refs;
      const self = referenceKey(alert);
      for (const ref of named) {
        const triplet = `${ref.sender},${ref.identifier},${ref.sent}`;
        if (referenceKey(ref) === self)
          out.push(
            finding('CIRCULAR_REFERENCE', path, `<references> names this very alert (${quote(triplet)})`),
          );
        const refSent = capInstant(ref.sent);
        if (sent !== null && refSent !== null && refSent > sent) {
          out.push(
            finding(
              'POSTDATED_REFERENCE',
              path,
              `<references> names ${quote(triplet)}, sent after this alert`,
            ),
          );
        }
      }
    }
  }
  if (alert.msgType !== 'Update' && alert.msgType !== 'Cancel') return;
  const what = alert.msgType === 'Update' ? 'an Update' : 'a Cancel';
  if (alert.references === undefined) {
    out.push(
      finding(
        'UPDATE_OR_CANCEL_MUST_REFERENCE',
        'alert/msgType',
        `${what} must name in <references> the messages it updates or cancels`,
      ),
    );
    return;
  }
  if (!options.episode || named.length === 0) return;
  const have = new Set(named.map(referenceKey));
  const self = referenceKey(alert);
  const missing = options.episode.filter((e) => {
    const t = capInstant(e.sent);
    const earlier = sent === null || t === null || t <= sent;
    return earlier && referenceKey(e) !== self && !have.has(referenceKey(e));
  });
  if (missing.length > 0) {
    const listed = missing
      .slice(0, 3)
      .map((e) => quote(`${e.sender},${e.identifier},${e.sent}`))
      .join(', ');
    out.push(
      finding(
        'UPDATE_OR_CANCEL_MUST_REFERENCE',
        path,
        `${what} must name every earlier message of the incident that has not expired; ${missing.length} missing: ${listed}${missing.length > 3 ? ', …' : ''}`,
      ),
    );
  }
}

function checkInfo(
  info: CapInfo,
  at: string,
  alert: CapAlert,
  options: ValidateSemanticsOptions,
  profiled: boolean,
  budget: { points: number },
  out: Finding[],
): void {
  if (info.language !== undefined && !/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(info.language.trim())) {
    out.push(
      finding(
        'INVALID_LANGUAGE',
        `${at}/language`,
        `<language> ${quote(info.language)} is not an RFC 3066 language tag such as fr-FR`,
      ),
    );
  }
  if (info.categories.length === 0) present('', `${at}/category[0]`, 'category', out);
  info.categories.forEach((c, k) => checkEnum(c, CAP_CATEGORIES, `${at}/category[${k}]`, 'category', out));
  if (present(info.event, `${at}/event`, 'event', out)) checkText(info.event, `${at}/event`, 'event', out);
  info.responseTypes.forEach((r, k) =>
    checkEnum(r, CAP_RESPONSE_TYPES, `${at}/responseType[${k}]`, 'responseType', out),
  );
  checkEnum(info.urgency, CAP_URGENCIES, `${at}/urgency`, 'urgency', out);
  checkEnum(info.severity, CAP_SEVERITIES, `${at}/severity`, 'severity', out);
  if (info.certainty === 'Very Likely') {
    out.push(
      finding(
        'CERTAINTY_VERY_LIKELY_DEPRECATED',
        `${at}/certainty`,
        '<certainty> "Very Likely" is deprecated since CAP 1.1: use Likely',
      ),
    );
  } else checkEnum(info.certainty, CAP_CERTAINTIES, `${at}/certainty`, 'certainty', out);
  checkText(info.audience, `${at}/audience`, 'audience', out);

  const effective = checkDate(info.effective, `${at}/effective`, 'effective', out);
  checkDate(info.onset, `${at}/onset`, 'onset', out);
  const expires = checkDate(info.expires, `${at}/expires`, 'expires', out);
  // Without <effective>, an info takes effect when sent (CAP 1.2 §3.2.2).
  const start = info.effective !== undefined ? effective : capInstant(alert.sent);
  if (start !== null && expires !== null && start > expires) {
    const path = info.effective !== undefined ? `${at}/effective` : `${at}/expires`;
    out.push(
      finding(
        'EFFECTIVE_NOT_AFTER_EXPIRES',
        path,
        `the info takes effect (${info.effective ?? alert.sent}) after it expires (${info.expires ?? ''})`,
      ),
    );
  }
  if (options.now && expires !== null && expires < options.now.getTime()) {
    out.push(
      finding(
        'EXPIRES_IN_PAST',
        `${at}/expires`,
        `the info expired at ${info.expires ?? ''}, before ${options.now.toISOString()}`,
      ),
    );
  }

  checkText(info.senderName, `${at}/senderName`, 'senderName', out);
  checkText(info.headline, `${at}/headline`, 'headline', out);
  checkText(info.description, `${at}/description`, 'description', out);
  checkText(info.instruction, `${at}/instruction`, 'instruction', out);
  checkText(info.contact, `${at}/contact`, 'contact', out);
  info.resources.forEach((r, k) => {
    if (present(r.resourceDesc, `${at}/resource[${k}]/resourceDesc`, 'resourceDesc', out))
      checkText(r.resourceDesc, `${at}/resource[${k}]/resourceDesc`, 'resourceDesc', out);
    present(r.mimeType, `${at}/resource[${k}]/mimeType`, 'mimeType', out);
  });
  info.areas.forEach((area, k) => checkArea(area, `${at}/area[${k}]`, budget, out));

  // Recommendations, where the profile does not already require the element.
  if (blank(info.expires) && !profiled)
    out.push(
      finding(
        'EXPIRES_IS_RECOMMENDED',
        `${at}/expires`,
        '<expires> is recommended: without it receivers cannot tell when the info ends',
      ),
    );
  if (blank(info.senderName) && !profiled)
    out.push(
      finding(
        'SENDER_NAME_STRONGLY_RECOMMENDED',
        `${at}/senderName`,
        '<senderName> is strongly recommended: the name the public knows the sender by',
      ),
    );
  if (blank(info.headline))
    out.push(
      finding(
        'HEADLINE_IS_RECOMMENDED',
        `${at}/headline`,
        '<headline> is recommended: the line receivers show first',
      ),
    );
  else if ((info.headline as string).length > HEADLINE_MAX) {
    out.push(
      finding(
        'HEADLINE_TOO_LONG',
        `${at}/headline`,
        `<headline> has ${(info.headline as string).length} characters; receivers cut it past ${HEADLINE_MAX}`,
      ),
    );
  }
}

function checkArea(area: CapArea, at: string, budget: { points: number }, out: Finding[]): void {
  if (present(area.areaDesc, `${at}/areaDesc`, 'areaDesc', out))
    checkText(area.areaDesc, `${at}/areaDesc`, 'areaDesc', out);
  area.polygons.forEach((text, k) => {
    const path = `${at}/polygon[${k}]`;
    const r = parsePolygon(text, Math.min(MAX_POLYGON_POINTS, budget.points));
    if (r.ok) budget.points -= r.points.length;
    else if (r.problem !== 'too-large') budget.points -= r.points;
    if (r.ok) return;
    if (r.problem === 'invalid') out.push(finding('INVALID_POLYGON', path, `<polygon> ${r.message}`));
    else if (r.problem === 'crossing')
      out.push(finding('INVALID_POLYGON_SELF_INTERSECTION', path, `<polygon> ${r.message}`));
    else if (r.points > MAX_POLYGON_POINTS)
      out.push(finding('POLYGON_TOO_LARGE', path, `<polygon> ${r.message}`));
    else {
      out.push(
        finding(
          'POLYGON_TOO_LARGE',
          path,
          `<polygon> is not checked: the alert's polygons have more than the ${MAX_ALERT_POLYGON_POINTS} points in all this validator checks`,
        ),
      );
    }
  });
  area.circles.forEach((text, k) => {
    const path = `${at}/circle[${k}]`;
    const r = parseCircle(text);
    if (!r.ok) out.push(finding('INVALID_CIRCLE', path, `<circle> ${quote(text)} ${r.message}`));
    else if (r.radiusKm === 0) {
      out.push(
        finding(
          'NONZERO_CIRCLE_RADIUS_RECOMMENDED',
          path,
          '<circle> has radius 0: an area is where people are warned, and a point warns no one',
        ),
      );
    }
  });
  const altitude = area.altitude === undefined ? null : Number(area.altitude);
  const ceiling = area.ceiling === undefined ? null : Number(area.ceiling);
  if (area.ceiling !== undefined && blank(area.altitude)) {
    out.push(
      finding(
        'INVALID_AREA',
        `${at}/ceiling`,
        '<ceiling> is given without <altitude>: the ceiling is the top of a band whose bottom is the altitude',
      ),
    );
  } else if (
    altitude !== null &&
    ceiling !== null &&
    Number.isFinite(altitude) &&
    Number.isFinite(ceiling) &&
    ceiling <= altitude
  ) {
    out.push(
      finding(
        'INVALID_ALTITUDE_CEILING_RANGE',
        `${at}/ceiling`,
        `<ceiling> ${quote(area.ceiling ?? '')} is not above <altitude> ${quote(area.altitude ?? '')}`,
      ),
    );
  }
}

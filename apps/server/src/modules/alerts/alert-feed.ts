import { AlertDraftContent } from '@pactesur/contracts';
import {
  capCircleToGeoJson,
  capPolygonToGeoJson,
  CAP_MIME,
  CAP_NAMESPACE,
  circlePolygon,
} from '@pactesur/cap';
import { capDate } from '../../exports/cap-message.ts';
import type { AlertRow } from './alert-repository.ts';

/** The organisation a feed is of. */
export interface FeedOrg {
  readonly name: string;
  readonly slug: string;
}

const escape = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

const element = (name: string, value: string | undefined | null): string =>
  value ? `    <${name}>${escape(value)}</${name}>\n` : '';

const capUrl = (base: string, row: AlertRow): string => `${base}/api/alerts/public/cap/${row.id}.xml`;

/**
 * An organisation's Atom feed (RFC 4287) of its public alerts in force: each entry links its CAP message
 * (`type="application/cap+xml"`) and carries the `cap:` index elements a reader filters on without
 * fetching the message (identifier, sender, sent, status, msgType, scope, event, urgency, severity,
 * certainty, expires, areaDesc, polygon, circle).
 */
export function alertsFeed(org: FeedOrg, rows: readonly AlertRow[], base: string): string {
  const self = `${base}/api/alerts/public/${encodeURIComponent(org.slug)}/feed.atom`;
  const updated = rows[0]?.sent ?? new Date(0);
  const entries = rows.map((row) => {
    const content = AlertDraftContent.parse(row.content);
    const info = content.infos[0];
    const sent = capDate(row.sent ?? row.updatedAt);
    const areas = info?.areas ?? [];
    return (
      '  <entry>\n' +
      element('id', `urn:pactesur:alert:${row.identifier}`) +
      element('title', info?.headline || info?.event || row.identifier) +
      element('updated', sent) +
      element('published', sent) +
      `    <author><name>${escape(info?.senderName || org.name)}</name></author>\n` +
      `    <link rel="alternate" type="${CAP_MIME}" href="${escape(capUrl(base, row))}"/>\n` +
      element('summary', info?.instruction || info?.description) +
      element('cap:identifier', row.identifier) +
      element('cap:sender', `${org.slug}@alerts.pactesur.org`) +
      element('cap:sent', sent) +
      element('cap:status', row.status) +
      element('cap:msgType', row.msgType) +
      element('cap:scope', row.scope) +
      element('cap:event', info?.event) +
      element('cap:urgency', info?.urgency) +
      element('cap:severity', info?.severity) +
      element('cap:certainty', info?.certainty) +
      element('cap:expires', row.expiresAt ? capDate(row.expiresAt) : null) +
      element('cap:areaDesc', areas.map((a) => a.areaDesc).join('; ')) +
      areas.flatMap((a) => a.polygons.map((p) => element('cap:polygon', p))).join('') +
      areas.flatMap((a) => a.circles.map((c) => element('cap:circle', c))).join('') +
      '  </entry>\n'
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:cap="${CAP_NAMESPACE}">\n` +
    `  <id>${escape(self)}</id>\n` +
    `  <title>${escape(`${org.name} — public alerts`)}</title>\n` +
    `  <updated>${capDate(updated)}</updated>\n` +
    `  <author><name>${escape(org.name)}</name></author>\n` +
    `  <link rel="self" type="application/atom+xml" href="${escape(self)}"/>\n` +
    entries.join('') +
    '</feed>\n'
  );
}

/** The areas of an organisation's public alerts in force, one GeoJSON feature per polygon or circle. */
export function alertsGeoJson(org: FeedOrg, rows: readonly AlertRow[], base: string): object {
  const features: object[] = [];
  for (const row of rows) {
    const content = AlertDraftContent.parse(row.content);
    const info = content.infos[0];
    const properties = {
      identifier: row.identifier,
      msgType: row.msgType,
      event: info?.event ?? '',
      headline: info?.headline ?? '',
      urgency: info?.urgency ?? '',
      severity: info?.severity ?? '',
      expires: row.expiresAt?.toISOString() ?? null,
      cap: capUrl(base, row),
    };
    for (const area of info?.areas ?? []) {
      for (const p of area.polygons) {
        const polygon = capPolygonToGeoJson(p);
        if (polygon.ok)
          features.push({
            type: 'Feature',
            properties: { ...properties, areaDesc: area.areaDesc },
            geometry: polygon.value,
          });
      }
      for (const c of area.circles) {
        const circle = capCircleToGeoJson(c);
        if (circle.ok)
          features.push({
            type: 'Feature',
            properties: { ...properties, areaDesc: area.areaDesc, radiusKm: circle.value.radiusKm },
            geometry: circlePolygon(circle.value.centre, circle.value.radiusKm),
          });
      }
    }
  }
  return { type: 'FeatureCollection', name: `${org.name} — public alerts`, features };
}

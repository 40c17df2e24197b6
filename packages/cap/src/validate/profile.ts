import type { CapAlert, CapArea, CapInfo } from '../model.ts';
import { cellBroadcastPages } from '../pages.ts';
import { capInstant } from './dates.ts';
import { finding, quote, type Finding } from './finding.ts';

/**
 * A city's profile of CAP (ALERTS.md, "The city profile"): the `code` an alert carries to claim it, and the
 * languages the city publishes in, one `info` each.
 */
export interface CityProfile {
  readonly code: string;
  /** The languages of the city's infos (`fr-FR`, `en-GB`, `it-IT` for Nice); empty: not known, none required. */
  readonly languages: readonly string[];
}

/** The `code` value of Pactesur's profile. */
export const PACTESUR_PROFILE_CODE = 'profile:pactesur:1.0';

/**
 * The profile to check an alert against: the one given, none when `null` is given, else Pactesur's when
 * the alert carries its code — then without a list of languages, which only the city knows.
 */
export function profileFor(alert: CapAlert, given: CityProfile | null | undefined): CityProfile | null {
  if (given !== undefined) return given;
  return alert.codes.some((c) => c.trim() === PACTESUR_PROFILE_CODE)
    ? { code: PACTESUR_PROFILE_CODE, languages: [] }
    : null;
}

const blank = (v: string | undefined): boolean => v === undefined || v.trim() === '';
const sameLanguage = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** What every info must carry under the profile, and what the city's channels need of it. */
function checkInfo(info: CapInfo, at: string, out: Finding[]): void {
  const required = [
    ['language', info.language, 'LANGUAGE_IS_REQUIRED'],
    ['expires', info.expires, 'EXPIRES_IS_REQUIRED'],
    ['senderName', info.senderName, 'SENDER_NAME_IS_REQUIRED'],
    ['instruction', info.instruction, 'INSTRUCTION_IS_REQUIRED'],
    ['contact', info.contact, 'CONTACT_IS_REQUIRED'],
  ] as const;
  for (const [name, value, code] of required) {
    if (blank(value))
      out.push(finding(code, `${at}/${name}`, `the city profile requires <${name}> in every <info>`));
  }
  if (!info.areas.some((a) => a.polygons.length > 0 || a.circles.length > 0)) {
    out.push(
      finding(
        'CIRCLE_OR_POLYGON_IS_REQUIRED',
        at,
        'the city profile requires a <polygon> or a <circle> in an <area> of every <info>',
      ),
    );
  }
  if (info.instruction !== undefined && !blank(info.instruction)) {
    const pages = cellBroadcastPages(info.instruction);
    if (!pages.fits) {
      out.push(
        finding(
          'INSTRUCTION_TOO_LONG',
          `${at}/instruction`,
          `the instruction takes ${pages.pages} cell-broadcast pages (${pages.encoding}, ${pages.units} units); at most ${pages.maxPages} are sent`,
        ),
      );
    }
  }
}

/** One info per language; when the profile names its languages, exactly those. */
function checkLanguages(infos: readonly CapInfo[], profile: CityProfile, out: Finding[]): void {
  const seen: string[] = [];
  infos.forEach((info, i) => {
    if (blank(info.language)) return;
    const language = (info.language as string).trim();
    const at = `alert/info[${i}]/language`;
    const first = seen.findIndex((l) => sameLanguage(l, language));
    if (first >= 0)
      out.push(
        finding(
          'PROFILE_LANGUAGE_DUPLICATE',
          at,
          `a second <info> in ${quote(language)}: the city profile wants one per language`,
        ),
      );
    else if (profile.languages.length > 0 && !profile.languages.some((l) => sameLanguage(l, language))) {
      out.push(
        finding(
          'PROFILE_LANGUAGE_UNEXPECTED',
          at,
          `${quote(language)} is not one of the city's languages (${profile.languages.join(', ')})`,
        ),
      );
    }
    seen.push(language);
  });
  for (const language of profile.languages) {
    if (!seen.some((l) => sameLanguage(l, language))) {
      out.push(
        finding(
          'PROFILE_LANGUAGE_MISSING',
          'alert',
          `no <info> in ${language}: the city publishes every alert in ${profile.languages.join(', ')}`,
        ),
      );
    }
  }
}

const asSet = (values: readonly string[]): string =>
  [...new Set(values.map((v) => v.trim()))].sort().join(', ');
const spaced = (v: string): string => v.trim().split(/\s+/).join(' ');
const instantOrText = (v: string | undefined): string => {
  if (v === undefined) return '(none)';
  const t = capInstant(v);
  return t === null ? v.trim() : String(t);
};

/** The facts of an area that every language must share. */
function areaFacts(area: CapArea): readonly (readonly [string, string])[] {
  return [
    ['areaDesc', area.areaDesc.trim()],
    ['polygon', area.polygons.map(spaced).join(' | ')],
    ['circle', area.circles.map(spaced).join(' | ')],
    ['geocode', asSet(area.geocodes.map((g) => `${g.valueName.trim()}=${g.value.trim()}`))],
  ];
}

/**
 * Infos in several languages must say the same facts: the words differ, the category, urgency, severity,
 * certainty, response, expiry and areas do not. Each info is compared with the first.
 */
function checkSameFacts(infos: readonly CapInfo[], out: Finding[]): void {
  const [first, ...rest] = infos;
  if (!first) return;
  const facts = (info: CapInfo): readonly (readonly [string, string])[] => [
    ['category', asSet(info.categories)],
    ['urgency', info.urgency.trim()],
    ['severity', info.severity.trim()],
    ['certainty', info.certainty.trim()],
    ['responseType', asSet(info.responseTypes)],
    ['expires', instantOrText(info.expires)],
  ];
  const base = facts(first);
  rest.forEach((info, n) => {
    const i = n + 1;
    facts(info).forEach(([name, value], k) => {
      const expected = base[k]?.[1];
      if (value !== expected) {
        out.push(
          finding(
            'PROFILE_INFOS_DIFFER',
            `alert/info[${i}]/${name}`,
            `<${name}> differs from that of alert/info[0]: every language must say the same facts`,
          ),
        );
      }
    });
    if (info.areas.length !== first.areas.length) {
      out.push(
        finding(
          'PROFILE_INFOS_DIFFER',
          `alert/info[${i}]`,
          `has ${info.areas.length} <area>, alert/info[0] has ${first.areas.length}: every language must name the same areas`,
        ),
      );
      return;
    }
    info.areas.forEach((area, j) => {
      const other = first.areas[j];
      if (!other) return;
      const theirs = areaFacts(other);
      areaFacts(area).forEach(([name, value], k) => {
        if (value !== theirs[k]?.[1]) {
          out.push(
            finding(
              'PROFILE_INFOS_DIFFER',
              `alert/info[${i}]/area[${j}]/${name}`,
              `<${name}> differs from that of alert/info[0]/area[${j}]: every language must name the same areas`,
            ),
          );
        }
      });
    });
  });
}

/** The findings of the city profile on an alert that claims it (see {@link profileFor}). */
export function checkProfile(alert: CapAlert, profile: CityProfile): Finding[] {
  const out: Finding[] = [];
  alert.infos.forEach((info, i) => checkInfo(info, `alert/info[${i}]`, out));
  checkLanguages(alert.infos, profile, out);
  checkSameFacts(alert.infos, out);
  return out;
}

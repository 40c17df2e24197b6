// The city profile (ALERTS.md "The city profile"), one test per rule, on the bilingual Amber alert of
// data/cap/ made to meet the profile (code, expiry, instruction, a circle, the same area in both languages),
// then broken one way at a time.
import { describe, expect, it } from 'vitest';
import { CB_MAX_PAGES, CB_PAGE_GSM7 } from '../pages.ts';
import { PACTESUR_PROFILE_CODE, profileFor, type CityProfile } from './profile.ts';
import { expectFinding, variant, type Edit } from './test-support/variant.ts';
import { validateSemantics } from './validate-semantics.ts';

const AMBER = '04-oasis-a4';
const PROFILE: CityProfile = { code: PACTESUR_PROFILE_CODE, languages: ['en-US', 'es-US'] };
const INSTRUCTION = 'If you see the vehicle, call 911.';

/** The edits that make the Amber alert meet the profile. */
const MEETS_PROFILE: readonly Edit[] = [
  { from: '<scope>Public</scope>', to: `<scope>Public</scope>\n    <code>${PACTESUR_PROFILE_CODE}</code>` },
  { from: '<senderName>', to: '<expires>2003-06-12T22:39:00-07:00</expires>\n        <senderName>' },
  { from: '</description>', to: `</description>\n        <instruction>${INSTRUCTION}</instruction>` },
  { from: 'condado de Los Ángeles', to: 'Los Angeles County' },
  { from: '</areaDesc>', to: '</areaDesc>\n            <circle>34.05,-118.25 40</circle>' },
];

const check = (edits: readonly Edit[] = [], profile: CityProfile | null | undefined = PROFILE) =>
  validateSemantics(variant(AMBER, [...MEETS_PROFILE, ...edits]), profile === undefined ? {} : { profile });

describe('the city profile', () => {
  it('is met by the Amber alert once completed, and not by the alert as published', () => {
    expect(check().filter((f) => f.level === 'error')).toEqual([]);
    const original = validateSemantics(variant(AMBER), { profile: PROFILE });
    expect(original.filter((f) => f.level === 'error').map((f) => `${f.code} ${f.path}`)).toEqual([
      'EXPIRES_IS_REQUIRED alert/info[0]/expires',
      'INSTRUCTION_IS_REQUIRED alert/info[0]/instruction',
      'CIRCLE_OR_POLYGON_IS_REQUIRED alert/info[0]',
      'EXPIRES_IS_REQUIRED alert/info[1]/expires',
      'INSTRUCTION_IS_REQUIRED alert/info[1]/instruction',
      'CIRCLE_OR_POLYGON_IS_REQUIRED alert/info[1]',
      'PROFILE_INFOS_DIFFER alert/info[1]/area[0]/areaDesc',
    ]);
  });

  it('applies when the alert carries its code, never when turned off, and not to other alerts', () => {
    expect(profileFor(variant(AMBER, MEETS_PROFILE), undefined)).toEqual({
      code: PACTESUR_PROFILE_CODE,
      languages: [],
    });
    expect(profileFor(variant(AMBER), undefined)).toBeNull();
    expect(profileFor(variant(AMBER, MEETS_PROFILE), null)).toBeNull();
    const byCode = check([{ from: `<instruction>${INSTRUCTION}</instruction>`, to: '', nth: 1 }], undefined);
    expectFinding(byCode, 'INSTRUCTION_IS_REQUIRED', 'error', 'alert/info[1]/instruction');
    // Turned off: the same alert is only recommended things.
    expect(
      check([{ from: `<instruction>${INSTRUCTION}</instruction>`, to: '', nth: 1 }], null).filter(
        (f) => f.level === 'error',
      ),
    ).toEqual([]);
    // Its recommendations give way to the profile's requirements: no "expires recommended" beside "expires required".
    const noExpiry = check([{ from: '<expires>2003-06-12T22:39:00-07:00</expires>', to: '', nth: 0 }]);
    expect(noExpiry.map((f) => f.code)).not.toContain('EXPIRES_IS_RECOMMENDED');
  });

  it.each([
    // The element of the second info: the only copy of its text, or the second of two.
    ['LANGUAGE_IS_REQUIRED', '<language>es-US</language>', 0, 'language'],
    [
      'SENDER_NAME_IS_REQUIRED',
      '<senderName>Departamento de Policía de Los Ángeles - LAPD</senderName>',
      0,
      'senderName',
    ],
    ['INSTRUCTION_IS_REQUIRED', `<instruction>${INSTRUCTION}</instruction>`, 1, 'instruction'],
    [
      'CONTACT_IS_REQUIRED',
      '<contact>DET. SMITH, 77TH DIV, LOS ANGELES POLICE DEPT-LAPD AT 213 485-2389</contact>',
      1,
      'contact',
    ],
    ['EXPIRES_IS_REQUIRED', '<expires>2003-06-12T22:39:00-07:00</expires>', 1, 'expires'],
  ] as const)('%s: an info without it', (code, element, nth, name) => {
    expectFinding(check([{ from: element, to: '', nth }]), code, 'error', `alert/info[1]/${name}`);
  });

  it('CIRCLE_OR_POLYGON_IS_REQUIRED: an info whose areas are geocodes only', () => {
    expectFinding(
      check([{ from: '<circle>34.05,-118.25 40</circle>', to: '', nth: 1 }]),
      'CIRCLE_OR_POLYGON_IS_REQUIRED',
      'error',
      'alert/info[1]',
    );
  });

  it('PROFILE_LANGUAGE_MISSING: a language of the city without its info', () => {
    const f = expectFinding(
      validateSemantics(variant(AMBER, MEETS_PROFILE), {
        profile: { code: PACTESUR_PROFILE_CODE, languages: ['en-US', 'es-US', 'fr-FR'] },
      }),
      'PROFILE_LANGUAGE_MISSING',
      'error',
      'alert',
    );
    expect(f.message).toMatch(/no <info> in fr-FR/);
  });

  it('PROFILE_LANGUAGE_UNEXPECTED: an info in a language the city does not publish in', () => {
    const findings = check([{ from: '<language>es-US</language>', to: '<language>it-IT</language>' }]);
    expectFinding(findings, 'PROFILE_LANGUAGE_UNEXPECTED', 'error', 'alert/info[1]/language');
    expectFinding(findings, 'PROFILE_LANGUAGE_MISSING', 'error', 'alert');
  });

  it('PROFILE_LANGUAGE_DUPLICATE: two infos in one language, the list of languages known or not', () => {
    const edits = [{ from: '<language>es-US</language>', to: '<language>EN-us</language>' }];
    expectFinding(check(edits), 'PROFILE_LANGUAGE_DUPLICATE', 'error', 'alert/info[1]/language');
    expectFinding(check(edits, undefined), 'PROFILE_LANGUAGE_DUPLICATE', 'error', 'alert/info[1]/language');
  });

  it('PROFILE_INFOS_DIFFER: languages that do not say the same facts', () => {
    const urgency = check([
      { from: '<urgency>Immediate</urgency>', to: '<urgency>Expected</urgency>', nth: 1 },
    ]);
    expectFinding(urgency, 'PROFILE_INFOS_DIFFER', 'error', 'alert/info[1]/urgency');
    const circle = check([
      { from: '<circle>34.05,-118.25 40</circle>', to: '<circle>34.05,-118.25 45</circle>', nth: 1 },
    ]);
    expectFinding(circle, 'PROFILE_INFOS_DIFFER', 'error', 'alert/info[1]/area[0]/circle');
    const expiry = check([
      {
        from: '<expires>2003-06-12T22:39:00-07:00</expires>',
        to: '<expires>2003-06-13T05:39:00-00:00</expires>',
        nth: 1,
      },
    ]);
    expect(expiry.map((f) => f.code)).not.toContain('PROFILE_INFOS_DIFFER'); // the same instant, written in UTC
    const categories = check([
      {
        from: '<category>Rescue</category>',
        to: '<category>Rescue</category><category>Safety</category>',
        nth: 0,
      },
    ]);
    expectFinding(categories, 'PROFILE_INFOS_DIFFER', 'error', 'alert/info[1]/category');
    const areas = check([
      { from: '</area>', to: '</area><area><areaDesc>Ventura County</areaDesc></area>', nth: 1 },
    ]);
    expectFinding(areas, 'PROFILE_INFOS_DIFFER', 'error', 'alert/info[1]');
  });

  it('INSTRUCTION_TOO_LONG: an instruction past 15 cell-broadcast pages', () => {
    const fits = 'a'.repeat(CB_PAGE_GSM7 * CB_MAX_PAGES);
    expect(check([{ from: INSTRUCTION, to: fits, nth: 1 }]).map((f) => f.code)).not.toContain(
      'INSTRUCTION_TOO_LONG',
    );
    const f = expectFinding(
      check([{ from: INSTRUCTION, to: `${fits}a`, nth: 1 }]),
      'INSTRUCTION_TOO_LONG',
      'error',
      'alert/info[1]/instruction',
    );
    expect(f.message).toMatch(/16 cell-broadcast pages \(gsm7, 1396 units\); at most 15/);
    // One character outside GSM-7 makes the page 41 characters: 15 pages are 615 of them.
    const ucs2 = expectFinding(
      check([{ from: INSTRUCTION, to: `ç${'a'.repeat(615)}`, nth: 1 }]),
      'INSTRUCTION_TOO_LONG',
      'error',
      'alert/info[1]/instruction',
    );
    expect(ucs2.message).toMatch(/ucs2/);
  });
});

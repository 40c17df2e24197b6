import { describe, expect, it } from 'vitest';
import { fixture, VALID_MESSAGES } from '../test-support/fixtures.ts';
import { PACTESUR_PROFILE_CODE } from '../validate/profile.ts';
import { variantText } from '../validate/test-support/variant.ts';
import { validateCap } from './validate-cap.ts';
import { MAX_XSD_FINDINGS, validateXsd, xmllintErrors } from './validate-xsd.ts';

const summary = (findings: readonly { code: string; level: string; path: string }[]): string[] =>
  findings.map((f) => `${f.level} ${f.code} ${f.path}`);

describe('validateCap on the real messages', () => {
  // What the ten messages are told beyond "valid": radius-0 circles, HTML in the NSW descriptions, no
  // expiry on the OASIS examples, a long NOAA headline.
  const expected: Record<string, string[]> = {
    '01-oasis-a1-homeland-security-security.xml': [
      'recommendation EXPIRES_IS_RECOMMENDED alert/info[0]/expires',
    ],
    '03-oasis-a3-earthquake-update-circle.xml': [
      'recommendation NONZERO_CIRCLE_RADIUS_RECOMMENDED alert/info[0]/area[0]/circle[0]',
      'recommendation EXPIRES_IS_RECOMMENDED alert/info[0]/expires',
    ],
    '04-oasis-a4-amber-police-multilingual.xml': [
      'recommendation EXPIRES_IS_RECOMMENDED alert/info[0]/expires',
      'recommendation EXPIRES_IS_RECOMMENDED alert/info[1]/expires',
    ],
    '06-noaa-tsunami-cancellation-references.xml': [
      'recommendation NONZERO_CIRCLE_RADIUS_RECOMMENDED alert/info[0]/area[0]/circle[0]',
      'recommendation HEADLINE_TOO_LONG alert/info[0]/headline',
    ],
    '07-au-nsw-rfs-fire-circle-capau.xml': [
      'warning TEXT_CONTAINS_HTML_TAGS alert/info[0]/description',
      'warning TEXT_CONTAINS_HTML_TAGS alert/info[1]/description',
    ],
  };

  it.each(VALID_MESSAGES.map((m) => [m.name, m.bytes] as const))('%s is valid', async (name, bytes) => {
    const r = await validateCap(bytes);
    expect(summary(r.findings)).toEqual(expected[name] ?? []);
    expect(r.valid).toBe(true);
    expect(r.alert?.identifier.length).toBeGreaterThan(0);
  });
});

describe('validateCap on invalid messages', () => {
  it('a missing scope: the XSD error at the element that came instead, and the missing element', async () => {
    const r = await validateCap(fixture('invalid/invalid-missing-scope').bytes);
    expect(r.valid).toBe(false);
    expect(summary(r.findings.filter((f) => f.level === 'error'))).toEqual([
      'error XSD_INVALID alert/info[0]',
      'error MISSING_REQUIRED_ELEMENT alert/scope',
    ]);
    expect(r.findings[0]?.message).toBe(
      "line 9: Element 'info': This element is not expected. Expected is one of ( source, scope ).",
    );
  });

  it('empty references: valid for the XSD, refused by the semantic rules', async () => {
    const r = await validateCap(fixture('invalid/invalid-empty-references').bytes);
    expect(r.valid).toBe(false);
    expect(summary(r.findings.filter((f) => f.level === 'error'))).toEqual([
      'error INVALID_REFERENCES alert/references',
    ]);
  });

  it.each([
    ['not XML', 'Tornado warning for Nice', 'XML_MALFORMED', 'alert'],
    [
      'a DTD',
      `<!DOCTYPE alert [<!ENTITY x SYSTEM "file:///etc/passwd">]>${fixture('02').text.replace(/^<\?xml[^>]*>/, '')}`,
      'XML_DOCTYPE_FORBIDDEN',
      'alert',
    ],
    [
      'a CAP 1.1 message',
      fixture('02').text.replace('emergency:cap:1.2', 'emergency:cap:1.1'),
      'CAP_VERSION_UNSUPPORTED',
      'alert',
    ],
    ['an Atom feed', '<feed xmlns="http://www.w3.org/2005/Atom"/>', 'NOT_CAP_12', 'feed'],
  ])("%s: one error, the reader's, and no XSD run", async (_name, text, code, path) => {
    const r = await validateCap(text);
    expect(r).toMatchObject({ valid: false, alert: null });
    expect(summary(r.findings)).toEqual([`error ${code} ${path}`]);
  });

  it('names the element of each XSD error by its path, the line of its start tag being the one of its >', async () => {
    const text = variantText('02-oasis-a2', [
      {
        from: '<polygon>38.47,-120.14',
        to: '<geocode><valueName>SAME</valueName><value>0</value></geocode><polygon>38.47,-120.14',
      },
      { from: '<certainty>Observed</certainty>', to: '<certainty\n          >Sure</certainty>' },
    ]);
    const r = await validateCap(text);
    expect(summary(r.findings.filter((f) => f.code === 'XSD_INVALID'))).toEqual([
      'error XSD_INVALID alert/info[0]/certainty',
      'error XSD_INVALID alert/info[0]/area[0]/polygon[0]',
    ]);
    expect(r.findings[0]?.message).toMatch(
      /^line 16: Element 'certainty': \[facet 'enumeration'\] The value 'Sure' is not an element of the set/,
    );
  });

  it('applies the city profile it is given', async () => {
    const profile = { code: PACTESUR_PROFILE_CODE, languages: ['en-US'] };
    const r = await validateCap(fixture('02').bytes, { profile });
    expect(r.valid).toBe(false);
    expect(summary(r.findings.filter((f) => f.level === 'error'))).toEqual([
      'error LANGUAGE_IS_REQUIRED alert/info[0]/language',
      'error PROFILE_LANGUAGE_MISSING alert',
    ]);
  });
});

describe('validateXsd', () => {
  it('keeps the first errors of a message full of them, and says how many more', async () => {
    // xmllint reports one error per content model: sixty infos, each with a bad urgency, are sixty errors.
    const text = fixture('02').text;
    const info = text
      .slice(text.indexOf('<info>'), text.indexOf('</info>') + '</info>'.length)
      .replace('Immediate', 'Now');
    const findings = await validateXsd(
      text.replace(/<info>[\s\S]*<\/info>/, Array.from({ length: 60 }, () => info).join('\n')),
    );
    expect(findings).toHaveLength(MAX_XSD_FINDINGS + 1);
    expect(findings.slice(0, 2).map((f) => [f.code, f.level, f.path])).toEqual([
      ['XSD_INVALID', 'error', 'alert/info[0]/urgency'],
      ['XSD_INVALID', 'error', 'alert/info[1]/urgency'],
    ]);
    expect(findings.at(-1)?.message).toBe('and 10 more errors against the CAP 1.2 XSD');
  });

  it('refuses a text too large to be a message, without running xmllint', async () => {
    const findings = await validateXsd(`<alert>${' '.repeat(6 * 1024 * 1024)}</alert>`);
    expect(findings.map((f) => f.code)).toEqual(['XML_TOO_LARGE']);
  });

  it("reads xmllint's report: errors with their line, not the source lines it quotes", () => {
    const report = [
      'alert.xml:3: parser error : Opening and ending tag mismatch: a line 2 and b',
      '<b></a>',
      '      ^',
      "alert.xml:12: Schemas validity error : Element '{urn:oasis:names:tc:emergency:cap:1.2}scope': [facet 'enumeration'] The value 'Open' is not an element of the set {'Public', 'Restricted', 'Private'}.",
      'alert.xml fails to validate',
      '',
    ].join('\n');
    expect(xmllintErrors(report)).toEqual([
      { line: 3, element: null, message: 'parser error : Opening and ending tag mismatch: a line 2 and b' },
      {
        line: 12,
        element: 'scope',
        message:
          "Element 'scope': [facet 'enumeration'] The value 'Open' is not an element of the set {'Public', 'Restricted', 'Private'}.",
      },
    ]);
  });
});

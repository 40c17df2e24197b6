// Every message of data/cap/ read, written and read again: the same model, the same canonical XML, and
// each XML-DSig signature byte for byte.
import { describe, expect, it } from 'vitest';
import type { CapAlert } from './model.ts';
import { readCap } from './read.ts';
import { canonicalXml } from './test-support/canonical.ts';
import { ALL_MESSAGES } from './test-support/fixtures.ts';
import { writeCap } from './write.ts';

function read(xml: string | Uint8Array): CapAlert {
  const r = readCap(xml);
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.alert;
}

describe('round trip of the messages of data/cap', () => {
  it('has the ten messages and the two invalid ones', () => {
    expect(ALL_MESSAGES).toHaveLength(12);
  });

  it.each(ALL_MESSAGES.map((m) => [m.name, m] as const))(
    '%s: read → write → read gives the same model',
    (_name, m) => {
      const alert = read(m.bytes);
      const written = writeCap(alert);
      expect(written.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
      expect(read(written)).toStrictEqual(alert);
      // Writing what was read back changes nothing more.
      expect(writeCap(read(written))).toBe(written);
    },
  );

  it.each(ALL_MESSAGES.map((m) => [m.name, m] as const))(
    '%s: the rewritten XML is canonically the original',
    (_name, m) => {
      const written = writeCap(read(m.bytes));
      expect(canonicalXml(written)).toBe(canonicalXml(m.text));
    },
  );

  it.each(ALL_MESSAGES.map((m) => [m.name, m] as const))(
    '%s: each signature is written byte for byte',
    (_name, m) => {
      const alert = read(m.bytes);
      const written = writeCap(alert);
      const opened = (m.text.match(/<Signature[\s>]/g) ?? []).length;
      expect(alert.signatures).toHaveLength(opened);
      for (const signature of alert.signatures) {
        expect(m.text).toContain(signature);
        expect(written).toContain(signature);
        expect(signature.endsWith('</Signature>')).toBe(true);
      }
    },
  );

  it('finds the two signatures of the NAADS message and the one of the NOAA message', () => {
    expect(read(ALL_MESSAGES.find((m) => m.name.startsWith('08-'))?.bytes ?? '').signatures).toHaveLength(2);
    expect(read(ALL_MESSAGES.find((m) => m.name.startsWith('06-'))?.bytes ?? '').signatures).toHaveLength(1);
  });
});

describe('canonicalXml', () => {
  const doc = '<?xml version="1.0"?><a:r xmlns:a="urn:x" k="1" j="2"><a:b>t</a:b>\n  <!--c--></a:r>';

  it('ignores prefixes, attribute order, the declaration and whitespace between elements', () => {
    expect(canonicalXml('<r xmlns="urn:x" j="2" k="1"><b>t</b><!--c--></r>')).toBe(canonicalXml(doc));
  });

  it('tells apart a changed value, a changed namespace, a moved comment and changed whitespace in text', () => {
    const base = canonicalXml(doc);
    expect(canonicalXml(doc.replace('>t<', '>u<'))).not.toBe(base);
    expect(canonicalXml(doc.replace('urn:x', 'urn:y'))).not.toBe(base);
    expect(canonicalXml('<r xmlns="urn:x" j="2" k="1"><!--c--><b>t</b></r>')).not.toBe(base);
    expect(canonicalXml(doc.replace('>t<', '> t<'))).not.toBe(base);
  });
});

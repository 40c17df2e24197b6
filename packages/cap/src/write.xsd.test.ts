// What the writer writes passes the OASIS schema (data/cap/cap-v1.2.xsd, through xmllint) whenever what it
// read did: the strict element order, the namespaces and the signatures come out as the schema wants them.
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import type { CapAlert } from './model.ts';
import { readCap } from './read.ts';
import { INVALID_MESSAGES, VALID_MESSAGES, dataFile } from './test-support/fixtures.ts';
import { writeCap } from './write.ts';

const schema = { fileName: 'cap-v1.2.xsd', contents: dataFile('cap-v1.2.xsd') };

async function schemaErrors(xml: string): Promise<string[]> {
  const r = await validateXML({
    xml: [{ fileName: 'message.xml', contents: xml }],
    schema: [schema],
    maxMemoryPages: 2048,
  });
  return r.errors.map((e) => e.message);
}

function read(bytes: Uint8Array): CapAlert {
  const r = readCap(bytes);
  if (!r.ok) throw new Error(r.message);
  return r.alert;
}

describe('writeCap against the CAP 1.2 schema', () => {
  it.each(VALID_MESSAGES.map((m) => [m.name, m] as const))('%s rewritten is valid', async (_name, m) => {
    expect(await schemaErrors(writeCap(read(m.bytes)))).toEqual([]);
  });

  it('a message missing its scope stays invalid for the schema (the writer invents nothing)', async () => {
    const m = INVALID_MESSAGES.find((f) => f.name.includes('missing-scope'));
    const errors = await schemaErrors(writeCap(read(m?.bytes ?? new Uint8Array(0))));
    expect(errors.join('\n')).toContain('scope');
  });

  it('a message read in one order is written in the order the schema requires', async () => {
    const m = VALID_MESSAGES.find((f) => f.name.startsWith('02-'));
    const text = new TextDecoder().decode(m?.bytes);
    // The same message with its area before the info's text elements and the scope before the status.
    const shuffled = text
      .replace(/(<status>Actual<\/status>\s*<msgType>Alert<\/msgType>\s*)(<scope>Public<\/scope>)/, '$2$1')
      .replace(/(<area>[\s\S]*<\/area>)/, '')
      .replace(
        '<category>Met</category>',
        `<category>Met</category>${/<area>[\s\S]*<\/area>/.exec(text)?.[0] ?? ''}`,
      );
    expect(shuffled).not.toBe(text);
    expect(await schemaErrors(shuffled)).not.toEqual([]);
    expect(await schemaErrors(writeCap(read(new TextEncoder().encode(shuffled))))).toEqual([]);
  });
});

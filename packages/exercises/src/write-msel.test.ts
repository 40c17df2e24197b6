import fc from 'fast-check';
import {
  DELIVERY_METHODS,
  INJECT_STATUSES,
  Inject,
  MAX_INJECT_NUMBER,
  MAX_SCENARIO_TIME_S,
} from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { readMsel } from './read-msel.ts';
import { writeMsel } from './write-msel.ts';

/** Texts a spreadsheet or a naive reader gets wrong: formulas, apostrophes, quotes, separators, line breaks. */
const awkward = fc.constantFrom(
  '=1+1',
  "'=1+1",
  "''-",
  '+33 4 93 00 00 00',
  '-',
  '@mention',
  "'",
  'say "yes", then go',
  'two\r\nlines',
  'a; b',
  '\ufeffmark',
  ' padded ',
  'ünïcödé 🚒',
  '\u0000',
);
const text = (max: number) => fc.oneof(awkward, fc.string({ unit: 'binary', maxLength: max }));
const filled = (max: number) => text(max).map((s) => (s.trim() === '' ? 'x' : s));
/** An entry of a list cell: no `;` or line break, something left once trimmed. */
const item = text(30).map((s) => s.replace(/[;\r\n]/g, '').trim() || 'x');
const shortId = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);

const injectFields = fc.record({
  storyline: text(40),
  act: text(40),
  scenarioTimeS: fc.integer({ min: 0, max: MAX_SCENARIO_TIME_S }),
  deliveredAt: fc.constantFrom(null, '2026-07-14T22:41:00+02:00', '2026-07-14T20:41:00.123Z'),
  synopsis: filled(60),
  message: text(200),
  from: filled(40),
  to: fc.array(item, { minLength: 1, maxLength: 4 }),
  method: fc.constantFrom(...DELIVERY_METHODS),
  controller: text(40),
  expectedAction: text(80),
  objectives: fc.array(shortId, { maxLength: 3 }),
  controlNote: text(80),
  contingency: fc.boolean(),
  status: fc.constantFrom(...INJECT_STATUSES),
  attachments: fc.array(item, { maxLength: 3 }),
});

/** Lists of valid injects: numbers and ids unique, dependencies on other injects of the list. */
const injectLists = fc
  .integer({ min: 0, max: 10 })
  .chain((n) =>
    fc.record({
      numbers: fc.uniqueArray(fc.integer({ min: 1, max: MAX_INJECT_NUMBER }), { minLength: n, maxLength: n }),
      ids: fc.uniqueArray(shortId, { minLength: n, maxLength: n }),
      fields: fc.array(injectFields, { minLength: n, maxLength: n }),
      dependencies: fc.array(fc.uniqueArray(fc.nat({ max: Math.max(0, n - 1) }), { maxLength: 3 }), {
        minLength: n,
        maxLength: n,
      }),
    }),
  )
  .map(({ numbers, ids, fields, dependencies }) =>
    fields.map((f, i) =>
      Inject.parse({
        ...f,
        id: ids[i],
        number: numbers[i],
        dependsOn: (dependencies[i] ?? []).map((k) => ids[k]),
      }),
    ),
  );

describe('writeMsel', () => {
  it('writes a header with every column and one row per inject, after a byte order mark', () => {
    const inject = Inject.parse({
      id: 'a',
      number: 1,
      scenarioTimeS: 0,
      synopsis: 's',
      from: 'f',
      to: ['t'],
      method: 'phone',
    });
    const csv = writeMsel([inject, { ...inject, id: 'b', number: 2 }]);
    expect(csv.split('\r\n')).toEqual([
      '\ufeffNumber,Storyline,Act,Scenario time,Delivered at,Synopsis,Message,From,To,Method,Controller,Expected action,Objectives,Control note,Contingency,Status,Depends on,Attachments,Id',
      '1,,,00:00,,s,,f,t,phone,,,,,no,pending,,,a',
      '2,,,00:00,,s,,f,t,phone,,,,,no,pending,,,b',
      '',
    ]);
    expect(writeMsel([], { bom: false })).toBe(
      'Number,Storyline,Act,Scenario time,Delivered at,Synopsis,Message,From,To,Method,Controller,Expected action,Objectives,Control note,Contingency,Status,Depends on,Attachments,Id\r\n',
    );
  });

  it('defuses formulas and writes dependencies as numbers', () => {
    const first = Inject.parse({
      id: 'a',
      number: 3,
      scenarioTimeS: 90,
      synopsis: '=HYPERLINK("http://example.org")',
      from: '@controller',
      to: ['-police', 'fire'],
      method: 'radio',
      contingency: true,
    });
    const second = Inject.parse({
      ...first,
      id: 'b',
      number: 4,
      synopsis: 'ok',
      from: 'x',
      dependsOn: ['a'],
    });
    const [, row3, row4] = writeMsel([first, second], { bom: false }).split('\r\n');
    expect(row3).toBe(
      `3,,,00:01:30,,"'=HYPERLINK(""http://example.org"")",,'@controller,'-police; fire,radio,,,,,yes,pending,,,a`,
    );
    expect(row4).toBe(`4,,,00:01:30,,ok,,x,'-police; fire,radio,,,,,yes,pending,3,,b`);
  });

  it('reads back to the same injects', () => {
    fc.assert(
      fc.property(injectLists, fc.boolean(), (injects, bom) => {
        const r = readMsel(writeMsel(injects, { bom }));
        expect(r.unreadable).toBe(false);
        expect(r.injects).toEqual(injects);
        expect(
          r.findings.every((f) => ['Scenario time', 'Depends on', 'Delivered at'].includes(f.column)),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

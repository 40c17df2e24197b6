import { readFileSync } from 'node:fs';
import { Inject, type InjectInput } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { readMsel, validateMsel } from './read-msel.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const HEADER = 'Number,Storyline,Scenario time,Synopsis,From,To,Method,Depends on';
/** An MSEL of the given data rows under {@link HEADER}. */
const msel = (...rows: string[]): string => [HEADER, ...rows].join('\n');

describe('readMsel', () => {
  it('reads a small MSEL, its columns in any order, the optional ones taking their defaults', () => {
    const r = readMsel(fixture('small-valid.csv'));
    expect(r.findings).toEqual([]);
    expect(r.unreadable).toBe(false);
    expect(r.injects).toHaveLength(4);
    expect(r.injects[3]).toEqual({
      id: 'inject-4',
      number: 4,
      storyline: 'Information',
      act: '',
      scenarioTimeS: 1_200,
      deliveredAt: null,
      synopsis: 'The prefecture sends a public alert (CAP, status Exercise)',
      message: '',
      from: 'Prefecture (simulated)',
      to: ['city-hall', 'local-police'],
      method: 'cap-alert',
      controller: '',
      expectedAction: '',
      objectives: [],
      controlNote: '',
      contingency: false,
      status: 'pending',
      dependsOn: ['inject-2'],
      attachments: [],
    });
    expect(r.injects.every((i) => Inject.safeParse(i).success)).toBe(true);
  });

  it('finds an unknown delivery method', () => {
    expect(readMsel(fixture('unknown-method.csv')).findings).toEqual([
      {
        row: 4,
        column: 'Method',
        message: 'unknown delivery method "fax": one of in-app, phone, radio, email, news, social, cap-alert',
      },
    ]);
  });

  it('finds a time that goes back within a storyline, not across storylines', () => {
    const r = readMsel(fixture('time-backwards.csv'));
    expect(r.findings).toEqual([
      {
        row: 5,
        column: 'Scenario time',
        message:
          '00:08 comes after row 3 at 00:10 in storyline "Attack": times may stay the same but never go back',
      },
    ]);
    // The inject is still read: the finding is between rows.
    expect(r.injects.map((i) => i.number)).toEqual([1, 2, 3, 4]);
  });

  it('lets injects of a storyline go at the same time', () => {
    expect(
      readMsel(msel('1,A,00:10,a,b,c,radio,', '2,A,00:10,a,b,c,news,', '3,A,0:10:00,a,b,c,social,')).findings,
    ).toEqual([]);
  });

  it('finds a missing recipient', () => {
    expect(readMsel(fixture('missing-recipient.csv')).findings).toEqual([
      { row: 3, column: 'To', message: 'no recipient: name at least one player, agency or role' },
    ]);
    expect(readMsel(msel('1,A,00:10,a,b, ; ;,radio,')).findings).toEqual([
      { row: 2, column: 'To', message: 'no recipient: the list is empty' },
    ]);
  });

  it('finds a dependency on an inject not in the list, and leaves it out of the inject', () => {
    const r = readMsel(fixture('unknown-dependency.csv'));
    expect(r.findings).toEqual([
      { row: 4, column: 'Depends on', message: 'depends on inject 7, which is not in the list' },
    ]);
    expect(r.injects[2]?.dependsOn).toEqual([]);
  });

  it('leaves a dependency on a row that gave no inject out of the inject', () => {
    const r = readMsel(msel('1,A,00:00,a,b,c,fax,', '2,A,00:01,a,b,c,radio,1'));
    expect(r.findings.map((f) => [f.row, f.column])).toEqual([[2, 'Method']]);
    expect(r.injects).toEqual([expect.objectContaining({ number: 2, dependsOn: [] })]);
  });

  it('finds dependencies on later injects, on itself, in a circle, and that are no number', () => {
    const r = readMsel(
      msel(
        '1,A,00:10,a,b,c,radio,2',
        '2,A,00:20,a,b,c,radio,',
        '3,B,00:05,a,b,c,radio,3; x',
        '4,B,00:30,a,b,c,radio,5',
        '5,B,00:30,a,b,c,radio,4',
      ),
    );
    expect(r.findings).toEqual([
      {
        row: 2,
        column: 'Depends on',
        message: 'depends on inject 2, due later (at 00:20; this one is due at 00:10)',
      },
      { row: 4, column: 'Depends on', message: '"x" is not an inject number' },
      { row: 4, column: 'Depends on', message: 'depends on itself' },
      {
        row: 6,
        column: 'Depends on',
        message: 'its dependencies go round in a circle: inject 4 → inject 5 → inject 4',
      },
    ]);
  });

  it('finds numbers and ids used twice', () => {
    const text = [
      'Number,Scenario time,Synopsis,From,To,Method,Id',
      '1,00:00,a,b,c,radio,',
      '1,00:01,a,b,c,radio,',
      '2,00:02,a,b,c,radio,inject-1',
      '3,00:03,a,b,c,radio,first',
      '4,00:04,a,b,c,radio,first',
    ].join('\r\n');
    expect(readMsel(text).findings).toEqual([
      { row: 3, column: 'Number', message: 'number 1 is used twice: row 2 has it too' },
      { row: 4, column: 'Id', message: 'id "inject-1" is used twice: row 2 has it too' },
      { row: 6, column: 'Id', message: 'id "first" is used twice: row 5 has it too' },
    ]);
  });

  it('finds bad times, statuses, flags, numbers, ids and delivery times', () => {
    const text = [
      'Number,Scenario time,Synopsis,From,To,Method,Status,Contingency,Delivered at,Id,Objectives',
      '0,1h30,a,b,c,radio,done,maybe,yesterday,a b,o 1',
      '2,00:10,,,c,,delivered,yes,,,',
      '3,00:20,a,b,c,phone,pending,no,2026-07-14T22:41:00+02:00,,',
    ].join('\n');
    expect(readMsel(text)).toEqual({
      injects: [
        expect.objectContaining({ number: 3, status: 'pending', deliveredAt: '2026-07-14T22:41:00+02:00' }),
      ],
      findings: [
        { row: 2, column: 'Number', message: '"0" is not an inject number (a whole number from 1 to 99999)' },
        {
          row: 2,
          column: 'Id',
          message: '"a b" is not an id (letters, digits, - and _, up to 64)',
        },
        {
          row: 2,
          column: 'Scenario time',
          message:
            '"1h30" is not a scenario time: write H:MM or H:MM:SS after the start (such as 01:30), up to 168:00',
        },
        {
          row: 2,
          column: 'Delivered at',
          message: '"yesterday" is not an ISO time with its offset (such as 2026-07-14T22:41:00+02:00)',
        },
        {
          row: 2,
          column: 'Objectives',
          message: '"o 1" is not an objective id (letters, digits, - and _, up to 64)',
        },
        { row: 2, column: 'Contingency', message: '"maybe" is not yes or no' },
        {
          row: 2,
          column: 'Status',
          message: 'unknown status "done": one of pending, delivered, skipped, cancelled',
        },
        { row: 3, column: 'Synopsis', message: 'is empty' },
        { row: 3, column: 'From', message: 'is empty' },
        { row: 3, column: 'Method', message: 'is empty: say how the inject is delivered' },
        {
          row: 3,
          column: 'Delivered at',
          message: 'is empty: a delivered inject has the time it was delivered',
        },
        { row: 4, column: 'Delivered at', message: 'an inject pending, not delivered, has no delivery time' },
      ],
      unreadable: false,
    });
  });

  it('finds texts and lists over their limits', () => {
    const r = readMsel(
      msel(
        `1,A,00:00,${'s'.repeat(501)},b,${Array.from({ length: 51 }, (_, i) => `r${i}`).join(';')},radio,`,
      ),
    );
    expect(r.findings).toEqual([
      { row: 2, column: 'Synopsis', message: 'is over 500 characters (501)' },
      { row: 2, column: 'To', message: 'lists 51 items, over the 50 allowed' },
    ]);
    expect(r.injects).toEqual([]);
  });

  it('numbers rows as a spreadsheet does, and skips empty rows', () => {
    const text = `${HEADER}\r\n\r\n1,A,00:10,"two\r\nlines",b,c,radio,\r\n,,,,,,,\r\n2,A,00:05,a,b,c,fax,\r\n`;
    expect(readMsel(text).findings.map((f) => [f.row, f.column])).toEqual([
      [5, 'Method'],
      [5, 'Scenario time'],
    ]);
  });

  it('skips the thousands of blank rows a spreadsheet may leave', () => {
    const r = readMsel(`${msel('1,A,00:00,a,b,c,radio,')}\n${',,,,,,,\n'.repeat(5_000)}`);
    expect(r).toMatchObject({ unreadable: false, findings: [] });
    expect(r.injects).toHaveLength(1);
  });

  it('restores what the writer defused and finds cells beyond the header', () => {
    const r = readMsel(msel(`1,A,00:00,'=1+1,'-b,c,radio,,,`, '2,A,00:01,a,b,c,radio,,x'));
    expect(r.injects[0]).toMatchObject({ synopsis: '=1+1', from: '-b' });
    expect(r.findings).toEqual([
      { row: 3, column: '', message: '1 cell beyond the 8 columns of the header' },
    ]);
  });

  it('checks storylines, acts and objectives against the exercise when given', () => {
    const text = [
      'Number,Storyline,Act,Scenario time,Synopsis,From,To,Method,Objectives',
      '1,Attack,Impact,00:00,a,b,c,radio,o1',
      '2,Attack,,00:01,a,b,c,radio,o2',
      '3,Attak,Impact,00:02,a,b,c,radio,',
      '4,Press,Impact,00:03,a,b,c,radio,',
      '5,,,00:04,a,b,c,radio,',
    ].join('\n');
    const options = {
      storylines: [
        { name: 'Attack', summary: '', acts: [{ name: 'Impact', summary: '' }] },
        { name: 'Press', summary: '', acts: [] },
      ],
      objectives: [{ id: 'o1', text: 'x', capabilities: [] }],
    };
    expect(readMsel(text, options).findings).toEqual([
      { row: 3, column: 'Act', message: 'is empty: name one of the acts of storyline "Attack"' },
      { row: 3, column: 'Objectives', message: '"o2" is not an objective of the exercise' },
      { row: 4, column: 'Storyline', message: '"Attak" is not a storyline of the exercise' },
      { row: 5, column: 'Act', message: 'storyline "Press" has no acts' },
      { row: 6, column: 'Storyline', message: 'is empty: name one of the exercise’s storylines' },
    ]);
    expect(readMsel(text).findings).toEqual([]);
  });
});

describe('readMsel on what is no MSEL', () => {
  const unreadable = (text: string) => {
    const r = readMsel(text);
    expect(r.unreadable).toBe(true);
    expect(r.injects).toEqual([]);
    return r.findings;
  };

  it('refuses text that is not CSV, naming the line', () => {
    expect(unreadable(fixture('not-csv.csv'))).toEqual([
      {
        row: 3,
        column: '',
        message: 'not CSV: line 3: a quoted cell is never closed (its quote opens on line 3)',
      },
    ]);
  });

  it('refuses an empty file', () => {
    expect(unreadable('')).toEqual([
      { row: 1, column: '', message: 'the file is empty: its first row must name the columns' },
    ]);
  });

  it('refuses an unknown column, listing those it knows once', () => {
    const findings = unreadable(fixture('unknown-column.csv'));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(
      /^unknown column "Priority" \(row 1 must name the columns: Number, Scenario time, Synopsis, From, To, Method and any of Storyline, Act, .* Id\)$/,
    );
    expect(unreadable('Number,Foo,Bar,Scenario time\n').map((f) => f.message.split(' (')[0])).toEqual([
      'unknown column "Foo"',
      'unknown column "Bar"',
    ]);
  });

  it('refuses a file without its header row', () => {
    expect(unreadable('1,00:00,a,b,c,radio\n')[0]?.message).toMatch(
      /^unknown column "1" \(row 1 must name the columns/,
    );
  });

  it('refuses a header without a required column, with a column twice or a column without a name', () => {
    expect(
      unreadable('Number,Scenario time,Synopsis,From,Method\n').map((f) => [
        f.column,
        f.message.split(' (')[0],
      ]),
    ).toEqual([['To', 'the required column "To" is missing']]);
    expect(unreadable('Number,number,Scenario time,Synopsis,From,To,Method\n')).toEqual([
      { row: 1, column: 'Number', message: 'the column "Number" is there twice' },
    ]);
    expect(unreadable('Number,,Scenario time,Synopsis,From,To,Method\n')[0]?.message).toMatch(
      /^column 2 of the header has no name/,
    );
    // Trailing empty header cells name no column.
    expect(
      readMsel('Number,Scenario time,Synopsis,From,To,Method,,\n1,00:00,a,b,c,radio,,\n').findings,
    ).toEqual([]);
  });

  it('refuses over a thousand injects', () => {
    const rows = Array.from({ length: 1_001 }, (_, i) => `${i + 1},A,00:00,a,b,c,radio,`);
    expect(unreadable(msel(...rows))).toEqual([{ row: 1_002, column: '', message: 'over 1,000 injects' }]);
  });
});

describe('validateMsel', () => {
  const inject = (over: Partial<InjectInput> & { number: number }): Inject =>
    Inject.parse({
      id: `i${over.number}`,
      scenarioTimeS: 0,
      synopsis: 's',
      from: 'f',
      to: ['local-police'],
      method: 'radio',
      ...over,
    });

  it('finds nothing in a sound list', () => {
    expect(
      validateMsel([inject({ number: 1 }), inject({ number: 2, scenarioTimeS: 60, dependsOn: ['i1'] })]),
    ).toEqual([]);
  });

  it('finds by the same rules as a file, each on the inject’s number', () => {
    const broken = [
      inject({ number: 5, scenarioTimeS: 600 }),
      inject({ number: 7, scenarioTimeS: 300, dependsOn: ['i5', 'gone'] }),
      { ...inject({ number: 9 }), method: 'fax', to: [] } as unknown as Inject,
      inject({ number: 9, id: 'other', scenarioTimeS: 900, status: 'delivered' }),
    ];
    expect(validateMsel(broken)).toEqual([
      { row: 7, column: 'Depends on', message: 'depends on the inject "gone", which is not in the list' },
      {
        row: 7,
        column: 'Scenario time',
        message:
          '00:05 comes after inject 5 at 00:10 in the injects without a storyline: times may stay the same but never go back',
      },
      {
        row: 7,
        column: 'Depends on',
        message: 'depends on inject 5, due later (at 00:10; this one is due at 00:05)',
      },
      { row: 9, column: 'To', message: 'no recipient: name at least one player, agency or role' },
      {
        row: 9,
        column: 'Method',
        message: 'unknown delivery method "fax": one of in-app, phone, radio, email, news, social, cap-alert',
      },
      {
        row: 9,
        column: 'Delivered at',
        message: 'is empty: a delivered inject has the time it was delivered',
      },
      { row: 9, column: 'Number', message: 'number 9 is used twice: inject 9 has it too' },
      {
        row: 9,
        column: 'Scenario time',
        message: expect.stringMatching(/^00:00 comes after inject 5 at 00:10/) as string,
      },
    ]);
  });

  it('finds what the cells cannot show through the contract', () => {
    const findings = validateMsel([{ ...inject({ number: 1 }), to: ['police;fire'] }]);
    expect(findings).toEqual([
      { row: 1, column: 'To', message: expect.stringMatching(/no ; or line break/) as string },
    ]);
  });

  it('names an inject without a sound number by its place in the list', () => {
    const findings = validateMsel([inject({ number: 1 }), { ...inject({ number: 2 }), number: 0 }]);
    expect(findings).toEqual([
      { row: 2, column: 'Number', message: '"0" is not an inject number (a whole number from 1 to 99999)' },
    ]);
  });
});

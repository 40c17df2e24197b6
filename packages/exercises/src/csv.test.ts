import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, defuseFormula, readCsv, restoreFormula, writeCsv, type CsvResult } from './csv.ts';

/** The cells of each record, or the error's message. */
function cells(r: CsvResult): string[][] | string {
  return r.ok ? r.records.map((x) => x.fields) : r.error.message;
}

describe('readCsv', () => {
  it('reads quoted cells with commas, line breaks and doubled quotes', () => {
    const r = readCsv('a,"b, c","say ""yes""","two\nlines"\r\n1,2,3,4');
    expect(cells(r)).toEqual([
      ['a', 'b, c', 'say "yes"', 'two\nlines'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('ends records at CRLF, LF or a lone CR, with or without a last line break', () => {
    expect(cells(readCsv('a,b\r\nc,d\ne,f\rg,h'))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
    expect(cells(readCsv('a,b\r\n'))).toEqual([['a', 'b']]);
  });

  it('keeps empty cells, a trailing comma and spaces as they are', () => {
    expect(cells(readCsv(',a,, b ,\n""'))).toEqual([['', 'a', '', ' b ', ''], ['']]);
  });

  it('drops a byte order mark at the start only', () => {
    expect(cells(readCsv('\ufeffNumber,To\n1,\ufeffx'))).toEqual([
      ['Number', 'To'],
      ['1', '\ufeffx'],
    ]);
  });

  it('skips empty lines but counts them as rows, as a spreadsheet shows them', () => {
    // row 1 header (line 1), line 2 empty (row 2), row 3 spans lines 3–4, line 5 empty (row 4), row 5 on line 6
    const r = readCsv('h1,h2\r\n\r\n"a\r\nb",c\r\n\r\nd,e\r\n');
    expect(r.ok && r.records.map(({ row, line }) => [row, line])).toEqual([
      [1, 1],
      [3, 3],
      [5, 6],
    ]);
  });

  it('reads an empty text as no records', () => {
    expect(cells(readCsv(''))).toEqual([]);
    expect(cells(readCsv('\ufeff\n\n'))).toEqual([]);
  });

  it('names the line of a quote never closed, a stray quote and text after a closing quote', () => {
    expect(readCsv('a,b\nc,"d\ne,f\n')).toEqual({
      ok: false,
      error: {
        line: 2,
        row: 2,
        message: 'line 2: a quoted cell is never closed (its quote opens on line 2)',
      },
    });
    expect(cells(readCsv('a,b\n"x\ny",5 "inches"\n'))).toBe(
      'line 3: a quote inside a cell that does not start with one (quote the cell and write the quote twice: "")',
    );
    expect(cells(readCsv('a\n"b"c\n'))).toBe(
      'line 2: text after the closing quote of a cell (a quote inside a cell is written twice: "")',
    );
  });

  it('stops at its limits with the line reached', () => {
    expect(cells(readCsv('abcdef', { maxChars: 5 }))).toBe('the file is over 5 characters');
    expect(cells(readCsv('a\nb\nc\n', { maxRecords: 2 }))).toBe('line 3: over 2 rows');
    expect(cells(readCsv('a,b\na,b,c\n', { maxFields: 2 }))).toBe('line 2: a row of over 2 cells');
    expect(cells(readCsv('ab\nabcd\n', { maxFieldLength: 3 }))).toBe('line 2: a cell is over 3 characters');
    expect(cells(readCsv('ab\n"a""bc"\n', { maxFieldLength: 3 }))).toBe(
      'line 2: a cell is over 3 characters',
    );
    expect(cells(readCsv('ab\n"abc"\n', { maxFieldLength: 3 }))).toEqual([['ab'], ['abc']]);
  });

  it('reads a hundred thousand quotes in linear time', () => {
    const started = performance.now();
    const r = readCsv(`"${'""'.repeat(50_000)}"\n${',"a"'.repeat(30_000)}`, {
      maxFields: 100_000,
      maxFieldLength: 200_000,
    });
    expect(r.ok && r.records.map((x) => x.fields.length)).toEqual([1, 30_001]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('writing CSV', () => {
  it('quotes what needs quoting and doubles quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "yes"')).toBe('"say ""yes"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it('defuses what a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-5 °C')).toBe("'-5 °C");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell("'=x")).toBe("''=x");
    expect(csvCell("it's")).toBe("it's");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('takes off exactly the apostrophe it added', () => {
    for (const v of ['=1', "'=1", "''-", "'", "'a", 'a', '', '@', "''"])
      expect(restoreFormula(defuseFormula(v))).toBe(v);
    expect(restoreFormula("'plain")).toBe("'plain");
  });

  it('writes rows ended by CRLF, with a byte order mark when asked', () => {
    expect(
      writeCsv([
        ['a', 'b'],
        ['1', '=2'],
      ]),
    ).toBe("a,b\r\n1,'=2\r\n");
    expect(writeCsv([['a']], { bom: true })).toBe('\ufeffa\r\n');
    expect(writeCsv([['x'], ['']])).toBe('x\r\n""\r\n');
  });

  it('reads back what it writes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { minLength: 1, maxLength: 6 }), {
          maxLength: 8,
        }),
        (rows) => {
          const r = readCsv(writeCsv(rows, { bom: true }));
          expect(r.ok && r.records.map((x) => x.fields.map(restoreFormula))).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});

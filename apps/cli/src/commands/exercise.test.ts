import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCliWith } from '../../test/run-cli.ts';
import { inputFiles, runInProcess as run } from '../../test/run-in-process.ts';
import { MAX_MSEL_FILE_BYTES, readMselText } from './exercise.ts';

const { dir: tmp, write } = inputFiles('pactesur-exercise-');

/** A fixture of the exercises package: a template written out, and broken MSELs. */
const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../../../packages/exercises/src/fixtures/${name}`, import.meta.url));

describe('pactesur exercise msel', () => {
  it('counts the injects of a sound MSEL, a template written out, and finds nothing', async () => {
    const r = await run(['exercise', 'msel', fixture('vehicle-ramming-promenade.csv'), '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('{"injects":16,"findings":[]}\n');
  });

  it('prints exactly the documented keys of each finding, and exit code 1', async () => {
    const file = fixture('unknown-method.csv');
    const r = await run(['exercise', 'msel', file, '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      '{"injects":3,"findings":[{"row":4,"column":"Method","message":"unknown delivery method \\"fax\\": one of in-app, phone, radio, email, news, social, cap-alert"}]}\n',
    );
    expect(r.stderr).toBe(`pactesur: ${file}: the MSEL has 1 error\n`);
  });

  it.each([
    ['time-backwards.csv', 5, 'Scenario time', /^00:08 comes after row 3 at 00:10 in storyline "Attack"/],
    ['missing-recipient.csv', 3, 'To', /^no recipient/],
    ['unknown-dependency.csv', 4, 'Depends on', /^depends on inject 7, which is not in the list$/],
  ])('finds the error of %s', async (name, row, column, message) => {
    const r = await run(['exercise', 'msel', fixture(name), '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      injects: number;
      findings: { row: number; column: string; message: string }[];
    };
    expect(Object.keys(out)).toEqual(['injects', 'findings']);
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({ row, column });
    expect(out.findings[0]?.message).toMatch(message);
  });

  it('prints a readable report without --json', async () => {
    const good = await run(['exercise', 'msel', fixture('small-valid.csv')]);
    expect(good.code).toBe(0);
    expect(good.stdout).toBe(`${fixture('small-valid.csv')}: 4 injects, no errors\n`);
    const file = write(
      'several.csv',
      'Number,Storyline,Scenario time,Synopsis,From,To,Method,Depends on\n1,A,00:10,a,b,c,fax,\n12,A,00:05,a,b,,radio,9\n',
    );
    const r = await run(['exercise', 'msel', file]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      `${file}: 0 injects, 4 errors`,
      '  row 2  Method         unknown delivery method "fax": one of in-app, phone, radio, email, news, social, cap-alert',
      '  row 3  To             no recipient: name at least one player, agency or role',
      '  row 3  Depends on     depends on inject 9, which is not in the list',
      '  row 3  Scenario time  00:05 comes after row 2 at 00:10 in storyline "A": times may stay the same but never go back',
      '',
    ]);
  });

  it('refuses what is no MSEL with one message and exit code 1', async () => {
    const notCsv = await run(['exercise', 'msel', fixture('not-csv.csv'), '--json']);
    expect(notCsv.code).toBe(1);
    expect(notCsv.stdout).toBe('');
    expect(notCsv.stderr).toBe(
      `pactesur: ${fixture('not-csv.csv')}: not CSV: line 3: a quoted cell is never closed (its quote opens on line 3)\n`,
    );
    const column = await run(['exercise', 'msel', fixture('unknown-column.csv')]);
    expect(column.code).toBe(1);
    expect(column.stderr).toMatch(
      /unknown-column\.csv: unknown column "Priority" \(row 1 must name the columns: Number, /,
    );
    const noHeader = await run(['exercise', 'msel', write('no-header.csv', '1,00:00,a,b,c,radio\n')]);
    expect(noHeader.stderr).toMatch(/no-header\.csv: unknown column "1"/);
    const empty = await run(['exercise', 'msel', write('empty.csv', '')]);
    expect(empty.stderr).toMatch(/empty\.csv: the file is empty: its first row must name the columns\n$/);
    for (const r of [notCsv, column, noHeader, empty]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a missing file, a folder, a file that is not UTF-8 and one that is too large', async () => {
    const missing = await run(['exercise', 'msel', join(tmp, 'none.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read the MSEL file .*none\.csv: no such file/);
    const folder = join(tmp, 'folder.csv');
    mkdirSync(folder);
    expect((await run(['exercise', 'msel', folder])).stderr).toMatch(/cannot read the MSEL file/);
    // A spreadsheet's "Unicode text": UTF-16 with its byte order mark.
    const utf16 = join(tmp, 'utf16.csv');
    writeFileSync(utf16, Buffer.from('\ufeffNumber,To\r\n', 'utf16le'));
    const wide = await run(['exercise', 'msel', utf16]);
    expect(wide.code).toBe(1);
    expect(wide.stderr).toMatch(/utf16\.csv is not UTF-8 text: save the MSEL as CSV in UTF-8/);
    const big = await run(['exercise', 'msel', write('big.csv', ' '.repeat(MAX_MSEL_FILE_BYTES + 1))]);
    expect(big.code).toBe(1);
    expect(big.stderr).toMatch(/big\.csv is over 4 MiB/);
  });

  it('reads standard input up to the limit', async () => {
    const text = await readMselText(
      '-',
      Readable.from([new TextEncoder().encode('Num'), new TextEncoder().encode('ber')]),
    );
    expect(text).toBe('Number');
    const flood = Readable.from(
      (function* () {
        for (let i = 0; i < 5; i++) yield new Uint8Array(MAX_MSEL_FILE_BYTES / 4);
      })(),
    );
    await expect(readMselText('-', flood)).rejects.toThrow(/standard input is over 4 MiB/);
  });

  it('checks a file piped to the real binary', async () => {
    const csv = readFileSync(fixture('time-backwards.csv'), 'utf8');
    const r = await runCliWith(['exercise', 'msel', '-', '--json'], { stdin: csv });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({
      injects: 4,
      findings: [{ row: 5, column: 'Scenario time' }],
    });
    expect(r.stderr).toBe('pactesur: standard input: the MSEL has 1 error\n');
    const ok = await runCliWith(['exercise', 'msel', '-'], {
      stdin: readFileSync(fixture('small-valid.csv')),
    });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('standard input: 4 injects, no errors\n');
  });
});

import type { Command } from 'commander';
import type { Inject, MselFinding } from '@pactesur/contracts';
import { CliError } from '../cli-error.ts';
import { readInputText, STDIN_NAME } from '../input-file.ts';

/**
 * The largest MSEL file read (bytes): the CSV reader's own limit. A thousand injects with long messages
 * stay well under it.
 */
export const MAX_MSEL_FILE_BYTES = 4 * 1024 * 1024;



/**
 * The text of an MSEL file, from a path or from standard input (`-`), refusing what is larger than
 * {@link MAX_MSEL_FILE_BYTES} before reading all of it, and what is not UTF-8.
 */
export const readMselText = (file: string, stdin?: AsyncIterable<Uint8Array>): Promise<string> =>
  readInputText({ what: 'MSEL file', maxBytes: MAX_MSEL_FILE_BYTES, tooLargeHint: 'an MSEL is far smaller', utf8Advice: 'save the MSEL as CSV in UTF-8' }, file, stdin);

/** What the check of an MSEL file prints. */
export interface MselCheck {
  readonly injects: readonly Inject[];
  readonly findings: readonly MselFinding[];
}

/**
 * An MSEL's text read and checked, or a CLI error (exit code 1) when it is no MSEL at all: not CSV, no
 * header row, an unknown, repeated or missing column.
 */
export async function checkMselText(text: string, name: string): Promise<MselCheck> {
  const { readMsel } = await import('@pactesur/exercises');
  const r = readMsel(text);
  if (r.unreadable) throw new CliError(`${name}: ${r.findings.map((f) => f.message).join('; ')}`, 1);
  return { injects: r.injects, findings: r.findings };
}

/** Exactly `{"injects", "findings": [{"row", "column", "message"}]}`, whatever else a result carries. */
export function mselJson(r: MselCheck): string {
  return JSON.stringify({
    injects: r.injects.length,
    findings: r.findings.map(({ row, column, message }) => ({ row, column, message })),
  });
}

const plural = (n: number, word: string): string =>
  `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** A summary line, then one line per finding: the row, the column (padded) and the message. */
export function formatMsel(name: string, r: MselCheck): string {
  const head = `${name}: ${plural(r.injects.length, 'inject')}, ${r.findings.length === 0 ? 'no errors' : plural(r.findings.length, 'error')}\n`;
  const rows = r.findings.map((f) => `row ${f.row}`);
  const rowWidth = Math.max(0, ...rows.map((x) => x.length));
  const columnWidth = Math.max(0, ...r.findings.map((f) => f.column.length));
  return (
    head +
    r.findings
      .map(
        (f, i) =>
          `  ${(rows[i] ?? '').padEnd(rowWidth)}  ${f.column.padEnd(columnWidth)}  ${f.message}`.trimEnd() +
          '\n',
      )
      .join('')
  );
}

/** `pactesur exercise …`: multi-agency exercises (EXERCISES.md). */
export function registerExercise(program: Command): void {
  const exercise = program
    .command('exercise')
    .description('multi-agency exercises: the master scenario events list (EXERCISES.md)');
  exercise
    .command('msel')
    .description('check a master scenario events list (MSEL) as CSV; exit code 1 when it has an error')
    .argument(
      '<file>',
      'CSV with a header row of English column names: Number, Scenario time (H:MM or H:MM:SS), Synopsis, From, To, Method, and any of Storyline, Act, Delivered at, Message, Controller, Expected action, Objectives, Control note, Contingency, Status, Depends on, Attachments, Id; lists separated by ";"; or - for standard input',
    )
    .option('--json', 'print one JSON object {"injects": N, "findings": [{"row", "column", "message"}]}')
    .action(async (file: string, options: { json?: boolean }) => {
      const name = file === '-' ? STDIN_NAME : file;
      const r = await checkMselText(await readMselText(file), name);
      process.stdout.write(options.json ? `${mselJson(r)}\n` : formatMsel(name, r));
      if (r.findings.length > 0)
        throw new CliError(`${name}: the MSEL has ${plural(r.findings.length, 'error')}`, 1);
    });
}

import type { Command } from 'commander';
import type { ScoreFileResult } from '@pactesur/assessment';
import { CliError } from '../cli-error.ts';
import { readInputText, STDIN_NAME } from '../input-file.ts';

/**
 * The largest score file read (bytes). The largest valid file — 10 scenarios and 1 000 measures of 20
 * changes each — is about 1.5 MB of compact JSON; the rest is room for indentation.
 */
export const MAX_SCORE_FILE_BYTES = 4 * 1024 * 1024;


/**
 * The text of a score file, from a path or from standard input (`-`), refusing what is larger than
 * {@link MAX_SCORE_FILE_BYTES} before reading all of it.
 */
export const readScoreText = (file: string, stdin?: AsyncIterable<Uint8Array>): Promise<string> =>
  readInputText({ what: 'score file', maxBytes: MAX_SCORE_FILE_BYTES, tooLargeHint: 'a score file is far smaller' }, file, stdin);

/** A score file's text scored, or a CLI error naming the file and the field at fault. */
export async function scoreText(text: string, name: string): Promise<Extract<ScoreFileResult, { ok: true }>['value']> {
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (e) {
    throw new CliError(`${name} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, 1);
  }
  const { scoreFile } = await import('@pactesur/assessment');
  const r = scoreFile(json);
  if (!r.ok) throw new CliError(`${name}: ${r.error.path === '' ? '' : `${r.error.path}: `}${r.error.message}`, 1);
  return r.value;
}

const BAND_WORDS = { low: 'low', medium: 'medium', high: 'high', 'very-high': 'very high' } as const;

/** Columns padded to their widest cell; numbers to the right. */
function table(header: readonly string[], rows: readonly (readonly string[])[], right: readonly boolean[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (right[c] ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].map((l) => `${l}\n`).join('');
}

/** The register and the ranked measures as two tables. */
export function formatScores(value: Extract<ScoreFileResult, { ok: true }>['value']): string {
  const register =
    value.register.length === 0
      ? 'no scenarios\n'
      : table(
          ['threat', 'L', 'I', 'R', 'band'],
          value.register.map((r) => [r.threat, String(r.likelihood), String(r.impact), String(r.risk), BAND_WORDS[r.band]]),
          [false, true, true, true, false],
        );
  const measures =
    value.measures.length === 0
      ? 'no measures\n'
      : table(
          ['measure', 'risk reduced', 'per M€'],
          // A measure that costs nothing has no ratio: it is free.
          value.measures.map((m) => [m.id, String(m.riskReduced), m.riskReducedPerMEur === null ? 'free' : m.riskReducedPerMEur.toFixed(2)]),
          [false, true, true],
        );
  return `${register}\n${measures}`;
}

/** `pactesur assess …`: vulnerability assessments (ASSESSMENT.md). */
export function registerAssess(program: Command): void {
  const assess = program.command('assess').description('vulnerability assessments of public spaces (ASSESSMENT.md)');
  assess
    .command('score')
    .description('the risk register of scored scenarios and the measures ranked by risk reduced per million euros')
    .argument(
      '<file>',
      'JSON: {"scenarios": [{"threat", "likelihood", "impact"}], "measures": [{"id", "costEur", "changes": [{"threat", "likelihood"?, "impact"?}]}]}, or - for standard input',
    )
    .option('--json', 'print one JSON object {"register": […], "measures": […]}')
    .action(async (file: string, options: { json?: boolean }) => {
      const text = await readScoreText(file);
      const scores = await scoreText(text, file === '-' ? STDIN_NAME : file);
      process.stdout.write(options.json ? `${JSON.stringify(scores)}\n` : formatScores(scores));
    });
}

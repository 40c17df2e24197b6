import type { Command } from 'commander';
import type { Capacity } from '@pactesur/events';
import { CliError } from '../cli-error.ts';
import { readInputText, STDIN_NAME } from '../input-file.ts';

/**
 * The largest capacity file read (bytes). The largest valid file — 300 exits — is about 15 kB of compact
 * JSON; the rest is room for indentation and comments of the user's own tools.
 */
export const MAX_CAPACITY_FILE_BYTES = 1024 * 1024;


/**
 * The text of a capacity file, from a path or from standard input (`-`), refusing what is larger than
 * {@link MAX_CAPACITY_FILE_BYTES} before reading all of it.
 */
export const readCapacityText = (file: string, stdin?: AsyncIterable<Uint8Array>): Promise<string> =>
  readInputText({ what: 'capacity file', maxBytes: MAX_CAPACITY_FILE_BYTES, tooLargeHint: 'a capacity file is far smaller' }, file, stdin);

/** A capacity file's text worked out, or a CLI error naming the file and the field at fault. */
export async function capacityOfText(text: string, name: string): Promise<Capacity> {
  const { capacity, readCapacityFile } = await import('@pactesur/events');
  const r = readCapacityFile(text);
  if (!r.ok)
    throw new CliError(`${name}: ${r.error.path === '' ? '' : `${r.error.path}: `}${r.error.message}`, 1);
  return capacity(r.value);
}

/** Exactly the five figures, in their order, whatever else a result carries. */
export function capacityJson(c: Capacity): string {
  const { holdingCapacity, exitCapacity, exitCapacityWithoutLargest, safeCapacity, egressMinutesAtHolding } =
    c;
  return JSON.stringify({
    holdingCapacity,
    exitCapacity,
    exitCapacityWithoutLargest,
    safeCapacity,
    egressMinutesAtHolding,
  });
}

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** The figures as a table: words on the left, numbers on the right with their units. */
export function formatCapacity(c: Capacity): string {
  const rows: [string, string, string][] = [
    ['holding capacity', NUMBER.format(c.holdingCapacity), 'people'],
    ['exit capacity', NUMBER.format(c.exitCapacity), 'people'],
    ['exit capacity without the largest exit', NUMBER.format(c.exitCapacityWithoutLargest), 'people'],
    ['safe capacity', NUMBER.format(c.safeCapacity), 'people'],
    [
      'egress time at holding capacity',
      c.egressMinutesAtHolding === null ? 'no exit' : NUMBER.format(c.egressMinutesAtHolding),
      c.egressMinutesAtHolding === null ? '' : 'min',
    ],
  ];
  const label = Math.max(...rows.map((r) => r[0].length));
  const value = Math.max(...rows.map((r) => r[1].length));
  return rows.map(([l, v, u]) => `${l.padEnd(label)}  ${v.padStart(value)} ${u}`.trimEnd() + '\n').join('');
}

/** `pactesur event …`: event security plans (EVENTS.md). */
export function registerEvent(program: Command): void {
  const event = program.command('event').description('event security plans: capacity and egress (EVENTS.md)');
  event
    .command('capacity')
    .description(
      'holding, exit and safe capacity of an event ground, and its egress time, by the UK Green Guide unless the file says otherwise',
    )
    .argument(
      '<file>',
      'JSON: {"areaM2", "structuresM2"?, "densityPerM2"?, "exits": [{"widthM", "kind": "level|ramp|stairs"}], "egressMinutes"?, "flowPerMPerMin"?: {"level"?, "ramp"?, "stairs"?}}, or - for standard input',
    )
    .option(
      '--json',
      'print one JSON object {"holdingCapacity", "exitCapacity", "exitCapacityWithoutLargest", "safeCapacity", "egressMinutesAtHolding"}',
    )
    .action(async (file: string, options: { json?: boolean }) => {
      const text = await readCapacityText(file);
      const result = await capacityOfText(text, file === '-' ? STDIN_NAME : file);
      process.stdout.write(options.json ? `${capacityJson(result)}\n` : formatCapacity(result));
    });
}

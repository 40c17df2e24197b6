import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_LIMITS, readOsm } from '@pactesur/osm';
import { CliError } from '../cli-error.ts';
import { inspectReport } from '@pactesur/site';
import { formatReport } from './osm-inspect-report.ts';

interface InspectOptions {
  readonly json?: boolean;
  readonly maxElements: number;
  readonly maxBytes: number;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

/** `pactesur osm …`: OpenStreetMap extracts. */
export function registerOsm(program: Command): void {
  const osm = program.command('osm').description('OpenStreetMap extracts (OSM XML or PBF)');
  osm
    .command('inspect')
    .description(
      'read an extract and print its counts, site summary and diagnostics ("-" reads standard input)',
    )
    .argument('<file>', 'an .osm or .osm.pbf file, or - for standard input')
    .option('--json', 'print one JSON object')
    .option(
      '--max-elements <n>',
      'refuse more nodes + ways + relations than this',
      positiveInt,
      DEFAULT_LIMITS.maxElements,
    )
    .option(
      '--max-bytes <n>',
      'refuse inputs larger than this many bytes',
      positiveInt,
      DEFAULT_LIMITS.maxBytes,
    )
    .action(async (file: string, options: InspectOptions) => {
      const source = file === '-' ? process.stdin : await openFile(file);
      const result = await readOsm(source, {
        limits: { maxElements: options.maxElements, maxBytes: options.maxBytes },
      });
      if (file === '-') process.stdin.destroy();
      const report = inspectReport(file, result);
      process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : formatReport(report));
      if (!result.ok) {
        const first = result.diagnostics.list().find((d) => d.severity === 'error');
        throw new CliError(
          `${file} is not a readable OSM extract: ${first?.message ?? 'see diagnostics'}`,
          1,
        );
      }
    });
}

async function openFile(file: string): Promise<AsyncIterable<Uint8Array>> {
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new CliError(`cannot read ${file}: not a regular file`, 1);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new CliError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code}`, 1);
  }
  return createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>;
}

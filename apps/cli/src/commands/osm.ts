import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { InvalidArgumentError, type Command } from 'commander';
import { CliError } from '../cli-error.ts';

interface InspectOptions {
  readonly json?: boolean;
  readonly maxElements?: number;
  readonly maxBytes?: number;
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
      "refuse more nodes + ways + relations than this (default: the reader's limit, 2 million)",
      positiveInt,
    )
    .option(
      '--max-bytes <n>',
      "refuse inputs larger than this many bytes (default: the reader's limit, 512 MiB)",
      positiveInt,
    )
    .action(async (file: string, options: InspectOptions) => {
      const [{ DEFAULT_LIMITS, readOsm }, { inspectReport }, { formatReport }] = await Promise.all([
        import('@pactesur/osm'),
        import('@pactesur/site'),
        import('./osm-inspect-report.ts'),
      ]);
      const source = file === '-' ? process.stdin : await openFile(file);
      const result = await readOsm(source, {
        limits: {
          maxElements: options.maxElements ?? DEFAULT_LIMITS.maxElements,
          maxBytes: options.maxBytes ?? DEFAULT_LIMITS.maxBytes,
        },
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

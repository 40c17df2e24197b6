import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { DEFAULT_UPLOAD_LIMIT_BYTES } from '@pactesur/contracts/limits';
import { Option, type Command } from 'commander';
import { CliError } from '../cli-error.ts';
import { configFrom } from '../server-config.ts';

/** The flags of `sites import`, checked when the command runs (zod and the contracts load only then). */
async function flagsSchema() {
  const [{ z }, { SiteCategory }] = await Promise.all([import('zod'), import('@pactesur/contracts')]);
  return z.object({
    name: z.string().trim().min(1),
    org: z.string().trim().min(1),
    category: SiteCategory.optional(),
    dataDate: z.iso.date().optional(),
    maxBytes: z.coerce.number().int().positive(),
  });
}

/** `pactesur sites import FILE --name … --org …`: registers a public space straight from an extract. */
export function registerSites(program: Command): void {
  const sites = program.command('sites').description('The public-space register.');
  sites
    .command('import')
    .description('Import an OpenStreetMap extract and register the public space of that name.')
    .argument('<file>', 'an .osm or .osm.pbf extract')
    .requiredOption('--name <name>', 'the public space to register, as the extract names it (e.g. "Marienplatz")')
    .requiredOption('--org <slug>', 'the owner organisation, e.g. nice')
    .option('--category <category>', 'override the suggested category (e.g. square, pedestrian-street; a wrong one is refused with the list)')
    .option('--data-date <date>', 'date of the OpenStreetMap data (YYYY-MM-DD)')
    .addOption(new Option('--max-bytes <n>', 'largest file accepted').env('UPLOAD_LIMIT_BYTES').default(String(DEFAULT_UPLOAD_LIMIT_BYTES)))
    .addOption(new Option('--data-dir <dir>', 'embedded database directory').env('DATA_DIR').default('./.data'))
    .addOption(new Option('--database-url <url>', 'a PostgreSQL server').env('DATABASE_URL'))
    .option('--json', 'print the result as JSON')
    .action(async (file: string, opts: Record<string, string | boolean | undefined>) => {
      const parsed = (await flagsSchema()).safeParse(opts);
      if (!parsed.success) throw new CliError(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '), 2);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) throw new CliError(`cannot read ${file}: no such file`);
      if (info.size > parsed.data.maxBytes) throw new CliError(`${file} has ${info.size} bytes, more than the limit of ${parsed.data.maxBytes}`);
      const bytes = new Uint8Array(await readFile(file));
      const config = await configFrom({ DATA_DIR: opts.dataDir as string | undefined, DATABASE_URL: opts.databaseUrl as string | undefined });
      const { importSiteFile, ImportRefused } = await import('@pactesur/server');
      try {
        const r = await importSiteFile({
          database: config.database,
          filesDir: config.filesDir,
          orgSlug: parsed.data.org,
          filename: basename(file),
          bytes,
          name: parsed.data.name,
          ...(parsed.data.category && { category: parsed.data.category }),
          ...(parsed.data.dataDate && { dataDate: parsed.data.dataDate }),
        });
        const out = { siteId: r.siteId, extractId: r.extractId, name: r.candidate.name, category: parsed.data.category ?? r.candidate.category, walkableAreaM2: r.candidate.walkableAreaM2 };
        process.stdout.write(opts.json ? JSON.stringify(out) + '\n' : `registered ${out.name} (${out.category}, ${out.walkableAreaM2} m² walkable) for ${parsed.data.org}\n`);
      } catch (error) {
        if (error instanceof ImportRefused) {
          const list = error.candidates.length ? `\npublic spaces in this extract:\n${error.candidates.map((c) => `  ${c}`).join('\n')}` : '';
          throw new CliError(error.message + list);
        }
        throw error;
      }
    });
}

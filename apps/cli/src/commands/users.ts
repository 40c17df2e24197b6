import { Option, type Command } from 'commander';
import { CliError } from '../cli-error.ts';
import { configFrom } from '../server-config.ts';

/** The flags of `users create`, checked when the command runs (zod and the contracts load only then). */
async function inputSchema() {
  const [{ z }, { Role }] = await Promise.all([import('zod'), import('@pactesur/contracts')]);
  return z.object({
    email: z.email(),
    name: z.string().trim().min(1),
    password: z.string().min(10, 'must have at least 10 characters'),
    org: z.string().min(1),
    role: Role,
  });
}

/** `pactesur users create`: an account and its membership, e.g. the first admin of a new installation. */
export function registerUsers(program: Command): void {
  const users = program.command('users').description('Accounts.');
  users
    .command('create')
    .description('Create an account and make it a member of an organisation.')
    .requiredOption('--email <email>', 'e-mail address (the sign-in name)')
    .requiredOption('--name <name>', 'display name')
    .addOption(new Option('--password <password>', 'at least 10 characters').env('PACTESUR_PASSWORD').makeOptionMandatory())
    .requiredOption('--org <slug>', 'organisation slug, e.g. nice')
    .option('--role <role>', 'admin, editor, analyst or viewer', 'viewer')
    .addOption(new Option('--data-dir <dir>', 'embedded database directory').env('DATA_DIR').default('./.data'))
    .addOption(new Option('--database-url <url>', 'a PostgreSQL server').env('DATABASE_URL'))
    .action(async (opts: Record<string, string>) => {
      const parsed = (await inputSchema()).safeParse(opts);
      if (!parsed.success) {
        throw new CliError(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '), 2);
      }
      const input = parsed.data;
      const { openOperator, systemActor, AppError } = await import('@pactesur/server');
      const config = await configFrom({ DATA_DIR: opts.dataDir, DATABASE_URL: opts.databaseUrl });
      const operator = await openOperator(config);
      try {
        const { orgName } = await operator.accounts.create(systemActor('pactesur users create'), { email: input.email, name: input.name, password: input.password, orgSlug: input.org, role: input.role });
        process.stdout.write(`created ${input.email} (${input.role} of ${orgName})\n`);
      } catch (error) {
        throw error instanceof AppError ? new CliError(error.message) : error;
      } finally {
        await operator.close();
      }
    });
}

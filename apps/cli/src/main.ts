/**
 * Entry point of the `pactesur` command. Each command group lives in `commands/<group>.ts` and registers
 * itself on the program; user mistakes become a message on stderr and a non-zero exit code, never a stack.
 */
import { Command, CommanderError } from 'commander';
import { commandGroups } from './commands/index.ts';
import { CliError } from './cli-error.ts';

export function buildProgram(): Command {
  const program = new Command('pactesur')
    .description('Pactesur — keep public spaces open and safe.')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  for (const register of commandGroups) register(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the CLI on `argv` (without `node` and the script) and returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit through here with code 0; usage errors were already printed.
      return error.exitCode;
    }
    if (error instanceof CliError) {
      process.stderr.write(`pactesur: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`pactesur: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 70;
  }
}

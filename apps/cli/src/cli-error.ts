/**
 * A mistake of the user's (bad flag value, unreadable file, refused input): printed as one line on stderr
 * with the given exit code (2 for usage, 1 for refused input), never as a stack trace.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

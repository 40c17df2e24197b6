import { createReadStream, type ReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { AppError } from '../errors/app-error.ts';
import type { z } from 'zod';
import { ControlLine } from './backup-format.ts';

const NEWLINE = 0x0a;

/**
 * The lines of a backup file, read as the file is unzipped (never the whole file in memory). Anything
 * wrong with the file (not gzip, a damaged byte, cut short, a line out of place) is a `validation_failed`
 * AppError naming the file and the line, so the command says what is wrong without a stack.
 */
export class BackupReader {
  private readonly input: ReadStream;
  private readonly chunks: AsyncIterator<Buffer>;
  private pending: Buffer[] = [];
  private ended = false;
  /** The number of the line last read (1-based). */
  line = 0;

  constructor(readonly file: string) {
    const gunzip = createGunzip();
    const input = (this.input = createReadStream(file));
    // A read error of the file ends the unzipped stream with it, so it reaches the reader.
    input.once('error', (error) => gunzip.destroy(error));
    input.pipe(gunzip);
    this.chunks = (gunzip as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  }

  /** An error saying the file is not a usable backup, at the current line. */
  damaged(reason: string): AppError {
    const where = this.line > 0 ? ` (line ${this.line})` : '';
    return new AppError(
      'validation_failed',
      `${this.file} is not a complete Pactesur backup${where}: ${reason}`,
    );
  }

  /** The next line, or null at the end of the file (which the gzip check has then passed). */
  async next(): Promise<string | null> {
    for (;;) {
      const last = this.pending.at(-1);
      const at = last ? last.indexOf(NEWLINE) : -1;
      if (last && at >= 0) {
        const parts = this.pending;
        const rest = last.subarray(at + 1);
        parts[parts.length - 1] = last.subarray(0, at);
        this.pending = rest.length > 0 ? [rest] : [];
        this.line++;
        return Buffer.concat(parts).toString('utf8');
      }
      if (this.ended) {
        if (this.pending.some((p) => p.length > 0)) {
          this.line++;
          throw this.damaged('the file ends in the middle of a line');
        }
        return null;
      }
      let step: IteratorResult<Buffer>;
      try {
        step = await this.chunks.next();
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if (code.startsWith('Z_')) throw this.damaged(`${(error as Error).message} (cut short or damaged)`);
        throw error;
      }
      if (step.done) this.ended = true;
      else if (step.value.length > 0) this.pending.push(step.value);
    }
  }

  /** The next line, which must be there. */
  async required(what: string): Promise<string> {
    const line = await this.next();
    if (line === null) {
      this.line++;
      throw this.damaged(`the file ends where ${what} was expected (cut short)`);
    }
    return line;
  }

  /** The next line as a control line (not a row). */
  async control(what: string): Promise<ControlLine> {
    return this.parse(await this.required(what), ControlLine, what);
  }

  /** Parses a line with a schema, or says which line is wrong. */
  parse<T>(line: string, schema: z.ZodType<T>, what: string): T {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw this.damaged(`${what} was expected, and the line is not JSON`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw this.damaged(`${what} was expected, found ${describe(value)}`);
    return parsed.data;
  }

  /** Stops reading (the file is closed). */
  close(): void {
    void this.chunks.return?.();
    this.input.destroy();
  }
}

function describe(value: unknown): string {
  if (value && typeof value === 'object' && 'kind' in value && typeof value.kind === 'string')
    return `a line of kind "${value.kind}"`;
  if (value && typeof value === 'object' && 'row' in value) return 'a row';
  return 'something else';
}

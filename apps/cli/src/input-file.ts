import { readFile, stat } from 'node:fs/promises';
import { CliError } from './cli-error.ts';

/** How a command names standard input in its messages. */
export const STDIN_NAME = 'standard input';

/** What a command reads: its name in messages ("capacity file"), its largest size, and whether it must be UTF-8. */
export interface InputKind {
  readonly what: string;
  readonly maxBytes: number;
  /** Said when it is too large: what the file usually weighs ("a capacity file is far smaller"). */
  readonly tooLargeHint: string;
  /** Refuses bytes that are not UTF-8 with this advice (a spreadsheet may save CSV in another encoding). */
  readonly utf8Advice?: string;
}

/**
 * The text of an input file, from a path or from standard input (`-`), refusing what is larger than
 * `kind.maxBytes` before reading all of it — and, for a kind that says so, what is not UTF-8. Every refusal
 * is a CLI error with exit code 1 naming the file.
 */
export async function readInputText(kind: InputKind, file: string, stdin: AsyncIterable<Uint8Array> = process.stdin): Promise<string> {
  const tooLarge = (name: string) => new CliError(`${name} is over ${kind.maxBytes / 2 ** 20} MiB: ${kind.tooLargeHint}`, 1);
  const text = (bytes: Uint8Array, name: string): string => {
    try {
      return new TextDecoder('utf-8', { fatal: kind.utf8Advice !== undefined }).decode(bytes);
    } catch {
      throw new CliError(`${name} is not UTF-8 text: ${kind.utf8Advice ?? ''}`, 1);
    }
  };
  if (file === '-') {
    const chunks: Uint8Array[] = [];
    let bytes = 0;
    for await (const chunk of stdin) {
      bytes += chunk.length;
      if (bytes > kind.maxBytes) throw tooLarge(STDIN_NAME);
      chunks.push(chunk);
    }
    return text(Buffer.concat(chunks), STDIN_NAME);
  }
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new CliError(`cannot read the ${kind.what} ${file}: no such file`, 1);
  if (info.size > kind.maxBytes) throw tooLarge(file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new CliError(`cannot read the ${kind.what} ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`, 1);
  }
  return text(bytes, file);
}

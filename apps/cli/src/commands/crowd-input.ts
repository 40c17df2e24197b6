import { readFile } from 'node:fs/promises';
import { CliError } from '../cli-error.ts';

/** The scenario file of `pactesur crowd simulate` as parsed JSON, or a CLI error saying why it cannot be read. */
export async function readScenario(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new CliError(`cannot read scenario file ${file}`, 1);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(
      `${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      1,
    );
  }
}

import type { Arbitrary } from 'fast-check';

/** One file of fuzz/corpus/<parser>/: its input whole, and as a stream would deliver it. */
export interface CorpusEntry {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly chunks: Uint8Array[];
}

/** A piece of a recipe: text or base64 bytes, repeated `times` (default once). */
export interface RecipePiece {
  readonly text?: string;
  readonly base64?: string;
  readonly times?: number;
}

/** How {@link fuzz} runs a property. */
export interface FuzzOptions<T> {
  /** Runs in the suite; `PACTESUR_FUZZ_RUNS` replaces it in the long run. */
  readonly runs: number;
  /** The input as the bytes of a file, for the corpus. */
  readonly encode: (input: T) => Uint8Array | string;
  /** Extension of a saved input (default `.in`). */
  readonly ext?: string;
  /** Time after which the suite stops drawing inputs for this property (default 4000 ms). */
  readonly budgetMs?: number;
}

export const CORPUS_DIR: string;
export const INFLIGHT_DIR: string;
export const BOUNDS: Readonly<{ perInputMs: number; peakGrowthBytes: number }>;
export function fuzzRuns(quick: number): number;
export function isLongRun(): boolean;
export function corpus(parser: string): CorpusEntry[];
export function corpusJson(parser: string): { name: string; value: unknown }[];
export function expandRecipe(recipe: { pieces: readonly RecipePiece[]; chunk?: number }): { bytes: Uint8Array; chunks: Uint8Array[] };
export function recipe(pieces: readonly RecipePiece[], chunk?: number): string;
export function saveToCorpus(parser: string, bytes: Uint8Array | string, ext: string, prefix?: string): string;
export function bounded<T>(run: () => T | Promise<T>): Promise<T>;
export function fuzz<T>(parser: string, arbitrary: Arbitrary<T>, check: (input: T) => unknown, options: FuzzOptions<T>): Promise<void>;

export const hostileNumberText: Arbitrary<string>;
export const hostileText: Arbitrary<string>;
export const hostileJson: Arbitrary<unknown>;
export function mutatedText(
  seed: string,
  options?: { values?: Arbitrary<string>; fragments?: Arbitrary<string>; maxRepeat?: number },
): Arbitrary<Uint8Array>;
export function mutatedBytes(seed: Uint8Array, options?: { maxRepeat?: number }): Arbitrary<Uint8Array>;
export function mutatedJson(seed: unknown, options?: { values?: Arbitrary<unknown>; maxRepeat?: number }): Arbitrary<unknown>;
export function jsonBytes(value: unknown): Uint8Array;
export function chunked(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[];

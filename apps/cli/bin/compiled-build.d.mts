/** The compiled CLI entry (`dist/main.mjs`). */
export declare const COMPILED_MAIN: string;
/** `current` when the build exists and no source it read is newer than the build; otherwise `missing` or `stale`. */
export declare function compiledBuildState(): 'current' | 'missing' | 'stale';

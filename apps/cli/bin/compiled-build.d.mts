/** The compiled CLI entry of the current build (`dist/<build>/main.mjs`), or null when there is none. */
export declare function compiledMain(): string | null;
/** `current` when the build exists and no source it read is newer than the build; otherwise `missing` or `stale`. */
export declare function compiledBuildState(): 'current' | 'missing' | 'stale';

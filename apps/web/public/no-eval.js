// The content security policy allows no eval. Zod tries `new Function` once, to compile its parsers, unless
// told `jitless` (as `z.config({ jitless: true })` does), and the attempt alone is a policy violation. Zod reads
// its configuration from this global when it loads; a classic script runs before every module of the app.
globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true };

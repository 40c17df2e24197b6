// Tests fail on stray console output: a log line in a test run is either a bug or noise.
import { afterEach } from 'vitest';

const calls: string[] = [];
for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    calls.push(`${level}: ${args.map(String).join(' ')}`);
    original(...args);
  };
}

afterEach(() => {
  if (calls.length > 0) {
    const seen = calls.splice(0);
    throw new Error(`unexpected console output during the test:\n${seen.join('\n')}`);
  }
});

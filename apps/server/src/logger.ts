import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout (pino). Tests use level `silent`. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'pactesur' }, redact: ['req.headers.cookie', 'password'] });
}

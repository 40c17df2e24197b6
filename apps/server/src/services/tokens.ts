import { createHash, randomBytes } from 'node:crypto';

/** A random 256-bit token, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Tokens are stored only as their SHA-256, so a database leak does not leak sessions or invitations. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

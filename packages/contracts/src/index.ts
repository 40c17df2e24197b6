/** Shared zod schemas and their types: the vocabulary of the HTTP API, used by server, web and CLI. */
export * from './common.ts';
export * from './organisation.ts';
export * from './membership.ts';
export * from './user.ts';
export * from './network.ts';
export * from './sharing.ts';
export * from './briefing.ts';
export * from './audit.ts';
export * from './job.ts';
export * from './site.ts';
export * from './threat.ts';
export * from './crowd.ts';
export * from './protection.ts';
export * from './home.ts';
export * from './plan-reason.ts';
export * from './error.ts';

import type { RealtimeClientFrame, RealtimeServerFrame } from '@pactesur/api-client';
import { z } from 'zod';
import { MAX_CHANNEL_LENGTH } from './channels.ts';

/** Where the realtime socket is upgraded from. */
export const REALTIME_PATH = '/api/realtime';

const ChannelName = z.string().min(1).max(MAX_CHANNEL_LENGTH);

/** A frame from a client, checked before anything is done with it. */
export const ClientFrame = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('subscribe'),
    channel: ChannelName,
    after: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  }),
  z.strictObject({ type: z.literal('unsubscribe'), channel: ChannelName }),
]) satisfies z.ZodType<RealtimeClientFrame>;

export type ServerFrame = RealtimeServerFrame;

/** The problems of a frame that does not match, in one line. */
export function frameProblems(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'frame'}: ${issue.message}`).join('; ');
}

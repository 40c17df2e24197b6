/** Typed client of the Pactesur HTTP API. */
export { PactesurClient, type MapLayersJson } from './client.ts';
export { ApiError } from './api-error.ts';
export { Transport, type TransportOptions } from './transport.ts';
export {
  RealtimeClient,
  SESSION_ENDED_CLOSE_CODE,
  type ChannelHandlers,
  type RealtimeClientFrame,
  type RealtimeClientOptions,
  type RealtimeServerFrame,
  type RealtimeSocket,
  type RealtimeSocketConstructor,
} from './realtime.ts';

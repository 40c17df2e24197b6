/** Typed client of the Pactesur HTTP API. */
export { PactesurClient, type MapLayersJson } from './client.ts';
export { ApiError } from './api-error.ts';
export { Transport, type TransportOptions } from './transport.ts';

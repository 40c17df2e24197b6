import { describe, expect, it } from 'vitest';
import { apiErrorOf, uploadUrl } from './uploadExtract.ts';

describe('uploadUrl', () => {
  it('sends the file name and the data date in the query', () => {
    expect(uploadUrl('breda grote-markt.osm')).toBe('/api/extracts?filename=breda+grote-markt.osm');
    expect(uploadUrl('m.osm.pbf', '2026-03-10')).toBe('/api/extracts?filename=m.osm.pbf&dataDate=2026-03-10');
  });
});

describe('apiErrorOf', () => {
  it("keeps the API's code and message", () => {
    const body = JSON.stringify({ error: { code: 'payload_too_large', message: 'Too large.' } });
    const error = apiErrorOf(413, body, 'Payload Too Large');
    expect([error.status, error.code, error.message]).toEqual([413, 'payload_too_large', 'Too large.']);
  });

  it('falls back to the text of other answers', () => {
    expect(apiErrorOf(502, '', 'Bad Gateway').message).toBe('Bad Gateway');
    expect(apiErrorOf(500, 'upstream broke', '').code).toBe('http_error');
  });
});

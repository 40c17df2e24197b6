import type { PactesurClient } from '@pactesur/api-client';
import type { StoredMessage } from '../../realtime/message-repository.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../../test/harness.ts';
import { apiError } from '../../../test/api-error.ts';
import { waitFor } from '../../../test/wait-for.ts';
import { recordChannel } from '../../realtime/channels.ts';

let platform: TestPlatform;
let editor: PactesurClient;
let liege: PactesurClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  [editor, liege] = await Promise.all([platform.signedIn('editor@nice.example.org'), platform.signedIn('admin@liege.example.org')]);
});
afterAll(() => platform.close());

describe('the briefings module', () => {
  it('is mounted from the module list, keeps briefings to their organisation, and says each change on the live channel', async () => {
    const created = await editor.createBriefing({ title: 'Carnival — night parade', body: 'Closures from 18:00.' });
    expect(created.access).toBe('owner');
    expect((await apiError(liege.getBriefing(created.id))).code).toBe('not_found');

    const heard: StoredMessage[] = [];
    const subscription = await platform.realtime.subscribe(recordChannel('briefing', created.id), null, (m) => heard.push(m));
    try {
      await editor.updateBriefing(created.id, { body: 'Closures from 17:30.' });
      await editor.deleteBriefing(created.id);
      await waitFor(() => Promise.resolve(heard.length), (n) => n >= 2, 10_000);
    } finally {
      subscription.close();
    }
    expect(heard.map((m) => m.payload)).toEqual([{ change: 'updated', fields: ['body'], at: expect.any(String) as unknown }, { change: 'deleted' }]);
    expect(JSON.stringify(heard)).not.toContain('Closures');
  });
});

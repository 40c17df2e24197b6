import type { PactesurClient } from '@pactesur/api-client';
import type { SaveAwarenessInput } from '@pactesur/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError } from '../../../test/api-error.ts';
import { startTestPlatform, type TestPlatform } from '../../../test/harness.ts';

let platform: TestPlatform;
let editor: PactesurClient;
let viewer: PactesurClient;
let liege: PactesurClient;
let publicReader: PactesurClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  [editor, viewer, liege] = await Promise.all([
    platform.signedIn('editor@nice.example.org'),
    platform.signedIn('viewer@nice.example.org'),
    platform.signedIn('admin@liege.example.org'),
  ]);
  publicReader = platform.client();
}, 240_000);
afterAll(() => platform?.close());

const PAGE: SaveAwarenessInput = {
  published: false,
  sections: [
    {
      topic: 'what-to-do',
      title: { source: 'fr', texts: { fr: 'En cas d’attaque', en: 'In an attack' } },
      body: { source: 'fr', texts: { fr: '- S’échapper\n- Se cacher\n- Alerter le 17 ou le 112', en: '- Escape\n- Hide\n- Call 17 or 112' }, machine: { it: '- Fuggire' } },
    },
  ],
};

describe("a city's awareness page", () => {
  it('is written by its own editors, and read by its members only until published', async () => {
    expect(await apiError(publicReader.getAwarenessPage('nice'))).toMatchObject({ status: 404 });
    // Its members see the page to write, empty, before it exists.
    expect(await viewer.getAwarenessPage('nice')).toMatchObject({ sections: [], published: false, updatedAt: null, canEdit: false });
    const saved = await editor.saveAwarenessPage('nice', PAGE);
    expect(saved).toMatchObject({ published: false, canEdit: true, org: { slug: 'nice' } });
    expect(await apiError(viewer.saveAwarenessPage('nice', PAGE))).toMatchObject({ status: 403 });
    expect(await apiError(liege.saveAwarenessPage('nice', PAGE))).toMatchObject({ status: 403 });
    expect(await apiError(liege.getAwarenessPage('nice'))).toMatchObject({ status: 404 });
    expect(await publicReader.listAwarenessPages()).toEqual([]);
  });

  it('is read by everyone once published, and listed with its languages', async () => {
    await editor.saveAwarenessPage('nice', { ...PAGE, published: true });
    const seen = await publicReader.getAwarenessPage('nice');
    expect(seen.sections[0]?.body.texts.en).toBe('- Escape\n- Hide\n- Call 17 or 112');
    expect(seen.canEdit).toBe(false);
    expect((await publicReader.listAwarenessPages()).map((e) => [e.org.slug, e.languages])).toEqual([['nice', ['en', 'fr']]]);
    expect(await apiError(publicReader.getAwarenessPage('no-such-city'))).toMatchObject({ status: 404 });
  });

  it('refuses what is not a page', async () => {
    const tooMany = { published: true, sections: Array.from({ length: 13 }, () => PAGE.sections[0]!) };
    expect(await apiError(editor.saveAwarenessPage('nice', tooMany))).toMatchObject({ status: 400 });
    const badTopic = { published: true, sections: [{ ...PAGE.sections[0]!, topic: 'propaganda' }] } as unknown as SaveAwarenessInput;
    expect(await apiError(editor.saveAwarenessPage('nice', badTopic))).toMatchObject({ status: 400 });
    expect((await publicReader.getAwarenessPage('nice')).sections).toHaveLength(1);
  });
});

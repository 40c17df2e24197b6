import { describe, expect, it } from 'vitest';
import type { MessageKey, MessageParams } from '../../i18n/messages.ts';
import { practicesEn } from './i18n/en.ts';
import { actionKey, linkLabels, linkRowText, linkText, type KnownNames } from './linkNames.ts';
import type { Links } from './linkOptions.ts';

const SITE = '00000000-0000-4000-8000-000000000001';
const EVENT = '00000000-0000-4000-8000-000000000002';
const EXERCISE = '00000000-0000-4000-8000-000000000003';
const ACTION = '00000000-0000-4000-8000-000000000004';
const PRACTICE = '00000000-0000-4000-8000-000000000005';
const SECRET = '00000000-0000-4000-8000-000000000006';

const LINKS: Links = {
  siteIds: [SITE],
  eventIds: [EVENT],
  exerciseActions: [{ exerciseId: EXERCISE, actionId: ACTION }],
  practiceIds: [PRACTICE, SECRET],
};

/** The English words, placeholders filled, as the app's `t` gives them. */
const t = (key: MessageKey, params: MessageParams = {}): string => {
  const text = key === 'app.loading' ? 'Loading…' : practicesEn[key as keyof typeof practicesEn];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));
};

/** What the author's own people know once every list is read. */
const OWN: KnownNames = {
  sites: new Map([[SITE, 'Marienplatz']]),
  events: new Map([[EVENT, 'Carnaval de Nice']]),
  exercises: new Map([[EXERCISE, 'Promenade des Anglais — joint exercise']]),
  actions: new Map([[actionKey(EXERCISE, ACTION), 'A shared radio talk group']]),
  practices: new Map([
    [PRACTICE, 'Bolardos retráctiles'],
    [SECRET, null],
  ]),
};

const texts = (known: KnownNames) => linkLabels(LINKS, known).map((l) => linkText(l, 'Ville de Nice', t));

describe('linkLabels', () => {
  it('names every record the reader reads, each with its page, in the order of the record', () => {
    const labels = linkLabels(LINKS, OWN);
    expect(labels.map((l) => l.route)).toEqual([
      { name: 'site', id: SITE },
      { name: 'event', id: EVENT },
      { name: 'exercise', id: EXERCISE },
      { name: 'practice', id: PRACTICE },
      null,
    ]);
    expect(texts(OWN)).toEqual([
      'Marienplatz',
      'Carnaval de Nice',
      'A shared radio talk group — exercise “Promenade des Anglais — joint exercise”',
      'Bolardos retráctiles',
      'A practice not shared with you',
    ]);
  });

  it('shows a reader of another organisation each record of the author by its kind, with no page to open', () => {
    const other: KnownNames = {
      sites: null,
      events: null,
      exercises: null,
      actions: null,
      practices: OWN.practices,
    };
    const labels = linkLabels(LINKS, other);
    expect(labels.slice(0, 3).map((l) => [l.name, l.route])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(texts(other).slice(0, 3)).toEqual([
      'A site of Ville de Nice',
      'An event plan of Ville de Nice',
      'A corrective action of an exercise of Ville de Nice',
    ]);
  });

  it('says "Loading…" for a record still being read, and names one the list does not have by its kind', () => {
    const reading: KnownNames = {
      sites: new Map([[SITE, null]]),
      events: new Map(),
      exercises: new Map(),
      actions: new Map(),
      practices: new Map(),
    };
    expect(texts(reading)).toEqual([
      'A site of Ville de Nice',
      'Loading…',
      'Loading…',
      'Loading…',
      'Loading…',
    ]);
    // The exercise is known but not its action (removed from the plan since).
    const gone: KnownNames = { ...OWN, actions: new Map([[actionKey(EXERCISE, ACTION), null]]) };
    expect(texts(gone)[2]).toBe('A corrective action of an exercise of Ville de Nice');
  });

  it('says the kind before the name in the editor, but not twice for a record known by its kind only', () => {
    const [site, , action, , secret] = linkLabels(LINKS, OWN);
    expect(site && linkRowText(site, 'Ville de Nice', t)).toBe('Site: Marienplatz');
    expect(action && linkRowText(action, 'Ville de Nice', t)).toBe(
      'Corrective action: A shared radio talk group — exercise “Promenade des Anglais — joint exercise”',
    );
    expect(secret && linkRowText(secret, 'Ville de Nice', t)).toBe('A practice not shared with you');
  });
});

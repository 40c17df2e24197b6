import { AlertDraftContent, type AlertTemplatePresets } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { newAlertContent, type NewAlertChoices, type TemplateWords } from './newAlertContent.ts';
import { PALAIS_POLYGON } from './testAlert.ts';

const RAMMING: AlertTemplatePresets = {
  template: 'vehicle-ramming',
  categories: ['Security'],
  responseTypes: ['Avoid', 'Shelter'],
  urgency: 'Immediate',
  severity: 'Extreme',
  certainty: 'Observed',
  expiresAfterHours: 2,
};
const WORDS: Readonly<Record<string, TemplateWords>> = {
  'fr-FR': { event: 'Attaque au véhicule-bélier', headline: 'Évitez le secteur', description: 'Un véhicule a foncé sur la foule.', instruction: 'Éloignez-vous.' },
  'en-GB': { event: 'Vehicle ramming', headline: 'Avoid the area', description: 'A vehicle drove into the crowd.', instruction: 'Move away.' },
};
const ring: [number, number][] = [[7.42, 43.731], [7.421, 43.731], [7.421, 43.732], [7.42, 43.732], [7.42, 43.731]];
const choices: NewAlertChoices = {
  template: RAMMING,
  status: 'Actual',
  scope: 'Public',
  recipientOrgIds: ['b0000000-0000-4000-8000-000000000002'],
  addresses: 'ignored',
  site: { id: 'c0000000-0000-4000-8000-000000000001', name: 'Place du Palais', outline: { type: 'MultiPolygon', coordinates: [[ring]] } },
  languages: ['fr-FR', 'en-GB'],
  senderName: 'Ville de Nice',
};
const now = new Date('2026-07-14T20:00:00Z');
const words = (language: string): TemplateWords => WORDS[language] ?? { event: '?', headline: '', description: '', instruction: '' };

describe('the first draft of a new alert', () => {
  it('has one info per language with the template’s words in it, its presets, the expiry and the site’s area', () => {
    const { content, areaProblem } = newAlertContent(choices, words, now, () => 120);
    expect(areaProblem).toBeNull();
    expect(content.infos?.map((i) => [i.language, i.event, i.instruction])).toEqual([
      ['fr-FR', 'Attaque au véhicule-bélier', 'Éloignez-vous.'],
      ['en-GB', 'Vehicle ramming', 'Move away.'],
    ]);
    const [fr] = content.infos ?? [];
    expect(fr?.urgency).toBe('Immediate');
    expect(fr?.severity).toBe('Extreme');
    expect(fr?.certainty).toBe('Observed');
    expect(fr?.categories).toEqual(['Security']);
    expect(fr?.responseTypes).toEqual(['Avoid', 'Shelter']);
    expect(fr?.senderName).toBe('Ville de Nice');
    expect(fr?.expires).toBe('2026-07-15T00:00:00+02:00');
    expect(fr?.areas).toEqual([{ areaDesc: 'Place du Palais', polygons: [PALAIS_POLYGON], circles: [] }]);
    expect(content.siteId).toBe(choices.site?.id);
    expect(AlertDraftContent.safeParse(content).success).toBe(true);
  });

  it('keeps recipients for a Restricted alert or an exercise, and addresses for a Private one only', () => {
    expect(newAlertContent(choices, words, now).content.recipientOrgIds).toEqual([]);
    expect(newAlertContent(choices, words, now).content.addresses).toBe('');
    const restricted = newAlertContent({ ...choices, scope: 'Restricted' }, words, now).content;
    expect(restricted.recipientOrgIds).toEqual(choices.recipientOrgIds);
    const exercise = newAlertContent({ ...choices, status: 'Exercise' }, words, now).content;
    expect(exercise.recipientOrgIds).toEqual(choices.recipientOrgIds);
    const personal = newAlertContent({ ...choices, scope: 'Private', addresses: ' duty@nice.fr ' }, words, now).content;
    expect(personal.addresses).toBe('duty@nice.fr');
  });

  it('starts without an area, and says why, when the site’s outline cannot be one', () => {
    const bad = { ...choices, site: { ...choices.site!, outline: { type: 'MultiPolygon' as const, coordinates: [] } } };
    const made = newAlertContent(bad, words, now);
    expect(made.areaProblem).toBe('empty');
    expect(made.content.infos?.[0]?.areas).toEqual([]);
    expect(newAlertContent({ ...choices, site: null }, words, now).content.siteId).toBeNull();
  });
});

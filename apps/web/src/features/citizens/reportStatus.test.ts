import { ReportStatus } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { citizensEn } from './i18n/en.ts';
import { citizensEs } from './i18n/es.ts';
import { citizensFr } from './i18n/fr.ts';
import { citizensIt } from './i18n/it.ts';
import { STATUSES, statusWords } from './reportStatus.ts';

describe('the words of a report’s status', () => {
  it('names each status apart, with what it means to the reporter and a tone of its own', () => {
    const words = ReportStatus.options.map(statusWords);
    expect(new Set(words.map((w) => w.label)).size).toBe(3);
    expect(new Set(words.map((w) => w.meaning)).size).toBe(3);
    expect(words.map((w) => w.tone)).toEqual(['new', 'working', 'done']);
  });

  it('says "in progress" for in-progress, which Open311 reads as open', () => {
    expect(citizensEn[statusWords('in-progress').label]).toBe('In progress');
    expect(citizensFr[statusWords('in-progress').label]).toBe('En cours');
    expect(citizensEn[statusWords('open').label]).toBe('Received');
    expect(citizensEn[statusWords('closed').meaning]).toBe('{org} has finished dealing with it.');
  });

  it('names the organisation in what every status means, in every language', () => {
    for (const slice of [citizensEn, citizensFr, citizensEs, citizensIt])
      for (const s of STATUSES) expect(slice[statusWords(s).meaning]).toContain('{org}');
  });

  it('lists the statuses in the order a report goes through them', () => {
    expect(STATUSES).toEqual(['open', 'in-progress', 'closed']);
  });
});

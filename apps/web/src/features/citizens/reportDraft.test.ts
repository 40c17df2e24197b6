import { NewReport } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { NO_CONTACT, reportBody, type ReportDraft } from './reportDraft.ts';

const DRAFT: ReportDraft = {
  place: [7.27, 43.7],
  address: ' Place Masséna ',
  category: 'unattended-item',
  description: '  A black suitcase alone by the fountain since 10:00. ',
  contact: { firstName: ' Ana ', lastName: 'Rossi', email: 'ana@example.org ', phone: '' },
  hideName: false,
};

describe('the report a form sends', () => {
  it('sends the place, the category, the trimmed texts, the contact and the language', () => {
    const made = reportBody(DRAFT, 'fr');
    expect(made).toEqual({
      ok: true,
      body: {
        category: 'unattended-item',
        location: [7.27, 43.7],
        address: 'Place Masséna',
        description: 'A black suitcase alone by the fountain since 10:00.',
        anonymous: false,
        contact: { firstName: 'Ana', lastName: 'Rossi', email: 'ana@example.org', phone: '' },
        lang: 'fr',
      },
    });
    expect(made.ok && NewReport.safeParse(made.body).success).toBe(true);
  });

  it('sends no contact at all when the reporter hides their name', () => {
    const made = reportBody({ ...DRAFT, hideName: true }, 'en');
    expect(made.ok && made.body.anonymous).toBe(true);
    expect(made.ok && made.body.contact).toEqual(NO_CONTACT);
  });

  it('does not hide the name in a category that does not allow it, and asks for the name there', () => {
    const named = reportBody({ ...DRAFT, category: 'suspicious-vehicle', hideName: true }, 'en');
    expect(named.ok && named.body.anonymous).toBe(false);
    expect(named.ok && named.body.contact?.lastName).toBe('Rossi');
    const nameless = reportBody({ ...DRAFT, category: 'suspicious-vehicle', contact: NO_CONTACT }, 'en');
    expect(nameless).toEqual({ ok: false, problems: ['name'] });
  });

  it('says everything that is missing', () => {
    expect(reportBody({ ...DRAFT, place: null, category: null, description: ' ' }, 'en')).toEqual({
      ok: false,
      problems: ['place', 'category', 'description'],
    });
    expect(reportBody({ ...DRAFT, description: 'x'.repeat(4_001) }, 'en')).toEqual({
      ok: false,
      problems: ['too-long'],
    });
  });
});

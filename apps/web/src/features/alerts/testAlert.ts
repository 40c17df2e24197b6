import type { Alert, AlertInfo, AlertSummary } from '@pactesur/contracts';

/** Place du Palais, Monaco (the stand-in for Nice next door), as a CAP polygon: latitude first, closed. */
/** The author of the alerts of the tests. */
export const AUTHOR_ID = '6d1b1b9e-8a8e-4c59-9a44-0c6d36c8a001';

export const PALAIS_POLYGON = '43.731,7.42 43.731,7.421 43.732,7.421 43.732,7.42 43.731,7.42';

/** One language of an alert as the API answers it, for the tests of this folder. */
export function testInfo(overrides: Partial<AlertInfo> = {}): AlertInfo {
  return {
    language: 'fr-FR',
    categories: ['Security'],
    event: 'Attaque au véhicule-bélier',
    responseTypes: ['Avoid', 'Shelter'],
    urgency: 'Immediate',
    severity: 'Extreme',
    certainty: 'Observed',
    senderName: 'Ville de Nice',
    headline: 'Attaque en cours : évitez le secteur',
    description: '',
    instruction: 'Éloignez-vous du secteur et mettez-vous à l’abri.',
    contact: 'Police municipale, 04 93 00 00 00',
    web: null,
    onset: null,
    expires: '2026-07-14T23:30:00+02:00',
    areas: [{ areaDesc: 'Place du Palais', polygons: [PALAIS_POLYGON], circles: [] }],
    ...overrides,
  };
}

/** A summary in a list of alerts: a published Public Actual alert of Nice. */
export function testSummary(overrides: Partial<AlertSummary> = {}): AlertSummary {
  const at = '2026-07-14T20:00:00.000Z';
  return {
    id: 'a0000000-0000-4000-8000-000000000001',
    ownerOrgId: 'b0000000-0000-4000-8000-000000000001',
    ownerOrgName: 'Ville de Nice',
    episodeId: 'e0000000-0000-4000-8000-000000000001',
    identifier: 'pactesur.nice.a0000000-0000-4000-8000-000000000001',
    msgType: 'Alert',
    state: 'published',
    status: 'Actual',
    scope: 'Public',
    headline: 'Attaque en cours : évitez le secteur',
    event: 'Attaque au véhicule-bélier',
    severity: 'Extreme',
    urgency: 'Immediate',
    languages: ['fr-FR', 'en-GB'],
    siteId: null,
    authorId: AUTHOR_ID,
    authorName: 'Hugo Martin (urban designer)',
    approverName: 'Camille Laurent (security coordinator)',
    sent: at,
    expires: '2026-07-14T21:30:00.000Z',
    createdAt: at,
    updatedAt: at,
    access: 'owner',
    ...overrides,
  };
}

/** A whole alert as the API answers it: a draft in French and English, revision 1. */
export function testAlert(overrides: Partial<Alert> = {}): Alert {
  return {
    ...testSummary({ state: 'draft', sent: null, approverName: null }),
    revision: 1,
    content: {
      template: 'vehicle-ramming',
      siteId: null,
      status: 'Actual',
      scope: 'Public',
      restriction: '',
      recipientOrgIds: [],
      addresses: '',
      note: '',
      infos: [testInfo(), testInfo({ language: 'en-GB', event: 'Vehicle ramming', headline: 'Attack under way: avoid the area' })],
    },
    references: [],
    xml: '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"/>',
    findings: [],
    pages: [],
    history: [],
    acks: [],
    publicUrl: null,
    ...overrides,
  };
}

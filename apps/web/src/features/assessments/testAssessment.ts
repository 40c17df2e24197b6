import { AssessmentContent, type Assessment } from '@pactesur/contracts';

/** An assessment as the API answers it, for the tests of this folder: nothing scored, revision 1. */
export function testAssessment(overrides: Partial<Assessment> = {}): Assessment {
  const at = '2026-03-10T09:00:00.000Z';
  return {
    id: '0b5f3f0e-7d1a-4c49-9a55-3f0d1c2b4a10',
    ownerOrgId: '5d1c0a7e-2b1f-4f3a-8e0c-0a9b8c7d6e5f',
    ownerOrgName: 'Ville de Nice',
    siteId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
    siteName: 'Place du Palais',
    title: 'Place du Palais, spring',
    version: 1,
    parentId: null,
    status: 'draft',
    step: 'scope',
    headline: {
      scored: 0,
      highestRisk: null,
      highestBand: null,
      totalRisk: 0,
      bands: { low: 0, medium: 0, high: 0, 'very-high': 0 },
      measures: 0,
      measuresCostEur: 0,
    },
    createdAt: at,
    updatedAt: at,
    access: 'owner',
    revision: 1,
    createdByName: 'Nice Editor',
    content: AssessmentContent.parse({}),
    indicators: [],
    suggestions: [],
    register: [],
    rankedMeasures: [],
    carverTotal: null,
    martyn: { capacity: null, tier: 'none', missing: [] },
    comments: [],
    photos: [],
    ...overrides,
  };
}

import type { PlanMeasure, ProtectionPlan } from '@pactesur/contracts';

/** One line of a plan: three fixed rated bollards across 2.5 m in Monaco-Ville; `over` changes any field. */
export const planMeasure = (over: Partial<PlanMeasure> = {}): PlanMeasure => ({
  product: 'bollard-fixed-n3c-48',
  name: 'Fixed rated bollard, 7.2 t at 48 km/h',
  rating: 'V/7200[N3C]/48/90:0.0',
  at: [7.4213, 43.7311],
  line: [[7.42133, 43.7311], [7.42127, 43.7311]],
  widthM: 2.5,
  units: 3,
  costEur: 19_500,
  maintenancePerYearEur: 0,
  openable: false,
  permeable: true,
  accessibleGap: false,
  kind: 'edge',
  locked: false,
  ...over,
});

/** A ready plan of a zone in Monaco-Ville against cars, with no stations; `over` changes any field. */
export const readyPlan = (over: Partial<ProtectionPlan> = {}): ProtectionPlan => ({
  id: '11111111-1111-4111-8111-111111111111',
  ownerOrgId: '22222222-2222-4222-8222-222222222222',
  siteId: '33333333-3333-4333-8333-333333333333',
  parentId: null,
  name: 'Płac Zamkowy — cars',
  zone: { type: 'Polygon', coordinates: [[[7.4204, 43.7308], [7.4214, 43.7308], [7.4214, 43.7314], [7.4204, 43.7314], [7.4204, 43.7308]]] },
  classIds: ['car'],
  request: { osmStations: false, stations: [], locked: [], forbidden: [], classes: ['car'] },
  createdAt: '2026-03-10T09:30:00.000Z',
  jobId: null,
  status: 'ready',
  progress: 1,
  error: null,
  summary: null,
  access: 'owner',
  ...over,
});

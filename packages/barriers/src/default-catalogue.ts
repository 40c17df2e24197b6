import type { BarrierProduct, BarrierProductInput } from './barrier-product.ts';
import { parseProduct } from './parse-catalogue.ts';

const FIXED = 'HVM.md §5 planning default (check): fixed rated bollard €3k–10k installed';
const AUTOMATIC = 'HVM.md §5 planning default (check): automatic rated bollard €20k–60k + €1k–5k/year';
const PLANTER = 'HVM.md §5 planning default (check): rated planter or bench €5k–20k';
const TEMPORARY = 'HVM.md §5 planning default (check): temporary rated barriers €500–2k per metre per event';

const fixedRange = { low: 3000, high: 10_000 };
const planterRange = { low: 5000, high: 20_000 };

const bollard = {
  layout: 'permeable',
  clearGapM: 1.2,
  unitWidthM: 0.3,
  deployment: 'permanent',
  look: 'street-furniture',
  planningDefault: true,
} as const;

const INPUTS: readonly BarrierProductInput[] = [
  {
    ...bollard,
    id: 'bollard-fixed-n3c-48',
    name: 'Fixed rated bollard, 7.2 t at 48 km/h',
    kind: 'bollard-fixed',
    rating: 'V/7200[N3C]/48/90:0.0',
    foundation: 'B',
    operation: 'passive',
    costPerUnitEur: 6500,
    costRangeEur: fixedRange,
    source: FIXED,
  },
  {
    ...bollard,
    id: 'bollard-fixed-n3c-64',
    name: 'Fixed rated bollard, 7.2 t at 64 km/h',
    kind: 'bollard-fixed',
    rating: 'V/7200[N3C]/64/90:0.0',
    foundation: 'C',
    operation: 'passive',
    costPerUnitEur: 8000,
    costRangeEur: fixedRange,
    source: `${FIXED}; heavier rating placed above the midpoint`,
  },
  {
    ...bollard,
    id: 'bollard-fixed-n3c-80',
    name: 'Fixed rated bollard, 7.2 t at 80 km/h',
    kind: 'bollard-fixed',
    rating: 'V/7200[N3C]/80/90:0.0',
    foundation: 'C',
    operation: 'passive',
    costPerUnitEur: 10_000,
    costRangeEur: fixedRange,
    source: `${FIXED}; the highest IWA 14-1 test speed, placed at the top of the range`,
  },
  {
    ...bollard,
    id: 'bollard-fixed-n3f-48',
    name: 'Fixed rated bollard, 30 t at 48 km/h',
    kind: 'bollard-fixed',
    rating: 'V/30000[N3F]/48/90:0.6',
    foundation: 'C',
    operation: 'passive',
    costPerUnitEur: 10_000,
    costRangeEur: fixedRange,
    source: `${FIXED}; heaviest rating placed at the top of the range`,
  },
  {
    ...bollard,
    id: 'bollard-automatic-n3c-48',
    name: 'Automatic rated bollard, 7.2 t at 48 km/h',
    kind: 'bollard-automatic',
    rating: 'V/7200[N3C]/48/90:0.0',
    foundation: 'C',
    operation: 'active',
    costPerUnitEur: 40_000,
    costRangeEur: { low: 20_000, high: 60_000 },
    maintenancePerYearEur: 3000,
    maintenanceRangeEur: { low: 1000, high: 5000 },
    source: AUTOMATIC,
  },
  {
    ...bollard,
    id: 'bollard-automatic-n3c-80',
    name: 'Automatic rated bollard, 7.2 t at 80 km/h',
    kind: 'bollard-automatic',
    rating: 'V/7200[N3C]/80/90:0.0',
    foundation: 'C',
    operation: 'active',
    costPerUnitEur: 60_000,
    costRangeEur: { low: 20_000, high: 60_000 },
    maintenancePerYearEur: 5000,
    maintenanceRangeEur: { low: 1000, high: 5000 },
    source: `${AUTOMATIC}; the highest IWA 14-1 test speed, placed at the top of the range`,
  },
  {
    ...bollard,
    id: 'bollard-removable-n3c-48',
    name: 'Removable rated bollard, 7.2 t at 48 km/h (opened by hand)',
    kind: 'bollard-removable',
    rating: 'V/7200[N3C]/48/90:0.0',
    foundation: 'C',
    operation: 'active',
    costPerUnitEur: 8000,
    costRangeEur: fixedRange,
    maintenancePerYearEur: 500,
    maintenanceRangeEur: { low: 200, high: 1000 },
    source: `${FIXED}; a removable socket adds to a fixed bollard, placed above the midpoint; yearly upkeep of the sockets (check)`,
  },
  {
    ...bollard,
    id: 'bollard-automatic-n3f-48',
    name: 'Automatic rated bollard, 30 t at 48 km/h',
    kind: 'bollard-automatic',
    rating: 'V/30000[N3F]/48/90:1.0',
    foundation: 'C',
    operation: 'active',
    costPerUnitEur: 60_000,
    costRangeEur: { low: 20_000, high: 60_000 },
    maintenancePerYearEur: 5000,
    maintenanceRangeEur: { low: 1000, high: 5000 },
    source: `${AUTOMATIC}; rated for the heaviest test vehicle, placed at the top of the range`,
  },
  {
    id: 'planter-m1-48',
    name: 'Rated planter, 1.5 t at 48 km/h',
    kind: 'planter',
    rating: 'V/1500[M1]/48/90:0.5',
    foundation: 'A',
    layout: 'permeable',
    clearGapM: 1.2,
    operation: 'passive',
    deployment: 'permanent',
    unitWidthM: 1.5,
    costPerUnitEur: 12_500,
    costRangeEur: planterRange,
    look: 'landscaping',
    planningDefault: true,
    source: PLANTER,
  },
  {
    id: 'bench-n1g-48',
    name: 'Rated bench, 2.5 t at 48 km/h',
    kind: 'bench',
    rating: 'V/2500[N1G]/48/90:0.8',
    foundation: 'Ap',
    layout: 'permeable',
    clearGapM: 1.2,
    operation: 'passive',
    deployment: 'permanent',
    unitWidthM: 2,
    costPerUnitEur: 12_500,
    costRangeEur: planterRange,
    look: 'street-furniture',
    planningDefault: true,
    source: PLANTER,
  },
  {
    id: 'temporary-barrier-n2a-48',
    name: 'Temporary rated barrier, 7.2 t at 48 km/h (per event)',
    kind: 'temporary-barrier',
    rating: 'V/7200[N2A]/48/90:2.5',
    foundation: 'A',
    layout: 'continuous',
    operation: 'passive',
    deployment: 'temporary',
    unitWidthM: 2.5,
    costPerMetreEur: 1250,
    costRangeEur: { low: 500, high: 2000 },
    look: 'visible-security',
    planningDefault: true,
    source: `${TEMPORARY}; free-standing, counts only where the stand-off allows its 2.5 m penetration`,
  },
];

/**
 * Generic product types with the planning costs of HVM.md §5, each `planningDefault: true` with its
 * source note; point costs are the midpoint of the §5 range (heavier fixed-bollard ratings placed higher
 * in it) and the range is kept. Ratings are realistic IWA 14-1 strings, not those of a named product.
 * Replace with local tenders and the organisation's own catalogue (`parseCatalogue`).
 *
 * @example
 * DEFAULT_CATALOGUE.find((p) => p.id === 'bollard-fixed-n3c-48')?.costPerUnitEur; // 6500
 */
export const DEFAULT_CATALOGUE: readonly BarrierProduct[] = Object.freeze(
  INPUTS.map((input, i) => {
    const r = parseProduct(input, i);
    if (!r.ok) throw new Error(`DEFAULT_CATALOGUE: ${r.error.message}`);
    return r.value;
  }),
);

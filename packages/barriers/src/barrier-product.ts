import { z } from 'zod';
import { parseRating } from './parse-rating.ts';
import { FOUNDATION_CLASSES, type Rating } from './rating.ts';

/** Kinds of barrier product. */
export const BARRIER_KINDS = [
  'bollard-fixed',
  'bollard-automatic',
  'bollard-removable',
  'planter',
  'bench',
  'blocker-wedge',
  'gate-sliding',
  'gate-swing',
  'beam-arm',
  'temporary-barrier',
  'wall-fence',
  'chicane',
] as const;

/** One of {@link BARRIER_KINDS}. */
export type BarrierKind = (typeof BARRIER_KINDS)[number];

/** How a product looks in the street; the optimiser penalises `visible-security` (HVM.md §5). */
export const BARRIER_LOOKS = ['street-furniture', 'landscaping', 'visible-security'] as const;

/** One of {@link BARRIER_LOOKS}. */
export type BarrierLook = (typeof BARRIER_LOOKS)[number];

const money = z.number().finite().min(0).max(100_000_000);
const metres = (max: number) => z.number().finite().positive().max(max);
const costRange = z
  .object({ low: money, high: money })
  .strict()
  .refine((r) => r.low <= r.high, { message: 'low is above high' });

/** A rating string, parsed into its {@link Rating} record; the parser's message explains a refusal. */
const RatingText = z
  .string()
  .max(1000)
  .transform((text, ctx): Rating => {
    const r = parseRating(text);
    if (r.ok) return r.value;
    ctx.addIssue({ code: 'custom', message: `${r.error.message} (${r.error.code})` });
    return z.NEVER;
  });

/**
 * Schema of a barrier product of a catalogue (HVM.md §4–5). The rating is given as its string and
 * stored parsed. Costs are in euros:
 * - `costPerUnitEur` installed, per unit: required for `permeable` products (units with clear gaps);
 * - `costPerMetreEur` installed, per metre of line (per event for temporary products): required for
 *   `continuous` products;
 * - `costRangeEur` the range the point cost was taken from, in the same basis;
 * - `maintenancePerYearEur` per unit per year (active barriers cost money every year).
 *
 * `clearGapM` (permeable only) is the clear gap between units; `openWidthM` (active only) the clear width
 * a unit leaves when open — left out for bollard rows, where the whole line opens.
 */
export const BarrierProductSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'lower-case letters, digits, dots, dashes, underscores'),
    name: z.string().trim().min(1).max(200),
    kind: z.enum(BARRIER_KINDS),
    rating: RatingText,
    foundation: z.enum(FOUNDATION_CLASSES),
    layout: z.enum(['permeable', 'continuous']),
    clearGapM: metres(3).optional(),
    operation: z.enum(['active', 'passive']),
    deployment: z.enum(['temporary', 'permanent']),
    unitWidthM: metres(50),
    openWidthM: metres(50).optional(),
    costPerUnitEur: money.optional(),
    costPerMetreEur: money.optional(),
    costRangeEur: costRange.optional(),
    maintenancePerYearEur: money.default(0),
    maintenanceRangeEur: costRange.optional(),
    look: z.enum(BARRIER_LOOKS),
    planningDefault: z.boolean().default(false),
    source: z.string().max(1000).optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const issue = (path: string, message: string): void => {
      ctx.addIssue({ code: 'custom', path: [path], message });
    };
    if (p.layout === 'permeable' && p.clearGapM === undefined)
      issue('clearGapM', 'a permeable product needs the clear gap between units');
    if (p.layout === 'continuous' && p.clearGapM !== undefined)
      issue('clearGapM', 'a continuous product has no gap between units');
    if (p.layout === 'permeable' && p.costPerUnitEur === undefined)
      issue('costPerUnitEur', 'a permeable product needs its cost per unit');
    if (p.layout === 'continuous' && p.costPerMetreEur === undefined)
      issue('costPerMetreEur', 'a continuous product needs its cost per metre');
    if (p.operation === 'passive' && p.openWidthM !== undefined)
      issue('openWidthM', 'only an active product opens');
    const cost = p.layout === 'permeable' ? p.costPerUnitEur : p.costPerMetreEur;
    if (p.costRangeEur && cost !== undefined && (cost < p.costRangeEur.low || cost > p.costRangeEur.high))
      issue('costRangeEur', `the cost ${cost} lies outside the range`);
    const m = p.maintenanceRangeEur;
    if (m && (p.maintenancePerYearEur < m.low || p.maintenancePerYearEur > m.high))
      issue('maintenanceRangeEur', `the maintenance ${p.maintenancePerYearEur} lies outside the range`);
    const rating = p.rating as Rating | undefined;
    const tested = rating && rating.standard !== 'ASTM F2656' ? rating.foundation : undefined;
    if (tested !== undefined && tested !== p.foundation)
      issue('foundation', `${p.foundation} differs from the rating's foundation ${tested}`);
  });

/** What a catalogue entry is written as (the rating as a string). */
export type BarrierProductInput = z.input<typeof BarrierProductSchema>;

/** A barrier product: what the optimiser may install at a candidate line. */
export type BarrierProduct = Readonly<z.output<typeof BarrierProductSchema>>;

import type { Figure } from '@pactesur/contracts';

/** The units of the figures the calculation gives, as the dictionaries word them. */
export const FIGURE_UNITS = {
  'm²': 'area',
  persons: 'persons',
  min: 'minutes',
  'persons/m²': 'density',
  m: 'metres',
  'persons/m/min': 'flow',
} as const;
export type FigureUnit = (typeof FIGURE_UNITS)[keyof typeof FIGURE_UNITS];

/** How a figure's value is shown: its unit (null for one the dictionaries do not know) and its decimals. */
export interface FigureShape {
  readonly unit: FigureUnit | null;
  readonly digits: number;
}

const DIGITS: Readonly<Record<FigureUnit, number>> = {
  area: 0,
  persons: 0,
  minutes: 1,
  density: 2,
  metres: 2,
  flow: 1,
};

/**
 * How to show a figure: areas and people whole, minutes and flows to the tenth, densities and widths to
 * the hundredth.
 *
 * @example figureShape({ unit: 'persons/m²' }) // { unit: 'density', digits: 2 }
 */
export function figureShape(figure: Pick<Figure, 'unit'>): FigureShape {
  const unit = Object.hasOwn(FIGURE_UNITS, figure.unit)
    ? FIGURE_UNITS[figure.unit as keyof typeof FIGURE_UNITS]
    : null;
  return { unit, digits: unit === null ? 2 : DIGITS[unit] };
}

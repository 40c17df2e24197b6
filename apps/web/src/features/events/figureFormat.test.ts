import { describe, expect, it } from 'vitest';
import { figureShape } from './figureFormat.ts';

describe('the figures of a plan', () => {
  it('shows areas and people whole, minutes and flows to the tenth, densities and widths to the hundredth', () => {
    expect(figureShape({ unit: 'm²' })).toEqual({ unit: 'area', digits: 0 });
    expect(figureShape({ unit: 'persons' })).toEqual({ unit: 'persons', digits: 0 });
    expect(figureShape({ unit: 'min' })).toEqual({ unit: 'minutes', digits: 1 });
    expect(figureShape({ unit: 'persons/m²' })).toEqual({ unit: 'density', digits: 2 });
    expect(figureShape({ unit: 'm' })).toEqual({ unit: 'metres', digits: 2 });
    expect(figureShape({ unit: 'persons/m/min' })).toEqual({ unit: 'flow', digits: 1 });
    expect(figureShape({ unit: 'furlongs' })).toEqual({ unit: null, digits: 2 });
    expect(figureShape({ unit: 'toString' })).toEqual({ unit: null, digits: 2 });
  });
});

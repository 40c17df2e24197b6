import { BlurRegion } from '@pactesur/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dragRect,
  fitRegion,
  percentFields,
  pixelsOfRegion,
  regionOfPercent,
  regionOfPixels,
} from './blurRegions.ts';

const SHOWN = { width: 400, height: 200 };

describe('regions to blur, between the photo as shown and the fractions the API takes', () => {
  it('turns a rectangle in pixels into fractions of the photo, and back', () => {
    const region = regionOfPixels({ x: 50, y: 20, width: 100, height: 40 }, SHOWN);
    expect(region).toEqual({ x: 0.125, y: 0.1, width: 0.25, height: 0.2 });
    expect(pixelsOfRegion(region as BlurRegion, SHOWN)).toEqual({ x: 50, y: 20, width: 100, height: 40 });
    // The same region on the photo shown at another size.
    expect(pixelsOfRegion(region as BlurRegion, { width: 800, height: 400 })).toEqual({
      x: 100,
      y: 40,
      width: 200,
      height: 80,
    });
  });

  it('takes a drag in any direction', () => {
    expect(dragRect({ x: 150, y: 60 }, { x: 50, y: 20 })).toEqual({ x: 50, y: 20, width: 100, height: 40 });
    expect(regionOfPixels({ x: 150, y: 60, width: -100, height: -40 }, SHOWN)).toEqual({
      x: 0.125,
      y: 0.1,
      width: 0.25,
      height: 0.2,
    });
  });

  it('cuts a rectangle drawn past the edges of the photo to the photo', () => {
    expect(regionOfPixels({ x: -40, y: 150, width: 140, height: 100 }, SHOWN)).toEqual({
      x: 0,
      y: 0.75,
      width: 0.25,
      height: 0.25,
    });
  });

  it('takes a click, or a rectangle outside the photo, for no region', () => {
    expect(regionOfPixels({ x: 10, y: 10, width: 2, height: 30 }, SHOWN)).toBeNull();
    expect(regionOfPixels({ x: 500, y: 10, width: 50, height: 30 }, SHOWN)).toBeNull();
    expect(regionOfPixels({ x: 10, y: 10, width: 50, height: 30 }, { width: 0, height: 0 })).toBeNull();
  });

  it('always gives a region the API accepts, inside the photo', () => {
    fc.assert(
      fc.property(
        fc.record({
          x: fc.double({ min: -1000, max: 1000, noNaN: true }),
          y: fc.double({ min: -1000, max: 1000, noNaN: true }),
          width: fc.double({ min: -1000, max: 1000, noNaN: true }),
          height: fc.double({ min: -1000, max: 1000, noNaN: true }),
        }),
        fc.record({ width: fc.integer({ min: 1, max: 4000 }), height: fc.integer({ min: 1, max: 4000 }) }),
        (rect, size) => {
          const region = regionOfPixels(rect, size);
          if (region === null) return;
          expect(BlurRegion.safeParse(region).success).toBe(true);
          expect(region.x + region.width).toBeLessThanOrEqual(1.0001);
          expect(region.y + region.height).toBeLessThanOrEqual(1.0001);
        },
      ),
    );
  });

  it('keeps a region inside the photo', () => {
    expect(fitRegion({ x: 0.9, y: 0.5, width: 0.5, height: 0.5 })).toEqual({
      x: 0.9,
      y: 0.5,
      width: 0.1,
      height: 0.5,
    });
    expect(fitRegion({ x: 1, y: 0, width: 1, height: 1 })).toEqual({
      x: 0.9999,
      y: 0,
      width: 0.0001,
      height: 1,
    });
  });

  it('reads the four percentage fields of the keyboard, and writes them back', () => {
    expect(regionOfPercent({ x: '10', y: '20,5', width: '30', height: '90' })).toEqual({
      x: 0.1,
      y: 0.205,
      width: 0.3,
      height: 0.795,
    });
    expect(percentFields({ x: 0.125, y: 0.1, width: 0.25, height: 0.2 })).toEqual({
      x: '12.5',
      y: '10',
      width: '25',
      height: '20',
    });
    const region = { x: 0.3333, y: 0.05, width: 0.2, height: 0.4 };
    expect(regionOfPercent(percentFields(region))).toEqual(region);
  });

  it('refuses fields that are not a region', () => {
    expect(regionOfPercent({ x: '', y: '0', width: '10', height: '10' })).toBeNull();
    expect(regionOfPercent({ x: 'left', y: '0', width: '10', height: '10' })).toBeNull();
    expect(regionOfPercent({ x: '100', y: '0', width: '10', height: '10' })).toBeNull();
    expect(regionOfPercent({ x: '-1', y: '0', width: '10', height: '10' })).toBeNull();
    expect(regionOfPercent({ x: '0', y: '0', width: '0', height: '10' })).toBeNull();
  });
});

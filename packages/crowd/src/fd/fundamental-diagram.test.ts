import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fundamentalDiagram, rimea4 } from '../rimea/rimea-4.ts';
import { bandErrors, type BandError } from './band-errors.ts';
import { parseFdData, type FdPoint } from './juelich.ts';
import { weidmannSpeed } from './weidmann.ts';

const JUELICH = new URL('../../../../data/crowd/juelich/', import.meta.url);

function loadSet(folder: string): FdPoint[] {
  const dir = new URL(`${folder}/`, JUELICH);
  return readdirSync(dir).flatMap((f) => parseFdData(readFileSync(new URL(f, dir), 'utf8')));
}

function report(name: string, bands: readonly BandError[]): string {
  return [
    name,
    ...bands.map(
      (b) =>
        `  ${b.from}–${b.to}: n=${b.points} measured ${b.measuredMean.toFixed(2)} simulated ${b.simulatedMean.toFixed(2)} ` +
        `MAE ${b.meanAbsError.toFixed(3)} scatter ±${b.scatter.toFixed(3)} (p10–p90 ${b.p10.toFixed(2)}–${b.p90.toFixed(2)})`,
    ),
  ].join('\n');
}

describe('fundamental diagram (collision-free speed model)', () => {
  let diagram: { plane: FdPoint[]; singleFile: FdPoint[] };
  beforeAll(() => {
    diagram = fundamentalDiagram('cfsm');
  }, 180_000);

  it('passes RiMEA 4: close to Weidmann, speed falling with density', () => {
    const o = rimea4('cfsm', diagram);
    expect(o.figures.meanAbsErrorToWeidmann).toBeLessThanOrEqual(0.15);
    expect(o.figures.worstErrorToWeidmann).toBeLessThanOrEqual(0.25);
    expect(o.pass).toBe(true);
    const jam = diagram.plane[diagram.plane.length - 1] as FdPoint;
    expect(jam.speed).toBeLessThan(weidmannSpeed(4) + 0.05);
  });

  it('lies inside the scatter of the Jülich 2D measurements (2test_2D) up to 4 persons/m²', () => {
    const measured = loadSet('2test_2D');
    expect(measured.length).toBeGreaterThan(300);
    const bands = bandErrors(diagram.plane, measured, [0, 1, 2, 3, 4]);
    expect(bands.length).toBeGreaterThanOrEqual(3);
    expect(report('2test_2D', bands)).toMatch(/MAE/);
    for (const b of bands) {
      expect(b.simulatedMean, report('2test_2D', bands)).toBeGreaterThanOrEqual(b.p10 - b.scatter);
      expect(b.simulatedMean, report('2test_2D', bands)).toBeLessThanOrEqual(b.p90 + b.scatter);
      expect(b.meanAbsError, report('2test_2D', bands)).toBeLessThanOrEqual(Math.max(2 * b.scatter, 0.15));
    }
  });

  it('lies inside the scatter of the Jülich single-file measurements (1test_1D)', () => {
    const measured = loadSet('1test_1D');
    expect(measured.length).toBeGreaterThan(1000);
    const bands = bandErrors(diagram.singleFile, measured, [0.5, 1, 1.5, 2, 2.5]);
    for (const b of bands) {
      expect(b.simulatedMean, report('1test_1D', bands)).toBeGreaterThanOrEqual(b.p10 - b.scatter);
      expect(b.simulatedMean, report('1test_1D', bands)).toBeLessThanOrEqual(b.p90 + b.scatter);
      expect(b.meanAbsError, report('1test_1D', bands)).toBeLessThanOrEqual(Math.max(2 * b.scatter, 0.15));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { rimea1 } from './rimea-1.ts';
import { rimea5 } from './rimea-5.ts';
import { rimea6 } from './rimea-6.ts';
import { rimea7 } from './rimea-7.ts';
import { rimea10 } from './rimea-10.ts';
import { rimea11 } from './rimea-11.ts';
import { rimea12 } from './rimea-12.ts';
import { rimea15 } from './rimea-15.ts';

describe.each(['cfsm', 'sfm'] as const)('RiMEA with the %s model', (kind) => {
  it('1: one person covers 40 m in 26–34 s', () => {
    const o = rimea1(kind);
    expect(o.figures.travelTimeS).toBeGreaterThanOrEqual(26);
    expect(o.figures.travelTimeS).toBeLessThanOrEqual(34);
    expect(o.pass).toBe(true);
  });

  it('5: everyone starts at their own premovement time', () => {
    const o = rimea5(kind);
    expect(o.figures.worstStartErrorS).toBeLessThanOrEqual(0.0100001);
    expect(new Set(o.figures.premovementS as number[]).size).toBe(10);
    expect(o.pass).toBe(true);
  });

  it('6: all 20 go round the corner and no one crosses a wall', () => {
    const o = rimea6(kind);
    expect(o.figures.agentsOut).toBe(20);
    expect(o.figures.positionsOutsideWalls).toBe(0);
    expect(o.figures.minWallDistanceOverRadius).toBeGreaterThan(0.5);
  });

  it('7: walked speeds follow the Weidmann distribution', () => {
    const o = rimea7(kind);
    expect(o.figures.ksD).toBeLessThan(1.36 / Math.sqrt(50));
    expect(o.figures.worstRelativeError).toBeLessThan(0.03);
  });

  it('10: everyone leaves by the assigned exit', () => {
    const o = rimea10(kind);
    expect(o.figures.wrongExit).toBe(0);
    expect(o.figures.out).toBe(23);
    expect(o.figures.mainExit).toBeGreaterThan(0);
    expect(o.figures.secondaryExit).toBeGreaterThan(0);
  });

  it('11: most use the near exit and queue there, some take the other', () => {
    const o = rimea11(kind);
    expect(o.figures.exit1).toBeGreaterThan(100);
    expect(o.figures.exit2).toBeGreaterThan(0);
    expect(o.figures.peakDensityAtExit1).toBeGreaterThanOrEqual(2);
    expect(o.pass).toBe(true);
  });

  it('12: congestion only before the corridor; room 2 does not out-flow the corridor', () => {
    const o = rimea12(kind);
    expect(o.figures.peakDensityRoom1).toBeGreaterThanOrEqual(2);
    expect(o.figures.peakDensityRoom2).toBeLessThan(2);
    expect(o.figures.exitFlowPerS as number).toBeLessThanOrEqual(
      (o.figures.corridorFlowPerS as number) * 1.05,
    );
    expect(o.pass).toBe(true);
  });

  it('15: the cornered corridor takes between the short and the long one', () => {
    const o = rimea15(kind);
    expect(o.figures.cornerS as number).toBeGreaterThan(o.figures.shortS as number);
    expect(o.figures.cornerS as number).toBeLessThan(o.figures.longS as number);
  });
});

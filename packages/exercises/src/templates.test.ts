import { readFileSync } from 'node:fs';
import { Capability, ExerciseType, Inject, Objective, Storyline } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { readMsel, validateMsel } from './read-msel.ts';
import { AGENCY_ROLES, ALL_PLAYERS, TEMPLATE_IDS, TEMPLATES, exerciseTemplate } from './templates.ts';
import { writeMsel } from './write-msel.ts';

describe('the exercise templates', () => {
  it('are the three of the ids, found by id', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([...TEMPLATE_IDS]);
    expect(TEMPLATES.map((t) => [t.city, t.type])).toEqual([
      ['Nice', 'full-scale'],
      ['Turin', 'tabletop'],
      ['Xàbia', 'functional'],
    ]);
    for (const id of TEMPLATE_IDS) expect(exerciseTemplate(id).id).toBe(id);
    expect(exerciseTemplate('flood')).toBeUndefined();
  });

  describe.each(TEMPLATES.map((t) => [t.id, t] as const))('%s', (_id, t) => {
    const { design } = t;
    const msel = design.msel;

    it('fits the contract', () => {
      expect(ExerciseType.parse(t.type)).toBe(t.type);
      for (const c of design.capabilities) expect(Capability.parse(c)).toEqual(c);
      for (const o of design.objectives) expect(Objective.parse(o)).toEqual(o);
      for (const s of design.storylines) expect(Storyline.parse(s)).toEqual(s);
      for (const i of msel) expect(Inject.parse(i)).toEqual(i);
      expect(design.venues.length).toBeGreaterThan(0);
      expect(design.scope.length).toBeGreaterThan(200);
    });

    it('has a sound MSEL of 10 to 20 injects, in which the checks find nothing', () => {
      expect(msel.length).toBeGreaterThanOrEqual(10);
      expect(msel.length).toBeLessThanOrEqual(20);
      expect(validateMsel(msel, { objectives: design.objectives, storylines: design.storylines })).toEqual(
        [],
      );
      const last = msel.at(-1);
      expect(last && last.scenarioTimeS).toBeLessThanOrEqual(t.durationS);
    });

    it('has the seven agencies, and sends injects to them or to every player only', () => {
      expect(t.agencies.map((a) => a.role)).toEqual([...AGENCY_ROLES]);
      expect(t.agencies.filter((a) => a.simulated).map((a) => a.role)).toEqual(['media']);
      const slugs = new Set([...t.agencies.map((a) => a.slug), ALL_PLAYERS]);
      for (const i of msel) for (const to of i.to) expect(slugs.has(to), `${i.number} to ${to}`).toBe(true);
      const reached = new Set(msel.flatMap((i) => i.to));
      for (const a of t.agencies.filter((x) => !x.simulated)) expect(reached.has(a.slug), a.slug).toBe(true);
    });

    it('delivers one inject as a CAP alert marked as an exercise', () => {
      const alerts = msel.filter((i) => i.method === 'cap-alert');
      expect(alerts).toHaveLength(1);
      expect(alerts[0]?.message.startsWith('EXERCISE.')).toBe(true);
      expect(alerts[0]?.controlNote).toMatch(/status Exercise/);
    });

    it('tests every objective and every capability, and says what players are expected to do', () => {
      const tested = new Set(msel.flatMap((i) => i.objectives));
      for (const o of design.objectives) expect(tested.has(o.id), o.id).toBe(true);
      const capabilities = new Set(design.objectives.flatMap((o) => o.capabilities));
      expect([...capabilities].sort()).toEqual(design.capabilities.map((c) => c.id).sort());
      for (const i of msel) {
        expect(i.expectedAction.length, `${i.number}`).toBeGreaterThan(10);
        expect(i.message.length, `${i.number}`).toBeGreaterThan(10);
        expect(i.controller, `${i.number}`).not.toBe('');
      }
      expect(msel.filter((i) => i.controlNote !== '').length).toBeGreaterThanOrEqual(5);
      expect(msel.filter((i) => i.contingency)).toHaveLength(1);
      expect(new Set(msel.map((i) => i.method)).size).toBeGreaterThanOrEqual(6);
    });

    it('reads back from its CSV', () => {
      const r = readMsel(writeMsel(msel), { objectives: design.objectives, storylines: design.storylines });
      expect(r.findings).toEqual([]);
      expect(r.injects).toEqual(msel);
    });
  });

  it('is the fixture written out', () => {
    const fixture = readFileSync(
      new URL('./fixtures/vehicle-ramming-promenade.csv', import.meta.url),
      'utf8',
    );
    expect(fixture).toBe(writeMsel(exerciseTemplate('vehicle-ramming-promenade').design.msel));
  });
});

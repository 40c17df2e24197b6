import { Inject, type InjectInput } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { cellOfList, dependsOnCell, dependsOnIds, listOfCell, newInject, sameList, withoutInject } from './mselCells.ts';

const inject = (number: number, over: Partial<InjectInput> = {}): Inject =>
  Inject.parse({ id: `i${number}`, number, scenarioTimeS: number * 60, synopsis: `S${number}`, from: 'Control', to: ['players'], method: 'radio', ...over });

describe('the list cells of the MSEL', () => {
  it('reads items separated by ; and writes them back', () => {
    expect(listOfCell(' local-police ;fire-brigade;; ')).toEqual(['local-police', 'fire-brigade']);
    expect(listOfCell('')).toEqual([]);
    expect(cellOfList(['a', 'b'])).toBe('a; b');
    expect(listOfCell(cellOfList(['local-police', 'city-hall']))).toEqual(['local-police', 'city-hall']);
    expect(sameList(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameList(['a', 'b'], ['b', 'a'])).toBe(false);
  });

  it('shows dependencies by the injects’ numbers and reads numbers back to ids, refusing a number of no inject', () => {
    const msel = [inject(1), inject(2, { id: 'x2' }), inject(3, { dependsOn: ['i1', 'x2'] })];
    expect(dependsOnCell(msel[2]!, msel)).toBe('1; 2');
    expect(dependsOnIds('2; 1; 2', msel)).toEqual(['x2', 'i1']);
    expect(dependsOnIds('', msel)).toEqual([]);
    expect(dependsOnIds('1; 9', msel)).toBeNull();
  });
});

describe('newInject', () => {
  it('takes the next number and a free id, due when the last inject is, in its storyline and act', () => {
    const msel = [inject(1), inject(4, { id: 'inject-5', storyline: 'Attack', act: 'Impact' })];
    const made = newInject(msel);
    expect(made).toMatchObject({ number: 5, id: 'inject-6', scenarioTimeS: 240, storyline: 'Attack', act: 'Impact', status: 'pending' });
    expect(newInject([])).toMatchObject({ number: 1, id: 'inject-1', scenarioTimeS: 0 });
  });

  it('is refused by the contract until the planner writes its synopsis, sender and recipients', () => {
    const made = newInject([]);
    expect(Inject.safeParse(made).success).toBe(false);
    expect(Inject.safeParse({ ...made, synopsis: 'Call', from: 'Witness', to: ['local-police'] }).success).toBe(true);
  });
});

describe('withoutInject', () => {
  it('removes an inject and the dependencies on it', () => {
    const msel = [inject(1), inject(2, { dependsOn: ['i1'] }), inject(3, { dependsOn: ['i1', 'i2'] })];
    const left = withoutInject(msel, 'i1');
    expect(left.map((i) => [i.id, i.dependsOn])).toEqual([
      ['i2', []],
      ['i3', ['i2']],
    ]);
  });
});

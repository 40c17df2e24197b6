import { Inject } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import {
  MSEL_COLUMNS,
  REQUIRED_MSEL_COLUMNS,
  columnName,
  formatScenarioTime,
  joinList,
  mselColumn,
  parseFlag,
  parseMethod,
  parseScenarioTime,
  splitList,
} from './msel-columns.ts';

describe('the MSEL columns', () => {
  it('has one column per field of an inject, each named once', () => {
    expect(MSEL_COLUMNS.map((c) => c.field).sort()).toEqual(Object.keys(Inject.shape).sort());
    expect(new Set(MSEL_COLUMNS.map((c) => c.name.toLowerCase())).size).toBe(MSEL_COLUMNS.length);
    expect(MSEL_COLUMNS.map((c) => c.name)).toEqual([
      'Number',
      'Storyline',
      'Act',
      'Scenario time',
      'Delivered at',
      'Synopsis',
      'Message',
      'From',
      'To',
      'Method',
      'Controller',
      'Expected action',
      'Objectives',
      'Control note',
      'Contingency',
      'Status',
      'Depends on',
      'Attachments',
      'Id',
    ]);
    expect(REQUIRED_MSEL_COLUMNS).toEqual(['Number', 'Scenario time', 'Synopsis', 'From', 'To', 'Method']);
  });

  it('finds a column whatever the case and spacing of its name', () => {
    expect(mselColumn(' scenario   TIME ')?.field).toBe('scenarioTimeS');
    expect(mselColumn('Depends on')?.field).toBe('dependsOn');
    expect(mselColumn('Priority')).toBeUndefined();
    expect(columnName('expectedAction')).toBe('Expected action');
  });
});

describe('scenario times', () => {
  it('reads H:MM and H:MM:SS after the start', () => {
    expect(parseScenarioTime('00:00')).toBe(0);
    expect(parseScenarioTime('1:30')).toBe(5_400);
    expect(parseScenarioTime(' 01:30:05 ')).toBe(5_405);
    expect(parseScenarioTime('26:00:30')).toBe(93_630);
    expect(parseScenarioTime('168:00')).toBe(604_800);
  });

  it('refuses anything else', () => {
    for (const bad of [
      '',
      '90',
      '1h30',
      '01:60',
      '01:5',
      '1:30:60',
      '-0:10',
      '1:30 PM',
      '168:00:01',
      '1000:00',
      '١:٣٠',
    ])
      expect(parseScenarioTime(bad), bad).toBeNull();
  });

  it('writes HH:MM, with seconds only when there are some, and reads it back', () => {
    expect(formatScenarioTime(0)).toBe('00:00');
    expect(formatScenarioTime(5_405)).toBe('01:30:05');
    expect(formatScenarioTime(93_600)).toBe('26:00');
    expect(formatScenarioTime(59.9)).toBe('00:00:59');
    for (const s of [0, 1, 59, 60, 3_599, 3_600, 86_399, 604_800])
      expect(parseScenarioTime(formatScenarioTime(s))).toBe(s);
  });
});

describe('lists, flags and methods', () => {
  it('splits lists at ; and joins them back', () => {
    expect(splitList(' local-police ;fire-brigade;; ')).toEqual(['local-police', 'fire-brigade']);
    expect(splitList('')).toEqual([]);
    expect(joinList(['a', 'b'])).toBe('a; b');
    expect(splitList(joinList(['a b', 'c']))).toEqual(['a b', 'c']);
  });

  it('reads the contingency flag', () => {
    for (const yes of ['yes', 'Y', 'TRUE', '1', 'x']) expect(parseFlag(yes)).toBe(true);
    for (const no of ['no', 'N', 'false', '0', '', '  ']) expect(parseFlag(no)).toBe(false);
    expect(parseFlag('maybe')).toBeNull();
  });

  it('reads the delivery methods and a few other names for them', () => {
    expect(parseMethod('cap-alert')).toBe('cap-alert');
    expect(parseMethod(' CAP alert ')).toBe('cap-alert');
    expect(parseMethod('In_App')).toBe('in-app');
    expect(parseMethod('phone script')).toBe('phone');
    expect(parseMethod('Social post')).toBe('social');
    expect(parseMethod('e-mail')).toBe('email');
    expect(parseMethod('fax')).toBeNull();
    expect(parseMethod('constructor')).toBeNull();
    expect(parseMethod('')).toBeNull();
  });
});

import { RecordKind } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { migrations } from '../db/migrations/index.ts';
import { MODULES } from '../modules/index.ts';
import { JOB_RECORDS, RECORDS, recordDefinition } from './registry.ts';

describe('the registry of record kinds', () => {
  it('defines every record kind of the contracts, once, the core’s and the modules’', () => {
    expect([...RECORDS.keys()].sort()).toEqual([...RecordKind.options].sort());
    for (const kind of RecordKind.options) expect(recordDefinition(kind).kind).toBe(kind);
    const declared = [...JOB_RECORDS, ...MODULES.flatMap((m) => m.records)].map((d) => d.kind);
    expect(new Set(declared).size).toBe(declared.length);
  });

  it('names children that are themselves record kinds', () => {
    for (const definition of RECORDS.values())
      for (const child of definition.children ?? []) expect(RECORDS.has(child.kind)).toBe(true);
  });

  it('gives every job-computed kind its own job kind', () => {
    const jobKinds = JOB_RECORDS.map((d) => d.jobKind);
    expect(new Set(jobKinds).size).toBe(jobKinds.length);
  });

  it('keeps every module’s migrations, in the order of their names', () => {
    const names = Object.keys(migrations);
    for (const m of MODULES) for (const name of Object.keys(m.migrations)) expect(names).toContain(name);
    expect(names).toEqual([...names].sort());
  });
});

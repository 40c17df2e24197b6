import type { RecordKind } from '@pactesur/contracts';
import { MODULE_RECORDS } from '../modules/index.ts';
import { crowdSimulationRecord } from './crowd-simulation.ts';
import { extractRecord } from './extract.ts';
import { protectionPlanRecord } from './protection-plan.ts';
import type { JobRecordDefinition, RecordDefinition } from './record-kind.ts';
import { threatAnalysisRecord } from './threat-analysis.ts';

/** Records computed by background jobs, each with how its job's result settles into it. */
export const JOB_RECORDS: readonly JobRecordDefinition[] = [extractRecord, threatAnalysisRecord, crowdSimulationRecord, protectionPlanRecord];

const CORE_RECORDS: readonly RecordDefinition[] = [
  { kind: 'job', table: 'jobs' },
  {
    kind: 'site',
    table: 'sites',
    nameColumn: 'name',
    // A site's analyses, simulations and plans go with it (the rows cascade).
    children: [
      { kind: 'threat-analysis', column: 'site_id' },
      { kind: 'crowd-simulation', column: 'site_id' },
      { kind: 'protection-plan', column: 'site_id' },
    ],
  },
  ...JOB_RECORDS,
];

/** Every sensitive record kind of the platform, the core's and the modules', each with its children (declared by either side). */
export const RECORDS: ReadonlyMap<RecordKind, RecordDefinition> = withBelongings([...CORE_RECORDS, ...MODULE_RECORDS]);

function withBelongings(definitions: readonly RecordDefinition[]): ReadonlyMap<RecordKind, RecordDefinition> {
  return new Map(
    definitions.map((d) => {
      const joined = definitions.flatMap((c) => (c.belongsTo?.kind === d.kind ? [{ kind: c.kind, column: c.belongsTo.column }] : []));
      return [d.kind, joined.length === 0 ? d : { ...d, children: [...(d.children ?? []), ...joined] }];
    }),
  );
}

/** The definition of a record kind; a kind of the contracts without one is a programming error. */
export function recordDefinition(kind: RecordKind): RecordDefinition {
  const definition = RECORDS.get(kind);
  if (!definition) throw new Error(`the record kind ${kind} has no definition (records/registry.ts or a module)`);
  return definition;
}

/** The record kind computed by jobs of `jobKind`, if any. */
export function jobRecordOf(jobKind: string): JobRecordDefinition | undefined {
  return JOB_RECORDS.find((r) => r.jobKind === jobKind);
}

import type { ClassSummary, ThreatResult } from '@pactesur/contracts';
import { ResultMismatch, type JobRecordDefinition } from './record-kind.ts';

/** Vehicle threat analyses: the whole result, and per class its headline for lists. */
export const threatAnalysisRecord: JobRecordDefinition = {
  kind: 'threat-analysis',
  table: 'threat_analyses',
  jobKind: 'vehicle.threat',
  nameColumn: 'name',
  settledColumn: 'result',
  async settle(db, id, value) {
    const result = value as ThreatResult | null;
    if (!Array.isArray(result?.classes)) throw new ResultMismatch('the threat analysis has no classes');
    const summary: ClassSummary[] = result.classes.map((c) => ({ class: c.class, maxSpeedKmh: c.maxSpeedKmh, maxEnergyKJ: c.maxEnergyKJ, entries: c.entries.length }));
    await db
      .updateTable('threat_analyses')
      .set({ result: JSON.stringify(result), summary: JSON.stringify(summary) })
      .where('id', '=', id)
      .where('result', 'is', null)
      .execute();
    return { threatAnalysisId: id, summary };
  },
};

import { ReportStatus } from '@pactesur/contracts';
import type { citizensEn } from './i18n/en.ts';

type Key = keyof typeof citizensEn;

/** How a status of a report is said: its name, what it means to the reporter, and the tone of its badge. */
export interface StatusWords {
  readonly label: Key;
  readonly meaning: Key;
  /** The badge's class: `badge-report-<tone>`. */
  readonly tone: 'new' | 'working' | 'done';
}

const WORDS: Readonly<Record<ReportStatus, StatusWords>> = {
  open: { label: 'reportStatus.open', meaning: 'reportStatus.open.meaning', tone: 'new' },
  'in-progress': {
    label: 'reportStatus.in-progress',
    meaning: 'reportStatus.in-progress.meaning',
    tone: 'working',
  },
  closed: { label: 'reportStatus.closed', meaning: 'reportStatus.closed.meaning', tone: 'done' },
};

/**
 * The words of a report's status (the organisation's triage; Open311 reads `in-progress` as `open`).
 *
 * @example statusWords('in-progress').label // 'reportStatus.in-progress'
 */
export const statusWords = (status: ReportStatus): StatusWords => WORDS[status];

/** The statuses in the order a report goes through them. */
export const STATUSES: readonly ReportStatus[] = ReportStatus.options;

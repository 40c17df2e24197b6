import { ApiError } from '../../api.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import type { Translate } from '../../i18n/useI18n.tsx';

/** The server's reasons an exit cannot be used, in the reader's words. */
const REASON: Readonly<Record<string, MessageKey>> = {
  'off-edge': 'crowdForm.exitReason.offEdge',
  narrow: 'crowdForm.exitReason.narrow',
  closed: 'crowdForm.exitReason.closed',
};

const isExitDetail = (d: unknown): d is { exit: string; problem: string } =>
  typeof d === 'object' && d !== null && typeof (d as { exit?: unknown }).exit === 'string';

/**
 * A refused crowd simulation whose drawn exits cannot work (`exit_unusable`), said in the reader's language,
 * one sentence per exit naming it; any other error unchanged.
 */
export function crowdExitRefusal(error: unknown, t: Translate): unknown {
  if (!(error instanceof ApiError) || error.code !== 'exit_unusable' || !Array.isArray(error.details))
    return error;
  const seen = new Set<string>();
  const sentences = error.details.filter(isExitDetail).flatMap((d) => {
    if (seen.has(d.exit)) return [];
    seen.add(d.exit);
    return [
      t('crowdForm.exitUnusable', {
        exit: d.exit,
        reason: t(REASON[d.problem] ?? 'crowdForm.exitReason.other'),
      }),
    ];
  });
  return sentences.length === 0
    ? error
    : new ApiError(error.status, error.code, sentences.join(' '), error.details);
}

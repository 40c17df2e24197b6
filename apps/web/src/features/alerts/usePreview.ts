import type { AlertDraftContent, AlertPreview } from '@pactesur/contracts';
import { useEffect, useMemo, useState } from 'react';
import { api } from '../../api.ts';
import { draftProblems } from './draftSaver.ts';

/** The pause in typing after which the draft is checked. */
export const PREVIEW_DELAY_MS = 400;

export interface Preview {
  /** The latest answer: the CAP message, its findings and pages; null before the first. */
  readonly preview: AlertPreview | null;
  /** Whether the content on screen is newer than the answer shown. */
  readonly checking: boolean;
  readonly error: unknown;
}

/**
 * The draft checked as the officer types (`POST /api/alerts/preview`, nothing stored): a pause after the
 * last change, only a content the contract takes, answers that come back late for an older content dropped.
 * Off (`enabled` false) it answers nothing and asks nothing.
 */
export function usePreview(content: AlertDraftContent, enabled: boolean): Preview {
  const [answer, setAnswer] = useState<{ readonly of: AlertDraftContent; readonly preview: AlertPreview } | null>(null);
  const [error, setError] = useState<unknown>(null);
  // A content the contract refuses is not sent: the save status names what is refused.
  const checkable = useMemo(() => enabled && draftProblems(content).length === 0, [content, enabled]);
  useEffect(() => {
    if (!checkable) return undefined;
    let current = true;
    const timer = setTimeout(() => {
      api.previewAlert(content).then(
        (preview) => {
          if (!current) return;
          setAnswer({ of: content, preview });
          setError(null);
        },
        (failure: unknown) => current && setError(failure),
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [content, checkable]);
  return { preview: answer?.preview ?? null, checking: checkable && answer?.of !== content, error };
}

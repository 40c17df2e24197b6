import type { Extract } from '@pactesur/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, isSignedOut } from '../../api.ts';
import { useSession } from '../../session/useSession.tsx';
import { followJob, isFinished } from '../jobs/jobEvents.ts';
import { uploadExtract } from './uploadExtract.ts';

/** Where an import stands: sending the bytes, the server's import job, its outcome. */
export type ImportState =
  | { readonly phase: 'idle' }
  | {
      readonly phase: 'uploading';
      readonly filename: string;
      readonly loaded: number;
      readonly total: number;
    }
  | { readonly phase: 'importing'; readonly extract: Extract; readonly progress: number }
  | { readonly phase: 'ready'; readonly extract: Extract }
  /** `extract` is set when the import job ran and failed (its `error` is the reason). */
  | {
      readonly phase: 'failed';
      readonly filename: string;
      readonly extract: Extract | null;
      readonly error: unknown;
    };

/** How often an extract without a job is read again while it is processed. */
const POLL_MS = 500;

/**
 * Uploads an extract with upload progress, then follows its import job live (server-sent events) and reads
 * the finished extract once, with its summary and suggestions. Leaving the page stops both.
 */
export function useExtractImport(): {
  readonly state: ImportState;
  readonly start: (file: File, dataDate?: string) => Promise<void>;
  readonly reset: () => void;
} {
  const { session, lost } = useSession();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const stops = useRef<(() => void)[]>([]);
  const stopAll = () => {
    for (const stop of stops.current.splice(0)) stop();
  };
  useEffect(() => stopAll, []);
  const csrfToken = session?.csrfToken ?? null;

  const start = useCallback(
    async (file: File, dataDate?: string) => {
      stopAll();
      const filename = file.name;
      const fail = (error: unknown, extract: Extract | null = null) => {
        if (isSignedOut(error)) lost();
        setState({ phase: 'failed', filename, extract, error });
      };
      setState({ phase: 'uploading', filename, loaded: 0, total: file.size });
      const upload = uploadExtract({
        file,
        dataDate,
        csrfToken,
        onProgress: ({ loaded, total }) =>
          setState((s) => (s.phase === 'uploading' ? { ...s, loaded, total } : s)),
      });
      stops.current.push(upload.abort);
      let extract: Extract;
      try {
        extract = await upload.done;
      } catch (error) {
        fail(error);
        return;
      }
      setState({ phase: 'importing', extract, progress: extract.progress });

      const settle = async () => {
        try {
          const final = await api.getExtract(extract.id);
          if (final.status !== 'processing') stopAll();
          if (final.status === 'ready') setState({ phase: 'ready', extract: final });
          else if (final.status === 'failed') fail(null, final);
          else setState({ phase: 'importing', extract: final, progress: final.progress });
        } catch (error) {
          fail(error, extract);
        }
      };
      if (extract.jobId === null) {
        // No job to follow (an import that ran without one): read the extract until it has settled.
        const timer = window.setInterval(() => void settle(), POLL_MS);
        stops.current.push(() => window.clearInterval(timer));
        return;
      }
      stops.current.push(
        followJob(extract.jobId, (job) => {
          if (isFinished(job)) void settle();
          else setState((s) => (s.phase === 'importing' ? { ...s, progress: job.progress } : s));
        }),
      );
    },
    [csrfToken, lost],
  );
  const reset = useCallback(() => {
    stopAll();
    setState({ phase: 'idle' });
  }, []);
  return { state, start, reset };
}

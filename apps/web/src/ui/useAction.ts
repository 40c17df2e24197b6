import { useCallback, useState } from 'react';
import { isSignedOut } from '../api.ts';
import { useSession } from '../session/useSession.tsx';

export interface Action {
  readonly busy: boolean;
  readonly error: unknown;
  /** Runs `work`; on failure keeps the error to show and answers `undefined`. */
  readonly run: <T>(work: () => Promise<T>) => Promise<T | undefined>;
  readonly clear: () => void;
}

/** A change sent to the API from a form or a button: busy flag, error to show, 401 handling. */
export function useAction(): Action {
  const { lost } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true);
      setError(null);
      try {
        return await work();
      } catch (failure) {
        if (isSignedOut(failure)) lost();
        setError(failure);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [lost],
  );
  const clear = useCallback(() => setError(null), []);
  return { busy, error, run, clear };
}

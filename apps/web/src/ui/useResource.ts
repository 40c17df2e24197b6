import { useCallback, useEffect, useState } from 'react';
import { isSignedOut } from '../api.ts';
import { useSession } from '../session/useSession.tsx';

export interface Resource<T> {
  readonly data: T | undefined;
  readonly error: unknown;
  readonly loading: boolean;
  readonly reload: () => void;
  /** Replaces the loaded value after a change the page made itself. */
  readonly setData: (update: (current: T | undefined) => T | undefined) => void;
}

/**
 * Loads data from the API when `key` changes (e.g. the acting organisation). A 401 answer ends the session
 * in the app, so the sign-in screen shows.
 */
export function useResource<T>(load: () => Promise<T>, key: string): Resource<T> {
  const { lost } = useSession();
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(null);
    void load().then(
      (value) => {
        if (!live) return;
        setData(value);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!live) return;
        if (isSignedOut(failure)) lost();
        setError(failure);
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
    // `load` is a fresh closure on every render; `key` says when it means something new.
  }, [key, round, lost]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data, error, loading, reload, setData };
}

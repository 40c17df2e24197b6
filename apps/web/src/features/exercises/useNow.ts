import { useEffect, useState } from 'react';

/** The wall time (ms), moved on every `everyMs` while `ticking`: for a clock face that runs. */
export function useNow(ticking: boolean, everyMs = 500): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!ticking) return undefined;
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [ticking, everyMs]);
  return now;
}

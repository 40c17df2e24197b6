import { useSyncExternalStore } from 'react';

let round = 0;
const listeners = new Set<() => void>();

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * Says that the user's inbox changed (news on their channel, or some were marked read in this tab): the
 * bell and the inbox page read it again. The server's inbox is the one truth; this is only the signal.
 */
export function inboxChanged(): void {
  round += 1;
  for (const listener of listeners) listener();
}

/** A number that moves on each time the inbox changed ({@link inboxChanged}): a key to read it again. */
export function useInboxRound(): number {
  return useSyncExternalStore(subscribe, () => round);
}

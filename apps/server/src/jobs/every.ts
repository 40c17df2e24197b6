/**
 * Runs `tick` every `ms` milliseconds, never two at once; `stop()` waits for a running tick to end.
 * Errors are handed to `onError`, the loop goes on.
 */
export function every(
  ms: number,
  tick: () => Promise<void>,
  onError: (error: unknown) => void,
): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = tick()
      .catch(onError)
      .finally(() => {
        running = null;
      });
  }, ms);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}

/**
 * Writes values one at a time, skipping those overtaken by a newer one while a write was in flight:
 * progress reports come faster than a database or Redis wants them, and only the latest matters.
 */
export function latestWriter<T>(write: (value: T) => Promise<void>, onError: (error: unknown) => void) {
  let pending: { value: T } | null = null;
  let loop: Promise<void> | null = null;
  const run = async () => {
    while (pending) {
      const { value } = pending;
      pending = null;
      await write(value).catch(onError);
    }
    loop = null;
  };
  return {
    push(value: T): void {
      pending = { value };
      loop ??= run();
    },
    /** Resolves once every pushed value was written or skipped. */
    async drain(): Promise<void> {
      while (loop) await loop;
    },
  };
}

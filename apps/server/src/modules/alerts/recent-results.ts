/**
 * Results of an expensive computation kept for a while by key: at most `size` of them, each for `ttlMs`
 * (the oldest goes first). A computation still running is shared by those who ask meanwhile; one that
 * fails is not kept.
 */
export class RecentResults<T> {
  private readonly entries = new Map<string, { readonly at: number; readonly value: Promise<T> }>();

  constructor(
    private readonly size: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const t = this.now();
    const kept = this.entries.get(key);
    if (kept && t - kept.at < this.ttlMs) return kept.value;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { at: t, value });
    value.catch(() => this.entries.delete(key));
    while (this.entries.size > this.size) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return value;
  }
}

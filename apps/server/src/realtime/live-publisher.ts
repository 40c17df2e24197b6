import type { Realtime } from './realtime.ts';

/**
 * The publishing side of the realtime layer, as use cases see it. The services are built before the layer
 * (which needs them to authenticate its sockets), so they get this, and the platform attaches the layer once
 * it runs; a message published before that, or after the layer closed, is an error, not a silent loss.
 */
export class LivePublisher {
  private target: Pick<Realtime, 'publish'> | null = null;

  attach(realtime: Pick<Realtime, 'publish'>): void {
    this.target = realtime;
  }

  detach(): void {
    this.target = null;
  }

  /** Stores and announces a message of `channel` (see `realtime/channels.ts`); resolves with its `seq`. */
  publish(channel: string, payload: unknown): Promise<number> {
    if (!this.target) return Promise.reject(new Error(`the realtime layer is not running: nothing published on ${channel}`));
    return this.target.publish(channel, payload);
  }
}

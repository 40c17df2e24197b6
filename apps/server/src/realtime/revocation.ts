import type { Logger } from '../logger.ts';
import type { Subscription } from './subscription.ts';

/**
 * Re-checks subscribers' rights and revokes the subscriptions of those who lost them. A check that cannot
 * be made (the database is down) revokes too: a subscriber may subscribe again, a leak cannot be undone.
 */
export async function recheckSubscribers(subscribers: Iterable<Subscription>, logger: Logger): Promise<void> {
  await Promise.all(
    [...subscribers].map(async (subscriber) => {
      if (!subscriber.recheck || subscriber.isClosed) return;
      let allowed = false;
      try {
        allowed = await subscriber.recheck();
      } catch (error) {
        logger.error(
          { err: error, channel: subscriber.channel },
          'realtime: could not re-check a subscriber',
        );
      }
      if (!allowed && !subscriber.isClosed) subscriber.revoke();
    }),
  );
}

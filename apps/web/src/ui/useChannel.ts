import { RealtimeClient } from '@pactesur/api-client';
import { useEffect, useRef } from 'react';

/** What a page is told of a channel it follows. */
export interface ChannelListener {
  /** Each message's payload, once and in order (also across reconnections), with its sequence number. */
  readonly message: (payload: unknown, seq: number) => void;
  /** The replay is over (and again after each reconnection); `gap` when older messages were trimmed. */
  readonly subscribed?: (seq: number, gap: boolean) => void;
  /** The server refused the channel (`not_found` for one the reader may not follow). */
  readonly refused?: (code: string) => void;
}

/**
 * Follows a live channel (`GET /api/realtime`) while the page is open, from the message after `after` (0:
 * from the first one the channel kept), and hands every message's payload to `listener` — not only news of
 * a change, as {@link useLiveChanges} does. The realtime client resubscribes from the last message it
 * handed on after a dropped connection, so nothing is missed or handed twice. `null` follows nothing.
 */
export function useChannel(channel: string | null, listener: ChannelListener, after = 0): void {
  const current = useRef(listener);
  useEffect(() => {
    current.current = listener;
  }, [listener]);
  useEffect(() => {
    if (channel === null || typeof WebSocket === 'undefined') return undefined;
    const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    const live = new RealtimeClient({ url: `${scheme}//${window.location.host}/api/realtime`, WebSocket });
    const stop = live.subscribe(
      channel,
      {
        message: (payload, seq) => current.current.message(payload, seq),
        subscribed: (seq, gap) => current.current.subscribed?.(seq, gap),
        refused: (code) => current.current.refused?.(code),
      },
      after,
    );
    return () => {
      stop();
      live.close();
    };
  }, [channel, after]);
}

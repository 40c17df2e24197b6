import { RealtimeClient } from '@pactesur/api-client';
import { useEffect, useRef } from 'react';
import { recordNews, type RecordNews } from './recordNews.ts';

/**
 * Follows a record's live channel (`record:<kind>:<id>`, `GET /api/realtime`) while the page is open and
 * hands each message's news to `onNews`. The server checks the right to read the record; a refused
 * channel simply brings no news. Once the channel is followed (and again after a gap), `onFollowing` lets
 * the page catch up on what was saved between its load and then, which no message will tell it.
 */
export function useLiveChanges(channel: string, onNews: (news: RecordNews) => void, onFollowing?: () => void): void {
  const handler = useRef(onNews);
  const following = useRef(onFollowing);
  useEffect(() => {
    handler.current = onNews;
    following.current = onFollowing;
  }, [onNews, onFollowing]);
  useEffect(() => {
    if (typeof WebSocket === 'undefined') return undefined;
    const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    const live = new RealtimeClient({
      url: `${scheme}//${window.location.host}/api/realtime`,
      WebSocket,
    });
    const stop = live.subscribe(channel, {
      subscribed: () => following.current?.(),
      message: (payload) => {
        const news = recordNews(payload);
        if (news) handler.current(news);
      },
    });
    return () => {
      stop();
      live.close();
    };
  }, [channel]);
}

import { RealtimeClient } from '@pactesur/api-client';
import { useEffect, useRef } from 'react';
import { recordNews, type RecordNews } from './recordNews.ts';

/**
 * Follows a record's live channel (`record:<kind>:<id>`, `GET /api/realtime`) while the page is open and
 * hands each message's news to `onNews`. The server checks the right to read the record; a refused
 * channel simply brings no news.
 */
export function useLiveChanges(channel: string, onNews: (news: RecordNews) => void): void {
  const handler = useRef(onNews);
  useEffect(() => {
    handler.current = onNews;
  }, [onNews]);
  useEffect(() => {
    if (typeof WebSocket === 'undefined') return undefined;
    const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    const live = new RealtimeClient({
      url: `${scheme}//${window.location.host}/api/realtime`,
      WebSocket,
    });
    const stop = live.subscribe(channel, {
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

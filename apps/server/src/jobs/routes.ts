import { FINISHED_STATUSES, JobListQuery, StartJob } from '@pactesur/contracts';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { actorOf, type AppEnv } from '../http/context.ts';
import { jsonBody, queryParams, uuidParam } from '../http/validate.ts';
import type { JobService } from './job-service.ts';

const POLL_MS = 250;
const KEEP_ALIVE_MS = 15_000;

/** `/api/jobs`: start, list, read, cancel, and follow a job live (server-sent events). */
export function jobRoutes(jobs: JobService) {
  return (
    new Hono<AppEnv>()
      .post('/', async (c) => c.json(await jobs.start(actorOf(c), await jsonBody(c, StartJob), null, 'api'), 201))
      .get('/', async (c) => {
        const query = queryParams(c, JobListQuery);
        return c.json(await jobs.list(actorOf(c), { diagnostic: query.diagnostic === 'include' }));
      })
      .get('/:id', async (c) => c.json(await jobs.get(actorOf(c), uuidParam(c, 'id'))))
      .post('/:id/cancel', async (c) => c.json(await jobs.cancel(actorOf(c), uuidParam(c, 'id'))))
      /**
       * `event: job` with the `Job` as JSON each time it changes, the first one at once; the stream ends
       * after the job finishes. The row is polled, so changes made through any server arrive.
       */
      .get('/:id/events', async (c) => {
        const id = uuidParam(c, 'id');
        let job = await jobs.get(actorOf(c), id);
        return streamSSE(
          c,
          async (stream) => {
            let open = true;
            stream.onAbort(() => {
              open = false;
            });
            let sent = '';
            let quietSince = Date.now();
            for (let seq = 0; open;) {
              const data = JSON.stringify(job);
              if (data !== sent) {
                await stream.writeSSE({ event: 'job', data, id: String(seq++) });
                sent = data;
                quietSince = Date.now();
              } else if (Date.now() - quietSince > KEEP_ALIVE_MS) {
                await stream.write(': keep-alive\n\n');
                quietSince = Date.now();
              }
              if (FINISHED_STATUSES.includes(job.status)) break;
              await stream.sleep(POLL_MS);
              // The record the job computes was found (and its read audited) with the first event.
              job = { ...(await jobs.peek(id)), record: job.record };
            }
          },
          async (_error, stream) => {
            // The job vanished or the database failed mid-stream: say so and end; the client may reconnect.
            await stream.writeSSE({ event: 'error', data: JSON.stringify({ code: 'stream_ended' }) });
          },
        );
      })
  );
}

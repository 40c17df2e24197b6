import { FINISHED_STATUSES, JobListQuery, StartJob, type Job } from '@pactesur/contracts';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { actorOf, type AppEnv } from '../http/context.ts';
import { jsonBody, queryParams, uuidParam } from '../http/validate.ts';
import { jobChannel, recordChannel } from '../realtime/channels.ts';
import type { Realtime } from '../realtime/realtime.ts';
import type { JobService } from '../services/job-service.ts';

const KEEP_ALIVE_MS = 15_000;

/** `/api/jobs`: start, list, read, cancel, and follow a job live (server-sent events over its live channel). */
export function jobRoutes(jobs: JobService, realtime: Pick<Realtime, 'subscribe'>) {
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
       * after the job finishes. It follows the job's live channel, so changes made through any server
       * arrive as they are committed. When the reader loses access to the job or to the record it names (a
       * share revoked, on any server), the stream ends at once with `event: revoked`.
       */
      .get('/:id/events', async (c) => {
        const actor = actorOf(c);
        const id = uuidParam(c, 'id');
        // The record the job computes is found (and its read audited) once, with the first event.
        const first = await jobs.get(actor, id);
        return streamSSE(
          c,
          async (stream) => {
            const changes: Job[] = [];
            let wake: (() => void) | null = null;
            let open = true;
            let revoked = false;
            const access = {
              recheck: () => jobs.mayFollow(actor, id, first.record),
              revoked: () => {
                revoked = true;
                open = false;
                wake?.();
              },
            };
            const subscriptions = [
              await realtime.subscribe(
                jobChannel(id),
                null,
                (message) => {
                  changes.push({ ...(message.payload as Job), record: first.record });
                  wake?.();
                },
                access,
              ),
            ];
            // The record's channel carries nothing the stream sends; it is followed to hear when access to the record changes.
            if (first.record) subscriptions.push(await realtime.subscribe(recordChannel(first.record.kind, first.record.id), null, () => undefined, access));
            stream.onAbort(() => {
              open = false;
              wake?.();
            });
            try {
              // Access taken away before the channels were followed is not heard of on them: check once now.
              if (!(await access.recheck())) access.revoked();
              // Read again now that the channel is followed: nothing committed after this read is missed.
              let job: Job = { ...(await jobs.peek(id)), record: first.record };
              let sent = '';
              for (let seq = 0; open; ) {
                const data = JSON.stringify(job);
                if (data !== sent) {
                  await stream.writeSSE({ event: 'job', data, id: String(seq++) });
                  sent = data;
                }
                if (FINISHED_STATUSES.includes(job.status)) break;
                const next = changes.shift() ?? (await nextChange());
                if (next) job = next;
                else if (open) await stream.write(': keep-alive\n\n');
              }
              if (revoked) await stream.writeSSE({ event: 'revoked', data: '{}' });
            } finally {
              for (const subscription of subscriptions) subscription.close();
            }

            /** The next change, or null after KEEP_ALIVE_MS of quiet (or when the client went). */
            function nextChange(): Promise<Job | null> {
              return new Promise((resolve) => {
                const timer = setTimeout(() => {
                  wake = null;
                  resolve(null);
                }, KEEP_ALIVE_MS);
                wake = () => {
                  clearTimeout(timer);
                  wake = null;
                  resolve(changes.shift() ?? null);
                };
              });
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

import { ReportCategory, type ReportStatus } from '@pactesur/contracts';
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from '../../errors/app-error.ts';
import type { AppEnv } from '../../http/context.ts';
import type { Logger } from '../../logger.ts';
import { acceptedLanguage } from './category-texts.ts';
import type { CitizensServices } from './citizens-services.ts';
import { jsonFields, Open311Error, type Fields, type Open311Problem } from './open311-input.ts';
import { errorsAnswer, receiptAnswer, requestsAnswer, serviceDefinitionAnswer, servicesAnswer, tokenAnswer, type Open311Answer } from './open311-output.ts';
import { xmlDocument } from './open311-xml.ts';

type Format = 'json' | 'xml';

const notFound = (description: string) => new Open311Error([{ code: 404, description }]);
const bad = (description: string) => new Open311Error([{ code: 400, description }]);

/** `services.xml` → `['services', 'xml']`; a format other than JSON or XML is not found. */
function fileOf(file: string): [string, Format] {
  const dot = file.lastIndexOf('.');
  const format = dot < 0 ? '' : file.slice(dot + 1);
  if (format !== 'json' && format !== 'xml') throw notFound(`Unknown format ${JSON.stringify(format.slice(0, 16))}: ask for .json or .xml.`);
  return [file.slice(0, dot), format];
}

function send(c: Context<AppEnv>, format: Format, answer: Open311Answer, status: ContentfulStatusCode = 200): Response {
  if (format === 'json') return c.json(answer.json, status);
  return c.body(xmlDocument(answer.xml), status, { 'content-type': 'text/xml; charset=utf-8' });
}

/** A comma-separated filter: its values, trimmed, or undefined when not given. */
const commaList = (value: string | undefined): string[] | undefined =>
  value === undefined || value.trim() === '' ? undefined : value.split(',', 201).map((v) => v.trim()).filter((v) => v !== '').slice(0, 200);

const W3C_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function dateOf(name: string, value: string | undefined): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const at = W3C_DATE.test(value) ? new Date(value) : null;
  if (!at || Number.isNaN(at.getTime())) throw bad(`${name} is a W3C date-time with its time zone, e.g. 2027-03-10T08:00:00Z.`);
  return at;
}

/** The body read by `read`; one past the body limit is `payload_too_large`, one unreadable the spec's 400. */
async function readBody<T>(read: () => Promise<T>, unreadable: string): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof Error && error.name === 'BodyLimitError') throw new AppError('payload_too_large');
    throw bad(unreadable);
  }
}

/** The fields of a `POST requests`: form-encoded (as the spec sends them), multipart, or a JSON object. */
async function postedFields(c: Context<AppEnv>): Promise<Fields> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/x-www-form-urlencoded') return [...new URLSearchParams(await readBody(() => c.req.text(), 'The body cannot be read.'))];
  if (type === 'multipart/form-data') {
    const form = await readBody(() => c.req.formData(), 'The multipart body cannot be read.');
    const fields: [string, string][] = [];
    for (const [k, v] of form) {
      if (typeof v !== 'string') throw bad('Media are given as media_url, not sent as files.');
      fields.push([k, v]);
    }
    return fields;
  }
  if (type === 'application/json') {
    const fields = jsonFields(await readBody<unknown>(() => c.req.json(), 'The body is not valid JSON.'));
    if ('code' in fields) throw new Open311Error([fields]);
    return fields;
  }
  throw bad('Send the fields form-encoded (application/x-www-form-urlencoded), as multipart/form-data or as a JSON object.');
}

/**
 * Open311 GeoReport v2 at `/open311/v2`: `services`, `services/{code}`, `requests` (GET and POST),
 * `requests/{id}` and `tokens/{token}`, each `.json` or `.xml`, named in the language of `Accept-Language`.
 * No session is read here. GET answers may be read by any site (`Access-Control-Allow-Origin: *`): they are
 * public and carry no credentials; a POST is sent from a client's server or app, with its key.
 */
export function open311Routes(s: CitizensServices): Hono<AppEnv> {
  const lang = (c: Context<AppEnv>) => acceptedLanguage(c.req.header('accept-language'));
  return new Hono<AppEnv>()
    .use(async (c, next) => {
      await next();
      c.header('vary', 'Accept-Language');
      c.header('cache-control', 'no-store');
      if (c.req.method === 'GET') c.header('access-control-allow-origin', '*');
    })
    .get('/:file', async (c) => {
      const [name, format] = fileOf(c.req.param('file'));
      if (name === 'services') return send(c, format, servicesAnswer(lang(c)));
      if (name !== 'requests') throw notFound(`No resource ${JSON.stringify(name.slice(0, 40))}.`);
      const q = c.req.query();
      const codes = commaList(q.service_code);
      const unknown = codes?.find((code) => !ReportCategory.safeParse(code).success);
      if (unknown !== undefined) throw notFound(`service_code ${JSON.stringify(unknown.slice(0, 64))} was not found.`);
      const statuses = commaList(q.status);
      if (statuses?.some((v) => v !== 'open' && v !== 'closed')) throw bad('status is open or closed (comma-separated).');
      const reports = await s.public.search({
        requestIds: commaList(q.service_request_id),
        categories: codes as ReportCategory[] | undefined,
        statuses: statuses as ReportStatus[] | undefined,
        from: dateOf('start_date', q.start_date),
        to: dateOf('end_date', q.end_date),
      });
      return send(c, format, requestsAnswer(reports, lang(c), s.publicUrl));
    })
    .post('/:file', async (c) => {
      const [name, format] = fileOf(c.req.param('file'));
      if (name !== 'requests') throw notFound(`No resource ${JSON.stringify(name.slice(0, 40))} to post to.`);
      const receipt = await s.open311.post(await postedFields(c), lang(c));
      return send(c, format, receiptAnswer(receipt), 201);
    })
    .get('/services/:file', (c) => {
      const [code, format] = fileOf(c.req.param('file'));
      const category = ReportCategory.safeParse(code);
      if (!category.success) throw notFound(`service_code ${JSON.stringify(code.slice(0, 64))} was not found.`);
      return send(c, format, serviceDefinitionAnswer(category.data));
    })
    .get('/requests/:file', async (c) => {
      const [id, format] = fileOf(c.req.param('file'));
      return send(c, format, requestsAnswer([await s.public.byRequestId(id)], lang(c), s.publicUrl));
    })
    .get('/tokens/:file', async (c) => {
      const [token, format] = fileOf(c.req.param('file'));
      return send(c, format, tokenAnswer(await s.public.requestIdOfToken(token), token));
    })
    .all('*', () => {
      throw notFound('No such Open311 resource.');
    });
}

/**
 * Every error on the Open311 routes as the spec's list, in the format the address asks (JSON unless it ends
 * in `.xml`), with its status: Open311's own, a use case's (`AppError`), or 500 for the unexpected (logged).
 */
export function open311ErrorAnswer(error: unknown, c: Context<AppEnv>, logger: Logger): Response {
  const format: Format = /\.xml$/i.test(c.req.path) ? 'xml' : 'json';
  let problems: readonly Open311Problem[];
  if (error instanceof Open311Error) problems = error.problems;
  else if (error instanceof AppError) {
    const details = Array.isArray(error.details) ? (error.details as { path?: string; message?: string }[]) : [];
    const said = details.filter((d) => d.message && d.message !== error.message).map((d) => `${d.path ?? ''}: ${d.message ?? ''}`);
    problems = [{ code: error.status as Open311Problem['code'], description: [error.message, ...said].join(' ') }];
  } else {
    logger.error({ err: error, path: c.req.path, method: c.req.method }, 'unhandled error');
    problems = [{ code: 500, description: 'Something went wrong on the server.' }];
  }
  return send(c, format, errorsAnswer(problems), problems[0]?.code ?? 500);
}

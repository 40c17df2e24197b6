import { MAX_ATTACHMENT_BYTES, MAX_PHOTO_BYTES } from '@pactesur/contracts';
import type { Context } from 'hono';
import { AppError } from '../errors/app-error.ts';
import { attachmentDisposition } from './content-disposition.ts';
import type { AppEnv } from './context.ts';
import { readBody } from './read-body.ts';

/** The routes that take a photo as their body: read by the route within `MAX_PHOTO_BYTES`, not as JSON. */
const PHOTO_UPLOADS = [/^\/api\/assessments\/[^/]+\/photos$/, /^\/api\/exercises\/[^/]+\/observations\/[^/]+\/photo$/, /^\/api\/citizens\/reports\/photo$/];

export const isPhotoUpload = (path: string): boolean => PHOTO_UPLOADS.some((p) => p.test(path));

/** The routes that take a document (a PDF or a photo) as their body, within `MAX_ATTACHMENT_BYTES`. */
export const isDocumentUpload = (path: string): boolean => /^\/api\/practices\/[^/]+\/attachments$/.test(path);

/** A document sent as the request's body: a PDF or an image, told from its bytes by the service. */
export async function readDocumentBody(c: Context<AppEnv>): Promise<Uint8Array> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (![...PHOTO_TYPES, 'application/pdf'].includes(type)) throw new AppError('unsupported_media_type', 'Send the document as application/pdf, image/jpeg or image/png.');
  return readBody(c.req.raw.body, MAX_ATTACHMENT_BYTES);
}

/** What a photo may be sent as; what it is, is told from its bytes (`photoTypeOf`). */
const PHOTO_TYPES = ['image/jpeg', 'image/png', 'application/octet-stream'];

/** A photo sent as the request's body: refused unless sent as an image, and beyond `MAX_PHOTO_BYTES`. */
export async function readPhotoBody(c: Context<AppEnv>): Promise<Uint8Array> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!PHOTO_TYPES.includes(type)) throw new AppError('unsupported_media_type', 'Send the photo as image/jpeg or image/png.');
  return readBody(c.req.raw.body, MAX_PHOTO_BYTES);
}

/** A stored photo as a service hands it to its route (`PhotoFile` of the services). */
interface StoredPhoto {
  readonly bytes: Uint8Array;
  readonly contentType: string;
  readonly filename: string;
}

const EXTENSIONS: Readonly<Record<string, string>> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'application/pdf': 'pdf' };

/** A stored photo or document, shown inline under its own name and never cached (it may belong to a sensitive record). */
export function photoResponse(c: Context<AppEnv>, photo: StoredPhoto): Response {
  return c.body(new Uint8Array(photo.bytes), 200, {
    'content-type': photo.contentType,
    'content-disposition': attachmentDisposition(
      photo.filename.replace(/\.[A-Za-z0-9]+$/, ''),
      EXTENSIONS[photo.contentType] ?? 'bin',
      photo.contentType === 'application/pdf' ? 'document' : 'photo',
    ).replace(/^attachment/, 'inline'),
    'cache-control': 'private, no-store',
  });
}

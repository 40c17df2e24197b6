import type { AttachmentType } from '@pactesur/contracts';
import { AppError } from '../../errors/app-error.ts';
import { keptPhoto, photoTypeOf } from '../../files/photo-metadata.ts';

/**
 * What an uploaded document is, from its bytes alone (never its name or declared type): a PDF as it is, a
 * JPEG or PNG photo without its location metadata. Anything else is `unsupported_media_type`; a photo that
 * cannot be read, `photo_unreadable`.
 */
export function documentOf(bytes: Uint8Array): { bytes: Uint8Array; type: AttachmentType } {
  if (bytes.length >= 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-') return { bytes, type: 'application/pdf' };
  if (photoTypeOf(bytes)) return keptPhoto(bytes, false);
  throw new AppError('unsupported_media_type', 'Attach a PDF document, or a JPEG or PNG photo.');
}

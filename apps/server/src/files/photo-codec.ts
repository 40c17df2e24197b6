// Decoding uploaded photos into pixels and encoding pixels into a fresh JPEG, with sharp (libvips). It
// decodes a 12-megapixel JPEG in about 80 ms and encodes it in about 130 ms on the libuv thread pool, where a
// pure JavaScript codec takes 2.5 s on the thread that serves HTTP; it also reads the header alone (so a
// photo claiming too many pixels is refused before any of them is decoded), turns a photo upright by its
// Exif orientation, and writes no metadata unless asked to. Loaded on first use: the server starts without it.
import type Sharp from 'sharp';
import { AppError } from '../errors/app-error.ts';
import { photoTypeOf } from './photo-metadata.ts';
import type { PixelBox, RgbImage } from './pixel-blur.ts';

/**
 * The most pixels a photo may have: 40 megapixels (a 12 MP phone photo is 12, a high-end camera's 45 to
 * 60). Decoded, it is 120 MB of RGB; a photo claiming more is refused from its header.
 */
export const MAX_PHOTO_PIXELS = 40_000_000;
/** The longest a decode or an encode may take before it is abandoned (a photo within the limit takes < 1 s). */
const CODEC_TIMEOUT_SECONDS = 20;
/** JPEG quality of what is written: high, so what is not blurred keeps its detail. */
const JPEG_QUALITY = 90;

let loaded: Promise<typeof Sharp> | undefined;

/** sharp, loaded once; its cache of decoded images is off (each photo is read once, and memory stays bounded). */
function sharp(): Promise<typeof Sharp> {
  loaded ??= import('sharp').then(({ default: s }) => {
    s.cache(false);
    return s;
  });
  return loaded;
}

/**
 * The most chunks (PNG) or segments before the first scan (JPEG) a photo may have. Encoders write tens of
 * them (a 12 MB PNG cut into chunks of 8 KB has 1 500); a file of a million empty ones is built to make the
 * decoder walk them all (seconds of libvips' time), and is refused after a walk of a few milliseconds.
 */
const MAX_PARTS = 50_000;

/** A refusal of the bytes sent as a photo; `reason` is a clause without a final stop. */
function unreadable(reason: string): AppError {
  return new AppError('validation_failed', `The photo could not be read: ${reason}.`);
}

/** The first line of a codec's error, as a clause (libvips' messages end with a newline and sometimes a stop). */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').replace(/[.\s]+$/, '') || 'its data is damaged';
}

/**
 * The pixels of a JPEG or PNG photo, upright (its Exif orientation applied), in sRGB, transparency laid on
 * white. Throws `validation_failed` for anything else: bytes that are not a JPEG or PNG, a photo of more than
 * {@link MAX_PHOTO_PIXELS}, a damaged or cut-off file (libvips' warnings count as failures).
 */
export async function decodePhoto(bytes: Uint8Array): Promise<RgbImage> {
  const type = photoTypeOf(bytes);
  if (type === null) throw unreadable('it is neither a JPEG nor a PNG image');
  const parts = type === 'image/png' ? pngChunks(bytes) : jpegHeaderSegments(bytes);
  if (parts > MAX_PARTS) throw unreadable(`it is made of more than ${MAX_PARTS} ${type === 'image/png' ? 'chunks' : 'segments'}, which no photo is`);
  const s = await sharp();
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = await s(input, { limitInputPixels: false, failOn: 'warning' })
    .metadata()
    .catch((error: unknown) => {
      throw unreadable(reasonOf(error));
    });
  if (header.format !== 'jpeg' && header.format !== 'png') throw unreadable('it is neither a JPEG nor a PNG image');
  const { width, height } = header;
  if (!(width > 0 && height > 0)) throw unreadable('it has no size');
  if (width * height > MAX_PHOTO_PIXELS) {
    throw unreadable(`it has ${width} × ${height} pixels, more than the ${MAX_PHOTO_PIXELS / 1e6} million accepted`);
  }
  try {
    const { data, info } = await s(input, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'warning', sequentialRead: true, autoOrient: true })
      .timeout({ seconds: CODEC_TIMEOUT_SECONDS })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new Error(`decoded into ${info.channels} channels`);
    return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
  } catch (error) {
    throw unreadable(reasonOf(error));
  }
}

/**
 * How many chunks a PNG has, counted by their lengths up to IEND or the end of the bytes, stopping beyond
 * {@link MAX_PARTS}; a damaged chunk ends the count (the decoder then says what is wrong).
 */
function pngChunks(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  for (let at = 8; at + 12 <= bytes.length && count <= MAX_PARTS; count++) {
    if (view.getUint32(at + 4) === 0x49454e44) return count + 1; // IEND
    at += 12 + view.getUint32(at);
  }
  return count;
}

/**
 * How many segments a JPEG has before its first scan (or its end), stopping beyond {@link MAX_PARTS};
 * bytes that are not a segment end the count (the decoder then says what is wrong).
 */
function jpegHeaderSegments(bytes: Uint8Array): number {
  let count = 0;
  for (let at = 2; at + 4 <= bytes.length && bytes[at] === 0xff && count <= MAX_PARTS; count++) {
    let m = at + 1;
    while (m < bytes.length && bytes[m] === 0xff) m++; // fill bytes
    const marker = bytes[m];
    if (marker === undefined || marker === 0xda || marker === 0xd9) return count; // SOS, EOI
    const standalone = marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
    at = standalone ? m + 1 : m + 1 + (((bytes[m + 1] ?? 0) << 8) | (bytes[m + 2] ?? 0));
  }
  return count;
}

/** The image as a freshly encoded baseline JPEG: no Exif, XMP, ICC profile, IPTC or comment, only JFIF. */
export async function encodeJpeg(image: RgbImage): Promise<Uint8Array> {
  const s = await sharp();
  const out = await s(pixelsOf(image), { raw: { width: image.width, height: image.height, channels: 3 } })
    .timeout({ seconds: CODEC_TIMEOUT_SECONDS })
    .jpeg({ quality: JPEG_QUALITY })
    .toBuffer();
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** The image scaled down to fit `maxSide` × `maxSide` (itself when it already fits). */
export async function downscaled(image: RgbImage, maxSide: number): Promise<RgbImage> {
  if (image.width <= maxSide && image.height <= maxSide) return image;
  const s = await sharp();
  const { data, info } = await s(pixelsOf(image), { raw: { width: image.width, height: image.height, channels: 3 } })
    .resize(maxSide, maxSide, { fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
}

/**
 * The box of the image (the whole image when `box` is null) resampled to exactly `width` × `height` with
 * linear interpolation: scaled down, each pixel is about the mean of those it covers; scaled up, it varies
 * smoothly between them.
 */
export async function resampled(image: RgbImage, box: PixelBox | null, width: number, height: number): Promise<RgbImage> {
  const s = await sharp();
  let pipeline = s(pixelsOf(image), { raw: { width: image.width, height: image.height, channels: 3 } });
  if (box !== null) pipeline = pipeline.extract({ left: box.x0, top: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0 });
  const { data, info } = await pipeline.resize(width, height, { fit: 'fill', kernel: 'linear' }).raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
}

/** The image's pixels as the Buffer sharp reads, without copying them. */
function pixelsOf(image: RgbImage): Buffer {
  return Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength);
}

// Faces in uploaded photos, blurred on the server before anyone else sees the photo (a citizen's report
// published with its photo shows passers-by who never agreed to it), and rectangles blurred by hand on top.
// The photo is decoded (photo-codec.ts), its faces found (face-detector.ts) and blurred in its pixels
// (region-blur.ts, pixel-blur.ts), and written anew as a JPEG: nothing of the original file's metadata (Exif with its GPS
// position, XMP, ICC profile, IPTC, comments) can survive into it.
//
// One photo at a time per process: a 40-megapixel photo takes 120 MB decoded, and the detector one core;
// calls made meanwhile wait their turn. A 12-megapixel photo takes about 2 s, nearly all of it the
// detector's five looks in its own thread, and the first one a few seconds more while the detector loads
// (bench/face-blur.ts); the thread calling holds its event loop only to copy pixels.
import { BlurRegion } from '@pactesur/contracts';
import { AppError } from '../errors/app-error.ts';
import type { FaceBox } from './face-boxes.ts';
import { detectFaces } from './face-detector.ts';
import { decodePhoto, encodeJpeg } from './photo-codec.ts';
import type { PixelBox } from './pixel-blur.ts';
import { obscure } from './region-blur.ts';

/** A photo with its faces blurred: a freshly encoded JPEG without any metadata. */
export interface BlurredPhoto {
  readonly bytes: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** The faces found and blurred. */
  readonly faces: number;
}

/**
 * The margin blurred around a face's box, as a fraction of its width (each side) and height (above and
 * below): the detector's box runs from brow to chin and cheek to cheek; hair, ears and jaw are beyond it.
 */
export const FACE_MARGIN = 0.25;

const BlurRegions = BlurRegion.array();

let lane: Promise<unknown> = Promise.resolve();

/** Runs `work` after the photos already under way: one photo at a time in this process. */
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = lane.then(work, work);
  lane = run.catch(() => undefined);
  return run;
}

/** The face's box with {@link FACE_MARGIN} around it. */
function withMargin(face: FaceBox): PixelBox {
  const dx = face.width * FACE_MARGIN;
  const dy = face.height * FACE_MARGIN;
  return { x0: face.x - dx, y0: face.y - dy, x1: face.x + face.width + dx, y1: face.y + face.height + dy };
}

/** Decodes a JPEG or PNG, blurs every face found, returns a JPEG without any metadata. Throws AppError('validation_failed') for bytes that are not a decodable JPEG/PNG. */
export function blurFaces(input: Uint8Array): Promise<BlurredPhoto> {
  return oneAtATime(async () => {
    const image = await decodePhoto(input);
    const faces = await detectFaces(image);
    for (const face of faces) await obscure(image, withMargin(face));
    return { bytes: await encodeJpeg(image), width: image.width, height: image.height, faces: faces.length };
  });
}

/**
 * Blurs the given regions (fractions of width/height) of a JPEG; returns a JPEG without metadata. Each
 * region covers the pixels it touches, cut at the photo's edges, blurred as a face is; a PNG is read too.
 * A region costs a pass of libvips over its pixels (a whole 40-megapixel photo: about 1.5 s). Throws
 * AppError('validation_failed') for bytes that are not a decodable JPEG/PNG and for regions that are not
 * fractions of the photo.
 */
export function blurRegions(jpeg: Uint8Array, regions: readonly BlurRegion[]): Promise<Uint8Array> {
  const checked = BlurRegions.safeParse(regions);
  if (!checked.success) return Promise.reject(new AppError('validation_failed', 'A region to blur must be given in fractions of the photo, from 0 to 1.'));
  return oneAtATime(async () => {
    const image = await decodePhoto(jpeg);
    for (const r of checked.data) {
      await obscure(image, { x0: r.x * image.width, y0: r.y * image.height, x1: (r.x + r.width) * image.width, y1: (r.y + r.height) * image.height });
    }
    return encodeJpeg(image);
  });
}

// Blurring a rectangle of a photo beyond recognition (pixel-blur.ts says how), with the heavy pixel work in
// libvips on the libuv thread pool: the rectangle is scaled down to its blocks' mean colours, those are
// softened small, and the result is scaled up over the rectangle. The thread that serves HTTP only copies
// the rows back, so a rectangle as large as a 40-megapixel photo costs it a few milliseconds.
import { resampled } from './photo-codec.ts';
import { blockGrid, clampBox, paste, soften, type PixelBox, type RgbImage } from './pixel-blur.ts';

/**
 * Blurs the rectangle of the image in place, cut at the image's edges and rounded outwards to the pixels it
 * touches. Pixels outside it are not touched.
 */
export async function obscure(image: RgbImage, box: PixelBox): Promise<void> {
  const inside = clampBox(image, box);
  if (inside === null) return;
  const width = inside.x1 - inside.x0;
  const height = inside.y1 - inside.y0;
  const { columns, rows } = blockGrid(width, height);
  const blocks = await resampled(image, inside, columns, rows);
  paste(image, await resampled(soften(blocks), null, width, height), inside);
}

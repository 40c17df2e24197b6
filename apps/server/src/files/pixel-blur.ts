// Blurring a rectangle of a decoded photo so that what it shows cannot be recognised: the rectangle is
// pixelated into 8 blocks across its longer side, and the blocks are blurred into each other so they leave
// no sharp edge to read. What is left depends only on the blocks' mean colours, so it is computed small (8
// pixels a block) and scaled up to the rectangle (region-blur.ts does the scaling, in libvips): the cost
// here is the same for a face of 50 pixels and for a whole 40-megapixel photo. Pure: pixels in memory only.

/** A decoded photo: 8-bit RGB, row by row, three bytes a pixel, no padding. */
export interface RgbImage {
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** A rectangle of pixels: columns `x0` to `x1` and rows `y0` to `y1`, ends excluded. */
export interface PixelBox {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/**
 * Blocks across the longer side of a blurred rectangle: 8, so a block is an eighth of the rectangle (a face
 * with its margin in 8 × 8 blocks: its eyes, nose and mouth each fall within one or two).
 */
export const BLOCKS_ACROSS = 8;
/** Pixels a block in the small blurred image ({@link soften}). */
export const BLOCK_PIXELS = 8;
/** The box blur after the pixelation: its radius in blocks, and how many times it runs across and down. */
const BLUR_RADIUS_IN_BLOCKS = 1.5;
const BLUR_PASSES = 2;
/** How far from a whole pixel an edge may be and still count as on it (fractions times sizes round off). */
const EDGE_TOLERANCE = 1e-6;

/**
 * The box clamped to the image and rounded outwards to the pixels it touches; null when nothing of it is
 * inside. An edge within {@link EDGE_TOLERANCE} of a whole pixel is taken as on it.
 */
export function clampBox(image: Pick<RgbImage, 'width' | 'height'>, box: PixelBox): PixelBox | null {
  const x0 = Math.max(0, Math.floor(box.x0 + EDGE_TOLERANCE));
  const y0 = Math.max(0, Math.floor(box.y0 + EDGE_TOLERANCE));
  const x1 = Math.min(image.width, Math.ceil(box.x1 - EDGE_TOLERANCE));
  const y1 = Math.min(image.height, Math.ceil(box.y1 - EDGE_TOLERANCE));
  return x1 > x0 && y1 > y0 ? { x0, y0, x1, y1 } : null;
}

/**
 * The blocks a rectangle of `width` × `height` pixels is cut into: {@link BLOCKS_ACROSS} along its longer
 * side, as many of the same size (at least 2 pixels) along the other, and at least one each way.
 */
export function blockGrid(width: number, height: number): { columns: number; rows: number } {
  const block = Math.max(2, Math.max(width, height) / BLOCKS_ACROSS);
  return { columns: Math.max(1, Math.round(width / block)), rows: Math.max(1, Math.round(height / block)) };
}

/**
 * The blocks (one pixel each, their mean colour) drawn {@link BLOCK_PIXELS} pixels a block and box-blurred
 * twice across and down with a radius of one and a half blocks, the edge pixels repeated beyond the edges
 * (close to a Gaussian blur three blocks wide): a few soft patches of colour.
 */
export function soften(blocks: RgbImage): RgbImage {
  const width = blocks.width * BLOCK_PIXELS;
  const height = blocks.height * BLOCK_PIXELS;
  const data = new Uint8Array(3 * width * height);
  for (let y = 0; y < height; y++) {
    const from = Math.floor(y / BLOCK_PIXELS) * blocks.width;
    for (let x = 0; x < width; x++) data.set(blocks.data.subarray(3 * (from + Math.floor(x / BLOCK_PIXELS)), 3 * (from + Math.floor(x / BLOCK_PIXELS)) + 3), 3 * (y * width + x));
  }
  const image = { data, width, height };
  const radius = Math.ceil(BLUR_RADIUS_IN_BLOCKS * BLOCK_PIXELS);
  for (let pass = 0; pass < BLUR_PASSES; pass++) {
    boxBlur(image, radius, { lines: height, lineStride: 3 * width, length: width, step: 3 }); // across
    boxBlur(image, radius, { lines: width, lineStride: 3, length: height, step: 3 * width }); // down
  }
  return image;
}

/** Copies `patch` (of the box's size) over the box of the image, row by row; nothing outside the box changes. */
export function paste(image: RgbImage, patch: RgbImage, box: PixelBox): void {
  const width = box.x1 - box.x0;
  if (patch.width !== width || patch.height !== box.y1 - box.y0) throw new Error(`a ${patch.width} × ${patch.height} patch for a ${width} × ${box.y1 - box.y0} box`);
  for (let y = box.y0; y < box.y1; y++) {
    const row = 3 * (y - box.y0) * width;
    image.data.set(patch.data.subarray(row, row + 3 * width), 3 * (y * image.width + box.x0));
  }
}

/** A copy of the box of the image (a box inside it, in whole pixels). */
export function crop(image: RgbImage, box: PixelBox): RgbImage {
  const width = box.x1 - box.x0;
  const height = box.y1 - box.y0;
  const data = new Uint8Array(3 * width * height);
  for (let y = 0; y < height; y++) data.set(image.data.subarray(3 * ((box.y0 + y) * image.width + box.x0), 3 * ((box.y0 + y) * image.width + box.x1)), 3 * y * width);
  return { data, width, height };
}

/** Lines of an image: `lines` lines `lineStride` bytes apart, each of `length` pixels `step` bytes apart. */
interface Lines {
  readonly lines: number;
  readonly lineStride: number;
  readonly length: number;
  readonly step: number;
}

/**
 * One pass of a box blur along the lines of the image. A running sum makes it linear in the area whatever
 * the radius; positions beyond a line's ends read its end pixels.
 */
function boxBlur(image: RgbImage, radius: number, { lines, lineStride, length, step }: Lines): void {
  const { data } = image;
  const line = new Uint8Array(3 * length);
  const window = 2 * radius + 1;
  const last = length - 1;
  for (let l = 0; l < lines; l++) {
    const start = l * lineStride;
    for (let k = 0, i = start; k < length; k++, i += step) {
      line[3 * k] = data[i] as number;
      line[3 * k + 1] = data[i + 1] as number;
      line[3 * k + 2] = data[i + 2] as number;
    }
    for (let c = 0; c < 3; c++) {
      let sum = 0;
      for (let k = -radius; k <= radius; k++) sum += line[3 * (k < 0 ? 0 : k > last ? last : k) + c] as number;
      for (let k = 0, i = start + c; k < length; k++, i += step) {
        data[i] = Math.round(sum / window);
        const enter = k + radius + 1;
        const leave = k - radius;
        sum += (line[3 * (enter > last ? last : enter) + c] as number) - (line[3 * (leave < 0 ? 0 : leave) + c] as number);
      }
    }
  }
}

// Where the face detector looks, and what is kept of what it finds. The detector sees everything at
// 512 × 512: on a whole street photo a passer-by's face is a few pixels there, below what it can find. So it
// looks at the whole photo, then at four overlapping quarters of its 1024-pixel copy (each seen at about
// twice the scale), and the boxes of a face found more than once are joined. Pure: numbers in, numbers out.

/** A face found: its box in pixels of the photo looked at, and the detector's confidence (0–1). */
export interface FaceBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly score: number;
}

/** A part of an image to look at, in its pixels. */
export interface Tile {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The side of the square the detector scales what it is given to. */
export const MODEL_SIDE = 512;
/**
 * The side of a quarter as a fraction of the image's: 0.6, so neighbouring quarters overlap by a fifth of
 * the image and a face up to that size is whole in one of them (a larger one is found on the whole image).
 */
const QUARTER = 0.6;
/** Two boxes overlapping more than this (intersection over union) are the same face. */
const SAME_FACE_IOU = 0.3;
/** A box lying this much (of its area) inside another is the same face, or a part of it cut by a quarter's edge. */
const SAME_FACE_INSIDE = 0.6;
/**
 * The largest a face found in a quarter may be, as a fraction of the quarter's width and height: a larger
 * face is found on the whole image, and a box that large in a quarter is the detector taking a body or a
 * piece of clothing for a face (it does, at low confidence, when a quarter shows little else).
 */
const LARGEST_IN_QUARTER = 0.5;

/**
 * The parts of a `width` × `height` image to look at: the whole, and, when it is larger than the detector
 * sees, its four overlapping quarters (top left, top right, bottom left, bottom right).
 */
export function tilesOf(width: number, height: number): Tile[] {
  const whole = { x: 0, y: 0, width, height };
  if (Math.max(width, height) <= MODEL_SIDE) return [whole];
  const w = Math.ceil(QUARTER * width);
  const h = Math.ceil(QUARTER * height);
  const quarters = [0, height - h].flatMap((y) => [0, width - w].map((x) => ({ x, y, width: w, height: h })));
  return [whole, ...quarters];
}

const area = (b: FaceBox) => b.width * b.height;

function intersection(a: FaceBox, b: FaceBox): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The boxes found in a tile, in the pixels of the image it is part of; in a quarter (any tile but the whole
 * image), boxes larger than {@link LARGEST_IN_QUARTER} of it are dropped.
 */
export function facesInImage(faces: readonly FaceBox[], tile: Tile, whole: boolean): FaceBox[] {
  return faces
    .filter((f) => whole || (f.width <= LARGEST_IN_QUARTER * tile.width && f.height <= LARGEST_IN_QUARTER * tile.height))
    .map((f) => ({ ...f, x: f.x + tile.x, y: f.y + tile.y }));
}

/** Whether two boxes are one face: they overlap by more than {@link SAME_FACE_IOU}, or one lies mostly inside the other. */
function sameFace(a: FaceBox, b: FaceBox): boolean {
  const common = intersection(a, b);
  return common > SAME_FACE_IOU * (area(a) + area(b) - common) || common > SAME_FACE_INSIDE * Math.min(area(a), area(b));
}

/**
 * The faces among boxes found on overlapping parts (in the same pixels): by falling score, a box of a face
 * already kept widens that face's box to hold both (blurring a little more rather than leaving a cut-off
 * part sharp), with the better score; any other box is a face of its own.
 */
export function mergeFaces(boxes: readonly FaceBox[]): FaceBox[] {
  const kept: FaceBox[] = [];
  for (const box of [...boxes].sort((a, b) => b.score - a.score)) {
    const same = kept.findIndex((k) => sameFace(k, box));
    const k = kept[same];
    if (k === undefined) {
      kept.push(box);
      continue;
    }
    const x = Math.min(k.x, box.x);
    const y = Math.min(k.y, box.y);
    kept[same] = { x, y, width: Math.max(k.x + k.width, box.x + box.width) - x, height: Math.max(k.y + k.height, box.y + box.height) - y, score: k.score };
  }
  return kept;
}

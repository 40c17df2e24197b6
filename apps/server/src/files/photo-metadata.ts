// Location metadata in uploaded photos. An assessment's photos show a place to be protected; a GPS position
// in them tells anyone who gets a copy where that place is, so it is removed on upload unless the user keeps
// it on purpose. The bytes come from outside: every length is checked against the end, every walk moves
// forward, and nothing is read twice, so hostile files end in an answer, in linear time.
import { inflateSync } from 'node:zlib';
import { AppError } from '../errors/app-error.ts';

export type PhotoType = 'image/jpeg' | 'image/png';

/** The photo without its location; or why it cannot be read, as a clause without a final stop. */
export type RemoveLocationResult =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly type: PhotoType; readonly removed: number }
  | { readonly ok: false; readonly code: 'photo_unreadable'; readonly reason: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
/** PNG's own limit on a chunk's length (2^31 − 1). */
const PNG_MAX_CHUNK = 0x7fffffff;
/** The most a compressed PNG text chunk may inflate to when looking for a location in it. */
const MAX_INFLATED_TEXT = 4 * 1024 * 1024;

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
/** APP1 identifiers. Exif is matched on "Exif\0" alone: some writers end it with 0xFF instead of a second NUL. */
const EXIF_ID = ascii('Exif\0');
const XMP_ID = ascii('http://ns.adobe.com/xap/1.0/\0');
/** Extended XMP: the rest of an XMP packet too large for one segment, which may hold its GPS fields. */
const XMP_EXTENSION_ID = ascii('http://ns.adobe.com/xmp/extension/\0');
/** XMP names that place a photo: the exif namespace's GPS fields, whatever prefix the packet gives it. */
const XMP_GPS_NAMES = ['exif:GPS', 'GPSLatitude', 'GPSLongitude'].map((name) => Buffer.from(name, 'latin1'));
/** The Exif tag of IFD0 that points at the GPS IFD. */
const GPS_IFD_POINTER = 0x8825;

/**
 * PNG text chunks dropped by keyword: XMP, and ImageMagick's raw profiles (Exif, APP1, XMP, and IPTC or
 * Photoshop resources, which name the city and the place as JPEG's APP13 does).
 */
const PNG_LOCATION_KEYWORDS = new Set([
  'XML:com.adobe.xmp',
  'Raw profile type exif',
  'Raw profile type APP1',
  'Raw profile type xmp',
  'Raw profile type iptc',
  'Raw profile type 8bim',
]);

/** The type of a photo from its first bytes (never from the header the client sent), or null. */
export function photoTypeOf(bytes: Uint8Array): PhotoType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (startsWith(bytes, 0, PNG_SIGNATURE)) return 'image/png';
  return null;
}

/**
 * The photo without its location metadata. JPEG: APP1 segments holding Exif or XMP (extended XMP too) and
 * APP13 (Photoshop resources, which may hold IPTC location) are dropped, and so is anything after the image's
 * end marker (a second image of a multi-picture file, or a motion photo's video, each with its own location).
 * PNG: eXIf chunks, the text chunks of {@link PNG_LOCATION_KEYWORDS}, and anything after IEND are dropped.
 * Everything else is copied byte for byte: the image data is untouched, and CRCs of kept chunks are not
 * checked. `removed` counts the segments, chunks and trailers dropped.
 */
export function removeLocation(bytes: Uint8Array): RemoveLocationResult {
  const type = photoTypeOf(bytes);
  if (type === null) return unreadable('the file is neither a JPEG nor a PNG image');
  const kept = new Ranges();
  let removed = 0;
  const sink: Sink = {
    look: false,
    part: (start, end, drop) => {
      if (drop) removed++;
      else kept.add(start, end);
    },
  };
  const walk = type === 'image/jpeg' ? walkJpeg(bytes, 0, sink) : walkPng(bytes, sink);
  if (walk.error !== null) return unreadable(walk.error);
  if (walk.end < bytes.length) removed++;
  return { ok: true, bytes: kept.copyFrom(bytes), type, removed };
}

/**
 * Whether the photo carries a GPS position: an Exif block whose IFD0 points at a GPS IFD (tag 0x8825), or an
 * XMP block naming the exif GPS fields. A damaged file answers for the part that could be read.
 */
export function hasLocation(bytes: Uint8Array): boolean {
  const type = photoTypeOf(bytes);
  let located = false;
  const sink: Sink = {
    look: true,
    part: (_start, _end, _drop, location) => {
      located ||= location;
    },
  };
  if (type === 'image/png') walkPng(bytes, sink);
  if (type === 'image/jpeg') {
    // The images after the first one's end (a multi-picture file) are photos too: each is looked at.
    for (let offset = 0; !located; ) {
      const walk = walkJpeg(bytes, offset, sink);
      if (walk.error !== null || !startsWith(bytes, walk.end, [0xff, SOI, 0xff])) break;
      offset = walk.end;
    }
  }
  return located;
}

// ---------------------------------------------------------------------------------------------------------

/**
 * What a walk tells, part by part in file order (segments, chunks, scan data): where the part is, whether it
 * goes, and, when `look` asks for it, whether it places the photo. Nothing is kept per part: a file of
 * millions of parts costs no more memory than the copy.
 */
interface Sink {
  readonly look: boolean;
  part(start: number, end: number, drop: boolean, location: boolean): void;
}

/**
 * Where the image ends (what follows is a trailer), or why the file cannot be read; the parts before the
 * problem have been told to the sink.
 */
interface Walk {
  readonly end: number;
  readonly error: string | null;
}

/** A refusal; `reason` is what is wrong, as a clause the caller puts in its sentence ("… cannot be read: {reason}."). */
function unreadable(reason: string): RemoveLocationResult {
  return { ok: false, code: 'photo_unreadable', reason };
}

function startsWith(bytes: Uint8Array, at: number, prefix: ArrayLike<number>): boolean {
  if (at < 0 || at + prefix.length > bytes.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

/** Byte ranges to keep, adjacent ones merged: a file of millions of tiny kept segments is one copy. */
class Ranges {
  private readonly list: [number, number][] = [];

  add(start: number, end: number): void {
    const last = this.list.at(-1);
    if (last && last[1] === start) last[1] = end;
    else if (end > start) this.list.push([start, end]);
  }

  copyFrom(bytes: Uint8Array): Uint8Array {
    const out = new Uint8Array(this.list.reduce((n, [s, e]) => n + e - s, 0));
    let at = 0;
    for (const [s, e] of this.list) {
      out.set(bytes.subarray(s, e), at);
      at += e - s;
    }
    return out;
  }
}

// --- JPEG ------------------------------------------------------------------------------------------------

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP1 = 0xe1;
const APP13 = 0xed;

/** Markers that stand alone, without a length: TEM and the restart markers (SOI and EOI are handled apart). */
const standalone = (m: number) => m === 0x01 || (m >= 0xd0 && m <= 0xd7);

/**
 * The segments of the JPEG starting at `from` (its SOI), up to its EOI or the end of the bytes. The scan data
 * after each SOS is one part, ended by the next marker that is neither a stuffed 0xFF nor a restart. A file
 * without any scan has no image: refused. A file cut inside its scan data is kept as it is.
 */
function walkJpeg(bytes: Uint8Array, from: number, sink: Sink): Walk {
  const n = bytes.length;
  const fail = (error: string): Walk => ({ end: n, error });
  if (!startsWith(bytes, from, [0xff, SOI])) return fail('the JPEG does not start with its start-of-image marker');
  sink.part(from, from + 2, false, false);
  let at = from + 2;
  let scanned = false;
  while (at < n) {
    if (bytes[at] !== 0xff) return fail(`unexpected bytes between segments at offset ${at}`);
    // Fill bytes: any number of 0xFF before a marker, kept with it.
    let m = at + 1;
    while (m < n && bytes[m] === 0xff) m++;
    if (m >= n) return fail('the JPEG ends inside a marker');
    const marker = bytes[m] as number;
    if (marker === EOI) {
      sink.part(at, m + 1, false, false);
      return scanned ? { end: m + 1, error: null } : fail('the JPEG holds no image data');
    }
    if (marker === SOI || marker === 0x00) return fail(`misplaced marker at offset ${m}`);
    if (standalone(marker)) {
      sink.part(at, m + 1, false, false);
      at = m + 1;
      continue;
    }
    if (m + 3 > n) return fail('a segment is cut off before its length');
    const length = ((bytes[m + 1] as number) << 8) | (bytes[m + 2] as number);
    if (length < 2) return fail(`a segment at offset ${m} has an impossible length (${length})`);
    const end = m + 1 + length;
    if (end > n) return fail(`a segment at offset ${m} runs past the end of the file`);
    const body = m + 3;
    const drop =
      (marker === APP1 && (startsWith(bytes, body, EXIF_ID) || startsWith(bytes, body, XMP_ID) || startsWith(bytes, body, XMP_EXTENSION_ID))) || marker === APP13;
    sink.part(at, end, drop, sink.look && marker === APP1 && segmentPlaces(bytes.subarray(body, end)));
    at = end;
    if (marker === SOS) {
      scanned = true;
      at = scanEnd(bytes, at);
      sink.part(end, at, false, false);
    }
  }
  return scanned ? { end: n, error: null } : fail('the JPEG holds no image data');
}

/** Where the entropy-coded data starting at `at` ends: at the next real marker (its fill bytes included), or the end. */
function scanEnd(bytes: Uint8Array, at: number): number {
  const n = bytes.length;
  let i = at;
  while (i < n) {
    const ff = bytes.indexOf(0xff, i);
    if (ff < 0) return n;
    let m = ff + 1;
    while (m < n && bytes[m] === 0xff) m++;
    if (m >= n) return n;
    const next = bytes[m] as number;
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) i = m + 1;
    else return ff;
  }
  return n;
}

/** Whether an APP1 body (after its length) places the photo: Exif with a GPS IFD, or XMP naming GPS fields. */
function segmentPlaces(body: Uint8Array): boolean {
  if (startsWith(body, 0, EXIF_ID)) return exifHasGps(body.subarray(6));
  if (startsWith(body, 0, XMP_ID) || startsWith(body, 0, XMP_EXTENSION_ID)) return xmpNamesGps(body);
  return false;
}

/** Whether a TIFF structure (the Exif block after its identifier) has the GPS IFD pointer in IFD0. */
function exifHasGps(tiff: Uint8Array): boolean {
  if (tiff.length < 8) return false;
  const little = tiff[0] === 0x49 && tiff[1] === 0x49;
  if (!little && !(tiff[0] === 0x4d && tiff[1] === 0x4d)) return false;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const ifd0 = view.getUint32(4, little);
  if (ifd0 < 8 || ifd0 + 2 > tiff.length) return false;
  const count = view.getUint16(ifd0, little);
  for (let k = 0; k < count; k++) {
    const entry = ifd0 + 2 + 12 * k;
    if (entry + 12 > tiff.length) return false;
    if (view.getUint16(entry, little) === GPS_IFD_POINTER) return true;
  }
  return false;
}

function xmpNamesGps(text: Uint8Array): boolean {
  const buffer = Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  return XMP_GPS_NAMES.some((name) => buffer.includes(name));
}

// --- PNG -------------------------------------------------------------------------------------------------

/** A chunk type as the number its four bytes make. */
const chunkType = (name: string) => new DataView(ascii(name).buffer).getUint32(0);
const IDAT = chunkType('IDAT');
const IEND = chunkType('IEND');
const EXIF = chunkType('eXIf');
const TEXT = chunkType('tEXt');
const ZTXT = chunkType('zTXt');
const TEXT_CHUNKS = new Set([TEXT, ZTXT, chunkType('iTXt')]);
const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * The chunks of the PNG, up to IEND or the end of the bytes. A chunk whose length is beyond PNG's limit or
 * runs past the end, or whose type is not four letters, refuses the file; so does a file without image data.
 */
function walkPng(bytes: Uint8Array, sink: Sink): Walk {
  const n = bytes.length;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (error: string): Walk => ({ end: n, error });
  if (!startsWith(bytes, 0, PNG_SIGNATURE)) return fail('the PNG does not start with its signature');
  sink.part(0, 8, false, false);
  let at = 8;
  let imageData = false;
  while (at < n) {
    if (at + 8 > n) return fail(`a chunk is cut off before its type at offset ${at}`);
    const length = view.getUint32(at);
    if (length > PNG_MAX_CHUNK) return fail(`a chunk at offset ${at} declares an impossible length (${length})`);
    const end = at + 12 + length;
    if (end > n) return fail(`a chunk at offset ${at} runs past the end of the file`);
    for (let i = at + 4; i < at + 8; i++) if (!isLetter(bytes[i] as number)) return fail(`a chunk at offset ${at} has no valid type`);
    const type = view.getUint32(at + 4);
    const data = bytes.subarray(at + 8, at + 8 + length);
    const drop = type === EXIF || (TEXT_CHUNKS.has(type) && PNG_LOCATION_KEYWORDS.has(keywordOf(data)));
    sink.part(at, end, drop, sink.look && drop && chunkPlaces(type, data));
    at = end;
    if (type === IDAT) imageData = true;
    if (type === IEND) break;
  }
  return imageData ? { end: at, error: null } : fail('the PNG holds no image data');
}

/** A text chunk's keyword: Latin-1 up to its NUL (at most 79 characters, as PNG allows). */
function keywordOf(data: Uint8Array): string {
  const nul = data.subarray(0, 80).indexOf(0);
  return nul < 0 ? '' : String.fromCharCode(...data.subarray(0, nul));
}

/** Whether a dropped PNG chunk places the photo. */
function chunkPlaces(type: number, data: Uint8Array): boolean {
  if (type === EXIF) return exifHasGps(startsWith(data, 0, EXIF_ID) ? data.subarray(6) : data);
  const keyword = keywordOf(data);
  const text = textOf(type, data, keyword.length + 1);
  if (text === null) return false;
  if (keyword === 'Raw profile type exif' || keyword === 'Raw profile type APP1') {
    const profile = rawProfile(text);
    return exifHasGps(startsWith(profile, 0, EXIF_ID) ? profile.subarray(6) : profile);
  }
  if (keyword === 'Raw profile type xmp') return xmpNamesGps(rawProfile(text));
  return xmpNamesGps(text);
}

/** The text of a tEXt, zTXt or iTXt chunk after its keyword, inflated when compressed (null when it cannot be). */
function textOf(type: number, data: Uint8Array, at: number): Uint8Array | null {
  if (type === TEXT) return data.subarray(at);
  if (type === ZTXT) return inflated(data.subarray(at + 1));
  // iTXt: compression flag, method, language tag\0, translated keyword\0, text.
  const compressed = data[at] === 1;
  const language = data.indexOf(0, at + 2);
  const translated = language < 0 ? -1 : data.indexOf(0, language + 1);
  if (translated < 0) return null;
  const text = data.subarray(translated + 1);
  return compressed ? inflated(text) : text;
}

function inflated(data: Uint8Array): Uint8Array | null {
  try {
    return inflateSync(data, { maxOutputLength: MAX_INFLATED_TEXT });
  } catch {
    return null;
  }
}

/** The bytes of an ImageMagick raw profile: "\n<name>\n<length>\n" then hexadecimal digits over many lines. */
function rawProfile(text: Uint8Array): Uint8Array {
  let newlines = 0;
  let i = 0;
  while (i < text.length && newlines < 3) if (text[i++] === 0x0a) newlines++;
  const out = new Uint8Array(Math.ceil((text.length - i) / 2));
  let count = 0;
  let high = -1;
  for (; i < text.length; i++) {
    const digit = hexDigit(text[i] as number);
    if (digit < 0) continue;
    if (high < 0) high = digit;
    else {
      out[count++] = (high << 4) | digit;
      high = -1;
    }
  }
  return out.subarray(0, count);
}

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

/** A stored photo as the API sends it back. */
export interface PhotoFile {
  readonly bytes: Uint8Array;
  readonly contentType: string;
  readonly filename: string;
}

/**
 * The photo to keep: without its location metadata unless `keepLocation` (a photo of a place's weak point
 * should not also say where it was taken). Read whole either way, so a broken file is refused
 * (`photo_unreadable`) even when its location is kept. The image data is never re-encoded.
 */
export function keptPhoto(bytes: Uint8Array, keepLocation: boolean): { bytes: Uint8Array; type: PhotoType } {
  const cleaned = removeLocation(bytes);
  if (!cleaned.ok) throw new AppError('photo_unreadable', `This photo could not be read: ${cleaned.reason}.`);
  return { bytes: keepLocation ? bytes : cleaned.bytes, type: cleaned.type };
}

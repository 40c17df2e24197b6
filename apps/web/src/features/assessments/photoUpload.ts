/** The image types a photo may have: those whose location metadata the server knows how to remove. */
export const PHOTO_TYPES: ReadonlySet<string> = new Set(['image/jpeg', 'image/png']);

/**
 * The type to upload a chosen file as: its own when it is a JPEG or a PNG, else by its name's extension
 * (some systems give no type); null for anything else. The server checks the bytes again.
 *
 * @example photoTypeOf({ type: '', name: 'IMG_0042.JPG' }) // 'image/jpeg'
 */
export function photoTypeOf(file: {
  readonly type: string;
  readonly name: string;
}): 'image/jpeg' | 'image/png' | null {
  if (file.type === 'image/jpeg' || file.type === 'image/png') return file.type;
  if (file.type !== '') return null;
  if (/\.jpe?g$/i.test(file.name)) return 'image/jpeg';
  if (/\.png$/i.test(file.name)) return 'image/png';
  return null;
}

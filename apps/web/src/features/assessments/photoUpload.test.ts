import { describe, expect, it } from 'vitest';
import { photoTypeOf } from './photoUpload.ts';

describe('photoTypeOf', () => {
  it('takes JPEG and PNG files by their type', () => {
    expect(photoTypeOf({ type: 'image/jpeg', name: 'a' })).toBe('image/jpeg');
    expect(photoTypeOf({ type: 'image/png', name: 'a.jpg' })).toBe('image/png');
  });

  it('falls back on the extension only when the browser gives no type', () => {
    expect(photoTypeOf({ type: '', name: 'IMG_0042.JPG' })).toBe('image/jpeg');
    expect(photoTypeOf({ type: '', name: 'plan.png' })).toBe('image/png');
    expect(photoTypeOf({ type: '', name: 'notes.txt' })).toBeNull();
  });

  it('refuses other images and files whose name pretends', () => {
    expect(photoTypeOf({ type: 'image/heic', name: 'IMG.heic' })).toBeNull();
    expect(photoTypeOf({ type: 'image/svg+xml', name: 'x.png' })).toBeNull();
    expect(photoTypeOf({ type: 'application/pdf', name: 'x.jpg' })).toBeNull();
  });
});

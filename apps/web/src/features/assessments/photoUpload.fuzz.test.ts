// The type a chosen file is uploaded as (`photoTypeOf`), from what the browser says of the file: a JPEG, a
// PNG or null, never an exception, within bounded time and memory, whatever its name and type.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzz, hostileText } from '../../../../../fuzz/harness.mjs';
import { photoTypeOf } from './photoUpload.ts';

const types = fc.oneof(
  fc.constantFrom(
    '',
    'image/jpeg',
    'image/png',
    'image/gif',
    'image/svg+xml',
    'IMAGE/JPEG',
    'image/png; x=1',
  ),
  hostileText,
);
const names = fc.oneof(
  fc.constantFrom('a.jpg', 'a.JPEG', 'a.png', '.png', 'jpg', 'a.png.exe', 'a.exe.png'),
  hostileText,
  fc.tuple(hostileText, fc.constantFrom('.jpg', '.png', '.jpeg', '')).map(([n, e]) => `${n}${e}`),
);

function check([type, name]: readonly [string, string]): void {
  const got = photoTypeOf({ type, name });
  expect([null, 'image/jpeg', 'image/png']).toContain(got);
  // A type the browser names is believed; the name only counts when there is none.
  if (type !== '' && type !== 'image/jpeg' && type !== 'image/png') expect(got).toBeNull();
}

describe('photoTypeOf on hostile files', () => {
  it('answers a JPEG, a PNG or nothing, for any type and name', () =>
    fuzz('photo-upload', fc.tuple(types, names), check, {
      runs: 500,
      encode: ([type, name]) => new TextEncoder().encode(JSON.stringify({ type, name })),
      ext: '.json',
    }));
});

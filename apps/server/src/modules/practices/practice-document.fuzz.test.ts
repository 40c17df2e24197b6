// Documents attached to practices (the body of an upload, any bytes a client sends): documentOf answers a
// PDF as it came, a photo without its location, or refuses with unsupported_media_type or photo_unreadable —
// never another exception, within bounded time and memory.
// Corpus: fuzz/corpus/photo-metadata/ (its photo seeds), and PDF starts built here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bounded, corpus, fuzz, mutatedBytes } from '../../../../../fuzz/harness.mjs';
import { AppError } from '../../errors/app-error.ts';
import { hasLocation } from '../../files/photo-metadata.ts';
import { documentOf } from './practice-document.ts';

const PARSER = 'practice-document';
const photos = corpus('photo-metadata')
  .filter((e) => e.name.startsWith('seed-'))
  .map((e) => e.bytes);
const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

function check(bytes: Uint8Array): void {
  try {
    const doc = documentOf(bytes);
    if (doc.type === 'application/pdf') expect(doc.bytes).toBe(bytes);
    else expect(hasLocation(doc.bytes)).toBe(false);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect(['unsupported_media_type', 'photo_unreadable']).toContain((error as AppError).code);
  }
}

const encode = (bytes: Uint8Array) => bytes;

describe('documentOf on hostile uploads', () => {
  it('keeps a PDF whole and takes the location out of a photo', () => {
    expect(documentOf(PDF)).toEqual({ bytes: PDF, type: 'application/pdf' });
    for (const photo of photos) expect(hasLocation(documentOf(photo).bytes)).toBe(false);
    expect(() => documentOf(new TextEncoder().encode('<html><script>alert(1)</script>'))).toThrow(AppError);
  });

  it('answers for mutations of real PDFs and photos', () =>
    fuzz(PARSER, fc.constantFrom(PDF, ...photos).chain((s) => mutatedBytes(s, { maxRepeat: 5_000 })), check, { runs: 300, encode, ext: '.bin' }));

  it('answers for arbitrary bytes', () => fuzz(PARSER, fc.uint8Array({ maxLength: 4_000 }), check, { runs: 200, encode, ext: '.bin' }));

  it('answers for an empty or one-byte body', () => bounded(() => [new Uint8Array(0), new Uint8Array([0x25])].forEach(check)));
});

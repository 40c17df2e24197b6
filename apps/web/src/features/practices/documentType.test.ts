import { describe, expect, it } from 'vitest';
import { documentTypeOf } from './documentType.ts';

describe('the type a chosen document is sent as', () => {
  it('is the browser’s when a practice takes it, else the extension’s', () => {
    expect(documentTypeOf('report.pdf', 'application/pdf')).toBe('application/pdf');
    expect(documentTypeOf('photo.JPG', '')).toBe('image/jpeg');
    expect(documentTypeOf('plan.png', 'application/octet-stream')).toBe('image/png');
  });

  it('is none for other files', () => {
    expect(documentTypeOf('notes.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBeNull();
    expect(documentTypeOf('archive', '')).toBeNull();
  });
});

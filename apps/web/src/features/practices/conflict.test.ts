import { ApiError } from '@pactesur/api-client';
import { describe, expect, it } from 'vitest';
import { isConflict } from './conflict.ts';

describe('isConflict', () => {
  it('recognises a save on an old revision', () => {
    expect(isConflict(new ApiError(409, 'conflict', 'changed'))).toBe(true);
  });

  it('is false for any other failure', () => {
    expect(isConflict(new ApiError(400, 'validation_failed', 'bad'))).toBe(false);
    expect(isConflict(new TypeError('offline'))).toBe(false);
    expect(isConflict(null)).toBe(false);
  });
});

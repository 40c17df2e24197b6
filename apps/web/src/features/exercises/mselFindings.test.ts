import { ApiError } from '@pactesur/api-client';
import { describe, expect, it } from 'vitest';
import { mselFindings } from './mselFindings.ts';

describe('mselFindings', () => {
  it('reads each finding of a refused MSEL by row and column', () => {
    const refused = new ApiError(400, 'validation_failed', 'The master scenario events list has 3 errors.', [
      { path: 'msel.3.Method', message: 'not a delivery method: "carrier pigeon"' },
      { path: 'msel.1', message: 'missing column Synopsis' },
      { path: 'msel.12.Scenario time', message: 'not H:MM' },
    ]);
    expect(mselFindings(refused)).toEqual([
      { row: 3, column: 'Method', message: 'not a delivery method: "carrier pigeon"' },
      { row: 1, column: '', message: 'missing column Synopsis' },
      { row: 12, column: 'Scenario time', message: 'not H:MM' },
    ]);
  });

  it('finds nothing in another error or in details of another shape', () => {
    expect(mselFindings(new ApiError(409, 'conflict', 'Someone else saved it.'))).toEqual([]);
    expect(mselFindings(new TypeError('Failed to fetch'))).toEqual([]);
    expect(mselFindings(new ApiError(400, 'validation_failed', 'Bad', [{ path: 'name', message: 'too long' }, 'odd', { path: 3 }]))).toEqual([]);
    expect(mselFindings(new ApiError(400, 'validation_failed', 'Bad', { path: 'msel.2' }))).toEqual([]);
  });
});

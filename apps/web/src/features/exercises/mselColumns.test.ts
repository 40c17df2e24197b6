import { describe, expect, it } from 'vitest';
import { csvColumnKey, MSEL_TABLE_COLUMNS } from './mselColumns.ts';

describe('the columns of the MSEL', () => {
  it('name a column of a finding in the reader’s words, whatever the case and spacing of its header', () => {
    expect(csvColumnKey('Scenario time')).toBe('msel.col.time');
    expect(csvColumnKey('  control   NOTE ')).toBe('msel.col.controlNote');
    expect(csvColumnKey('Depends on')).toBe('msel.col.dependsOn');
  });

  it('leave a header the table does not show as the CSV wrote it', () => {
    expect(csvColumnKey('Attachments')).toBeNull();
    expect(csvColumnKey('')).toBeNull();
  });

  it('show every field the planners write, once', () => {
    expect(new Set(MSEL_TABLE_COLUMNS).size).toBe(15);
  });
});

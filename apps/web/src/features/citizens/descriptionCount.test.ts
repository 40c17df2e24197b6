import { MAX_REPORT_DESCRIPTION } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { descriptionCount } from './descriptionCount.ts';

describe('the counter of a description', () => {
  it('counts what is sent: the text without its outer spaces', () => {
    expect(descriptionCount('  A bag under a bench \n')).toEqual({
      used: 19,
      left: MAX_REPORT_DESCRIPTION - 19,
      max: MAX_REPORT_DESCRIPTION,
      empty: false,
      tooLong: false,
    });
  });

  it('says an empty or blank description is empty', () => {
    expect(descriptionCount('').empty).toBe(true);
    expect(descriptionCount(' \n\t ').empty).toBe(true);
    expect(descriptionCount(' \n\t ').used).toBe(0);
  });

  it('allows exactly the limit and refuses one character more', () => {
    const full = 'x'.repeat(MAX_REPORT_DESCRIPTION);
    expect(descriptionCount(full)).toMatchObject({ used: 4_000, left: 0, tooLong: false });
    expect(descriptionCount(`${full}y`)).toMatchObject({ used: 4_001, left: -1, tooLong: true });
    expect(descriptionCount(`  ${full}  `).tooLong).toBe(false);
  });

  it('counts as the API does: a character outside the basic plane counts twice', () => {
    expect(descriptionCount('🚧').used).toBe(2);
    expect(descriptionCount('é').used).toBe(1);
  });

  it('takes another limit', () => {
    expect(descriptionCount('abcdef', 5)).toMatchObject({ used: 6, left: -1, max: 5, tooLong: true });
  });
});

import { describe, expect, it } from 'vitest';
import { blocksOf } from './plainText.ts';

describe('the blocks of a plain text', () => {
  it('parts paragraphs at blank lines and keeps the lines of each', () => {
    expect(blocksOf('Stay calm.\nLook around.\n\n\nCall 112.')).toEqual([
      { kind: 'paragraph', lines: ['Stay calm.', 'Look around.'] },
      { kind: 'paragraph', lines: ['Call 112.'] },
    ]);
  });

  it('makes a list of the lines starting with "- ", between paragraphs without blank lines', () => {
    expect(blocksOf('In an attack:\n- Run\n  - Hide\n-Tell\nThen wait.')).toEqual([
      { kind: 'paragraph', lines: ['In an attack:'] },
      { kind: 'list', items: ['Run', 'Hide'] },
      { kind: 'paragraph', lines: ['-Tell', 'Then wait.'] },
    ]);
  });

  it('parts two lists at a blank line, and reads Windows line ends', () => {
    expect(blocksOf('- a\r\n- b\r\n\r\n- c')).toEqual([
      { kind: 'list', items: ['a', 'b'] },
      { kind: 'list', items: ['c'] },
    ]);
  });

  it('keeps markup as it is written: it is text', () => {
    expect(blocksOf('<b>not bold</b>\n- <script>x</script>')).toEqual([
      { kind: 'paragraph', lines: ['<b>not bold</b>'] },
      { kind: 'list', items: ['<script>x</script>'] },
    ]);
  });

  it('gives nothing for a blank text', () => {
    expect(blocksOf(' \n\n ')).toEqual([]);
  });
});

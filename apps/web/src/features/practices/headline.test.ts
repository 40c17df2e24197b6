import { describe, expect, it } from 'vitest';
import { headlineParts } from './headline.ts';

describe('headlineParts', () => {
  it('marks the words between <b> and </b>', () => {
    expect(headlineParts('Les <b>bornes</b> anti-bélier de la <b>Promenade</b>')).toEqual([
      { text: 'Les ', marked: false },
      { text: 'bornes', marked: true },
      { text: ' anti-bélier de la ', marked: false },
      { text: 'Promenade', marked: true },
    ]);
  });

  it('keeps any other markup as text', () => {
    const parts = headlineParts('<img src=x onerror=alert(1)> <b>bollards</b> <script>x</script>');
    expect(parts.map((p) => p.text).join('')).toBe(
      '<img src=x onerror=alert(1)> bollards <script>x</script>',
    );
    expect(parts.filter((p) => p.marked)).toEqual([{ text: 'bollards', marked: true }]);
  });

  it('copes with unbalanced tags and upper case', () => {
    expect(headlineParts('a </b>b <B>c')).toEqual([
      { text: 'a b ', marked: false },
      { text: 'c', marked: true },
    ]);
    expect(headlineParts('<b><b>x</b></b>')).toEqual([{ text: 'x', marked: true }]);
    expect(headlineParts('')).toEqual([]);
  });

  it('gives back the plain text unchanged', () => {
    expect(headlineParts('no match here')).toEqual([{ text: 'no match here', marked: false }]);
  });
});

/** Characters the standard PDF fonts (WinAnsi) can show beyond Latin-1. */
const WIN_ANSI_EXTRA = new Set([402, 8211, 8212, 8216, 8217, 8218, 8220, 8221, 8222, 8224, 8225, 8226, 8230, 8364, 8240, 8249, 8250, 710, 8482, 338, 339, 732, 352, 353, 376, 381, 382]);

/** Letters with a stroke, which do not decompose: their plain letter. */
const STROKED: Readonly<Record<string, string>> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ŧ: 't', Ŧ: 'T' };

/** Mathematical signs the standard fonts lack, in signs they have. */
const SIGNS: Readonly<Record<string, string>> = { '−': '-', '≥': '>=', '≤': '<=', '≈': '~' };

/** Text the standard fonts can show: accents kept where WinAnsi has them, else dropped, anything else '?'. */
export function pdfText(text: string): string {
  // Thin and narrow spaces (French digit groups) are spaces to the standard fonts.
  const spaced = text.replace(/[\u2000-\u200a\u202f]/g, ' ');
  const shown = (c: string) => {
    const code = c.codePointAt(0) ?? 0;
    return (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(code);
  };
  let out = '';
  for (const c of spaced) {
    if (shown(c)) out += c;
    else if (c === '\n' || c === '\t') out += ' ';
    else if (SIGNS[c]) out += SIGNS[c];
    else {
      const base = STROKED[c] ?? [...c.normalize('NFD')].filter(shown).join('');
      out += base || '?';
    }
  }
  return out;
}

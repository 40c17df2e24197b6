import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './content-disposition.ts';

/** The parameters of a `Content-Disposition` value, `filename*` decoded. */
function parse(header: string) {
  const [type, ...rest] = header.split(/;\s*/);
  const params = Object.fromEntries(
    rest.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]),
  );
  const star = params['filename*'];
  return {
    type,
    filename: params['filename']?.replace(/^"|"$/g, ''),
    utf8: star === undefined ? undefined : decodeURIComponent(star.replace(/^UTF-8''/, '')),
  };
}

describe('Content-Disposition of a download', () => {
  it('names an ASCII name plainly', () => {
    expect(attachmentDisposition('Palais — cars', 'pdf', 'plan')).toBe(
      'attachment; filename="Palais-cars.pdf"',
    );
  });

  it('keeps accents and other scripts in filename*, with an ASCII filename beside', () => {
    expect(parse(attachmentDisposition('Place de l’Hôtel de Ville', 'csv', 'analysis'))).toEqual({
      type: 'attachment',
      filename: 'Place-de-l-Hotel-de-Ville.csv',
      utf8: 'Place-de-l-Hôtel-de-Ville.csv',
    });
    expect(parse(attachmentDisposition('Площадь Liège', 'geojson', 'analysis'))).toEqual({
      type: 'attachment',
      filename: 'Liege.geojson',
      utf8: 'Площадь-Liège.geojson',
    });
  });

  it('never lets a quote, a line break, a control character or a path into the header', () => {
    for (const name of [
      'a"; filename="evil.exe',
      'x\r\nSet-Cookie: s=1',
      'tab\there\u0000\u007f',
      '../../etc/passwd',
      "it's (new)*!",
      '\\\\server\\share',
    ]) {
      const header = attachmentDisposition(name, 'csv', 'export');
      expect(header, name).toMatch(
        /^attachment; filename="[A-Za-z0-9_-]+\.csv"(; filename\*=UTF-8''[A-Za-z0-9_%.-]+)?$/,
      );
    }
  });

  it('falls back to a default name when nothing of the name is left', () => {
    expect(attachmentDisposition('— ? —', 'pdf', 'protection-plan')).toBe(
      'attachment; filename="protection-plan.pdf"',
    );
    expect(parse(attachmentDisposition('日本', 'pdf', 'protection-plan'))).toEqual({
      type: 'attachment',
      filename: 'protection-plan.pdf',
      utf8: '日本.pdf',
    });
  });

  it('keeps at most 60 characters of the name, never splitting a character', () => {
    const header = attachmentDisposition('𝔸'.repeat(100), 'csv', 'export');
    expect(parse(header).utf8).toBe(`${'𝔸'.repeat(60)}.csv`);
  });
});

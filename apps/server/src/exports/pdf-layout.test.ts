import PDFDocument from 'pdfkit';
import { describe, expect, it, vi } from 'vitest';
import { pdfPageCount, pdfPages, pdfWords } from '../../test/pdf-words.ts';
import {
  BOTTOM,
  formatsIn,
  line,
  PAGE,
  renderPdf,
  section,
  table,
  title,
  type Column,
} from './pdf-layout.ts';

describe('formatsIn', () => {
  it('writes numbers and money as each language does', () => {
    const en = formatsIn('en');
    expect(en.number(12_345.678, 1)).toBe('12,345.7');
    expect(en.number(0.5)).toBe('1');
    expect(en.eur(34_499.5)).toBe('34,500 €');
    const fr = formatsIn('fr');
    // French groups digits with a narrow no-break space and writes a decimal comma.
    expect(fr.number(12_345.678, 2)).toBe('12\u202f345,68');
    expect(fr.eur(1_000)).toBe('1\u202f000 €');
    expect(formatsIn('it').number(1.25, 1)).toBe('1,3');
    expect(formatsIn('es').locale).toBe('es');
  });

  it('writes timestamps in UTC and calendar dates in the reader’s style, English as in the United Kingdom', () => {
    expect(formatsIn('en').dateTime('2025-03-14T09:30:00Z')).toBe('14 March 2025 at 09:30');
    expect(formatsIn('fr').dateTime(new Date('2025-03-14T23:30:00-02:00'))).toBe('15 mars 2025 à 01:30');
    expect(formatsIn('en').day('2025-09-30')).toBe('30 Sept 2025');
    expect(formatsIn('fr').day('2025-09-30')).toBe('30 sept. 2025');
  });

  it('shows a date it cannot read as it was stored instead of throwing', () => {
    const en = formatsIn('en');
    expect(en.dateTime('not a date')).toBe('not a date');
    expect(en.dateTime(new Date(Number.NaN))).toBe('Invalid Date');
    for (const odd of ['2025-13-45', 'next week', '2025-9-3', '', '2025-09-30T10:00:00Z'])
      expect(en.day(odd)).toBe(odd);
  });
});

describe('renderPdf', () => {
  it('gives the bytes of an A4 PDF with its title in the standard fonts’ letters', async () => {
    // The file's dates and id come from the clock: one fixed time makes two files comparable byte for byte.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-14T09:30:00Z'));
    try {
      const pdf = async (t: string) =>
        Buffer.from(await renderPdf({ title: t }, (doc) => line(doc, 'Hello')));
      const raw = (await pdf('Plac Wolności – Łódź')).toString('latin1');
      expect(raw.startsWith('%PDF-')).toBe(true);
      expect(raw).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
      expect(raw).toMatch(/\/Creator \d+ 0 R/);
      expect(pdfWords(Buffer.from(raw, 'latin1'))).toBe('Hello');
      // The title is kept as pdfText writes it: the same file as with those letters given, and not the same
      // as with another title.
      expect((await pdf('Plac Wolności – Łódź')).equals(await pdf('Plac Wolnosci – Lódz'))).toBe(true);
      expect((await pdf('Plac Wolności – Łódź')).equals(await pdf('Plac Wolnosci – Lodz'))).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('rejects when the drawing throws, instead of never settling', async () => {
    await expect(
      renderPdf({ title: 'Broken' }, () => {
        throw new Error('no map');
      }),
    ).rejects.toThrow('no map');
  });

  it('keeps the pages open for drawing on each once the content is laid out only when asked', async () => {
    const stampEveryPage = (doc: PDFKit.PDFDocument) => {
      doc.addPage();
      const range = doc.bufferedPageRange();
      for (let k = 0; k < range.count; k++) {
        doc.switchToPage(range.start + k);
        doc.text(`page ${k + 1}`, PAGE.margin, PAGE.margin);
      }
    };
    const pages = pdfPages(await renderPdf({ title: 'Buffered', bufferPages: true }, stampEveryPage));
    expect(pages).toEqual(['page 1', 'page 2']);
    // Without, the pages already written are gone: only the last one is there to draw on.
    expect(pdfPages(await renderPdf({ title: 'Streamed' }, stampEveryPage))).toEqual(['', 'page 1']);
  });
});

describe('lines, titles and sections', () => {
  it('writes each paragraph through pdfText and wraps a long one inside the margins', async () => {
    const long = Array.from({ length: 60 }, (_, k) => `word${k}`).join(' ');
    const words = pdfWords(
      await renderPdf({ title: 't' }, (doc) => {
        title(doc, 'Ωmega title');
        line(doc, 'Łódź\tcentre');
        line(doc, long, { size: 9 });
      }),
    ).split('\n');
    expect(words.slice(0, 2)).toEqual(['?mega title', 'Lódz centre']);
    // The long paragraph takes several lines, and none of its words is lost.
    expect(words.length).toBeGreaterThan(3);
    expect(words.slice(2).join(' ').split(/\s+/)).toEqual(long.split(' '));
  });

  it('starts a new page for a heading too near the foot of one, and not for one with room under it', async () => {
    const pages = pdfPages(
      await renderPdf({ title: 't' }, (doc) => {
        section(doc, 'First');
        doc.y = BOTTOM - 60;
        section(doc, 'Second');
        line(doc, 'under the second');
      }),
    );
    expect(pages).toEqual(['First', 'Second\nunder the second']);
  });
});

describe('table', () => {
  const columns: readonly Column[] = [
    { width: 40, align: 'right' },
    { width: 200, align: 'left' },
    { width: 80, align: 'center' },
  ];
  const rows = Array.from({ length: 150 }, (_, k) => [
    String(k + 1),
    `Row number ${k + 1}`,
    k % 2 ? 'yes' : 'no',
  ]);

  it('flows onto new pages and draws the header again at the top of each', async () => {
    const pdf = await renderPdf({ title: 't' }, (doc) => table(doc, columns, ['#', 'Name', 'Open'], rows));
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.length).toBe(pdfPageCount(pdf));
    for (const [k, page] of pages.entries())
      expect(page.split('\n').slice(0, 3), `page ${k + 1}`).toEqual(['#', 'Name', 'Open']);
    const lines = pdfWords(pdf).split('\n');
    for (let k = 1; k <= 150; k++) expect(lines.filter((l) => l === `Row number ${k}`)).toHaveLength(1);
    // Rows stay whole and in order across the breaks.
    const order = lines.filter((l) => l.startsWith('Row number ')).map((l) => Number(l.slice(11)));
    expect(order).toEqual(rows.map((_, k) => k + 1));
  });

  it('draws the header once when asked not to repeat it', async () => {
    const pdf = await renderPdf({ title: 't' }, (doc) =>
      table(doc, columns, ['#', 'Name', 'Open'], rows, { repeatHeader: false }),
    );
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(
      pdfWords(pdf)
        .split('\n')
        .filter((l) => l === 'Name'),
    ).toHaveLength(1);
    expect(pages[1]?.split('\n')[0]).toMatch(/^\d+$/);
  });

  it('wraps a cell inside its column less its padding on both sides', async () => {
    const text = 'alpha beta';
    // A column just wide enough for the text with 2 points each side, too narrow with 4.
    const measure = new PDFDocument();
    const width = Math.ceil(measure.font('Helvetica').fontSize(8).widthOfString(text)) + 6;
    const cellLines = async (pad: number) =>
      pdfWords(
        await renderPdf({ title: 't' }, (doc) =>
          table(doc, [{ width, align: 'left' }], ['h'], [[text]], { pad }),
        ),
      )
        .split('\n')
        .slice(1);
    expect(await cellLines(2)).toEqual(['alpha beta']);
    expect((await cellLines(4)).map((l) => l.trim())).toEqual(['alpha', 'beta']);
  });

  it('shows hostile cells in the standard fonts’ letters and survives rows with missing or extra cells', async () => {
    const pdf = await renderPdf({ title: 't' }, (doc) => {
      table(
        doc,
        columns,
        ['#', 'Name'],
        [[], ['1', '(Ann) \\ <b> )( 🚧', 'Łódź', 'beyond the last column'], ['2']],
      );
      line(doc, 'after the table');
    });
    expect(pdfWords(pdf).split('\n')).toEqual([
      '#',
      'Name',
      '1',
      '(Ann) \\ <b> )( ?',
      'Lódz',
      '2',
      'after the table',
    ]);
  });
});

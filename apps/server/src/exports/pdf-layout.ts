import type { Locale } from '@pactesur/contracts';
import PDFDocument from 'pdfkit';
import { pdfText } from './pdf-text.ts';

// What every PDF report is built from: A4 pages with one margin, Helvetica in the standard fonts (text goes
// through `pdfText`), numbers, money and dates in the reader's language, headings, lines of text and tables
// that flow onto new pages. Each report keeps its own content and sections in its own file.

export type Doc = PDFKit.PDFDocument;

/** A4 portrait in points, with the same margin on every side. */
export const PAGE = { width: 595.28, height: 841.89, margin: 50 } as const;
/** The width between the left and right margins. */
export const INNER = PAGE.width - 2 * PAGE.margin;
/** The lowest the content may reach: the top of the bottom margin. */
export const BOTTOM = PAGE.height - PAGE.margin;
/** Notes, disclaimers and "nothing here" lines: present, but quieter than the content. */
export const GREY = '#555555';

/** How one report writes numbers, money and dates, in its reader's language. */
export interface Formats {
  readonly locale: Locale;
  /** A number with exactly `digits` decimals (none by default), grouped as the language groups digits. */
  readonly number: (v: number, digits?: number) => string;
  /** Whole euros, grouped, followed by the sign. */
  readonly eur: (v: number) => string;
  /** A timestamp as a date and time in UTC (an unreadable one as it was stored). */
  readonly dateTime: (at: string | Date) => string;
  /** A calendar date (`YYYY-MM-DD`) in the reader's style (anything else as it was stored). */
  readonly day: (iso: string) => string;
}

/**
 * The formats of `locale`. English is written as in the United Kingdom (day before month, 24-hour clock):
 * the reports are read by European cities.
 *
 * @example formatsIn('fr').eur(34_500) // '34 500 €' (with a narrow no-break space)
 */
export function formatsIn(locale: Locale): Formats {
  const tag = locale === 'en' ? 'en-GB' : locale;
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
  // An invalid date would make Intl throw: a stored value that cannot be read is shown as it is instead.
  const format = (f: Intl.DateTimeFormat, at: string | Date) => {
    const d = typeof at === 'string' ? new Date(at) : at;
    return Number.isNaN(d.getTime()) ? String(at) : f.format(d);
  };
  return {
    locale,
    number: (v, digits = 0) =>
      v.toLocaleString(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    eur: (v) => `${Math.round(v).toLocaleString(tag)} €`,
    dateTime: (at) => format(dateTime, at),
    day: (iso) =>
      /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(Date.parse(iso))
        ? day.format(new Date(`${iso}T00:00:00Z`))
        : iso,
  };
}

export interface PdfOptions {
  /** The document's title, shown by viewers in its properties. */
  readonly title: string;
  /** Whether the pages stay open, to be drawn on again once the content is laid out (a stamp on each). */
  readonly bufferPages?: boolean;
}

/**
 * A PDF on A4 pages with the reports' margin: `draw` lays out its content, and the promise gives the file's
 * bytes once pdfkit has written them all. A `draw` that throws rejects the promise.
 */
export function renderPdf(options: PdfOptions, draw: (doc: Doc) => void): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: PAGE.margin,
      bufferPages: options.bufferPages ?? false,
      info: { Title: pdfText(options.title), Creator: 'Pactesur' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

/** A paragraph across the width between the margins, from where the content has reached; long text wraps. */
export function line(
  doc: Doc,
  text: string,
  options: { size?: number; bold?: boolean; colour?: string } = {},
): void {
  doc
    .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(options.size ?? 10)
    .fillColor(options.colour ?? 'black')
    .text(pdfText(text), PAGE.margin, doc.y, { width: INNER });
}

/** The report's title, large, at the top of its first page. */
export function title(doc: Doc, text: string): void {
  line(doc, text, { size: 18, bold: true });
  doc.moveDown(0.3);
}

/** A section's heading; one too near the foot of a page starts the next, so that it never stands alone. */
export function section(doc: Doc, heading: string): void {
  if (doc.y > BOTTOM - 80) doc.addPage();
  doc.moveDown(0.8);
  line(doc, heading, { size: 13, bold: true });
  doc.moveDown(0.3);
}

/**
 * A heading inside a section, bold; one lower than `room` points above the foot of the page starts the
 * next, so that it (and a table's header under it) never stands alone at the foot of a page.
 */
export function subheading(doc: Doc, text: string, room = 60): void {
  if (doc.y > BOTTOM - room) doc.addPage();
  doc.moveDown(0.4);
  line(doc, text, { bold: true, size: 10 });
  doc.moveDown(0.2);
}

// --- every page ------------------------------------------------------------------------------------------

/** What {@link stampPages} writes on every page, in the reader's language. */
export interface PageStamp {
  /** The large diagonal word across the page ("confidential"). */
  readonly stamp: string;
  /** The line at the foot: who exported the document, and when. */
  readonly foot: string;
  /** The page's number at its top, from its number and the number of pages. */
  readonly page: (page: number, pages: number) => string;
}

/**
 * On every page, drawn once the content is laid out (the pages are buffered): a large light diagonal stamp,
 * the page's number at its top, and at its foot the line naming who exported the document and when. The
 * flow of the content does not move; the foot is drawn with the bottom margin lifted, so pdfkit adds no
 * page for it.
 */
export function stampPages(doc: Doc, words: PageStamp): void {
  const foot = pdfText(words.foot);
  const stamp = pdfText(words.stamp);
  const angle = (Math.atan2(PAGE.height, PAGE.width) * 180) / Math.PI;
  const range = doc.bufferedPageRange();
  for (let k = 0; k < range.count; k++) {
    doc.switchToPage(range.start + k);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;

    doc.save();
    doc.font('Helvetica-Bold').fontSize(72);
    const width = doc.widthOfString(stamp);
    doc.rotate(-angle, { origin: [PAGE.width / 2, PAGE.height / 2] });
    doc
      .fillColor('#c0262d')
      .fillOpacity(0.12)
      .text(stamp, PAGE.width / 2 - width / 2, PAGE.height / 2 - 36, { lineBreak: false });
    doc.restore();

    doc.font('Helvetica').fontSize(7).fillColor(GREY);
    const page = pdfText(words.page(k + 1, range.count));
    doc.text(page, PAGE.margin, PAGE.margin - 24, { width: INNER, align: 'right', lineBreak: false });
    const height = doc.heightOfString(foot, { width: INNER });
    doc.text(foot, PAGE.margin, PAGE.height - 20 - height, { width: INNER });

    doc.page.margins.bottom = bottom;
  }
}

// --- tables ----------------------------------------------------------------------------------------------

export interface Column {
  readonly width: number;
  readonly align: 'left' | 'right' | 'center';
}

export interface TableOptions {
  /**
   * Space between a cell's text and its column's edges, on each side (4 by default: a right-aligned number
   * never touches the next column's words).
   */
  readonly pad?: number;
  /** Whether a page break inside the table draws the header again on the new page (by default it does). */
  readonly repeatHeader?: boolean;
}

const DEFAULT_PAD = 4;

/**
 * A table: its header in bold, then one row a line of `rows`, each as tall as its tallest cell, with a thin
 * rule under it. A row that does not fit starts a new page.
 */
export function table(
  doc: Doc,
  columns: readonly Column[],
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
): void {
  const pad = options.pad ?? DEFAULT_PAD;
  row(doc, columns, pad, header, { bold: true });
  const repeated = options.repeatHeader === false ? undefined : header;
  for (const cells of rows) row(doc, columns, pad, cells, { header: repeated });
}

function row(
  doc: Doc,
  columns: readonly Column[],
  pad: number,
  cells: readonly string[],
  options: { bold?: boolean; header?: readonly string[] | undefined },
): void {
  const font = () =>
    doc
      .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(8)
      .fillColor('black');
  font();
  const heights = cells.map((c, i) =>
    doc.heightOfString(pdfText(c), { width: (columns[i]?.width ?? 40) - 2 * pad }),
  );
  const h = Math.max(0, ...heights) + 4;
  if (doc.y + h > BOTTOM) {
    doc.addPage();
    if (options.header) {
      row(doc, columns, pad, options.header, { bold: true });
      font();
    }
  }
  const y = doc.y;
  let x = PAGE.margin;
  for (const [i, c] of cells.entries()) {
    const col = columns[i];
    if (!col) continue;
    doc.text(pdfText(c), x + pad, y + 2, { width: col.width - 2 * pad, align: col.align });
    x += col.width;
  }
  doc
    .save()
    .lineWidth(0.3)
    .strokeColor('#bbbbbb')
    .moveTo(PAGE.margin, y + h)
    .lineTo(PAGE.margin + INNER, y + h)
    .stroke()
    .restore();
  doc.x = PAGE.margin;
  doc.y = y + h;
}

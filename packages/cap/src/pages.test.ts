// Counts worked out by hand, character by character, from 3GPP TS 23.038's tables.
import { describe, expect, it } from 'vitest';
import { GSM7_BASIC, GSM7_EXTENSION } from './gsm7.ts';
import { CB_MAX_PAGES, cellBroadcastPages } from './pages.ts';

describe('cellBroadcastPages', () => {
  it('counts French in GSM-7 when it avoids the letters GSM-7 lacks', () => {
    // "Évitez"(6, É is 0x1F) " "(1) "le"(2) " "(1) "secteur"(7) " "(1) "du"(2) " "(1) "Vieux-Port."(11) = 32
    expect(cellBroadcastPages('Évitez le secteur du Vieux-Port.')).toEqual({
      encoding: 'gsm7',
      units: 32,
      pages: 1,
      maxPages: 15,
      fits: true,
    });
  });

  it('switches French to UCS-2 for a ç (GSM-7 has only Ç)', () => {
    // "Ne vous approchez pas de la façade." = 2+1+4+1+9+1+3+1+2+1+2+1+7 = 35 characters
    expect(cellBroadcastPages('Ne vous approchez pas de la façade.')).toMatchObject({
      encoding: 'ucs2',
      units: 35,
      pages: 1,
    });
    expect(cellBroadcastPages('Restez à l’abri.')).toMatchObject({ encoding: 'ucs2' }); // the typographic apostrophe
  });

  it('counts Italian accented letters as one septet each', () => {
    // "Evacuare"(8) " "(1) "subito:"(7) " "(1) "è"(1) " "(1) "pericoloso!"(11) = 30
    expect(cellBroadcastPages('Evacuare subito: è pericoloso!')).toMatchObject({
      encoding: 'gsm7',
      units: 30,
      pages: 1,
    });
    expect(cellBroadcastPages('È vietato')).toMatchObject({ encoding: 'ucs2' }); // no capital È in GSM-7
  });

  it('counts German umlauts and ß as one septet each', () => {
    // "Straße"(6) " "(1) "gesperrt,"(9) " "(1) "Gebäude"(7) " "(1) "räumen."(7) = 32
    expect(cellBroadcastPages('Straße gesperrt, Gebäude räumen.')).toMatchObject({
      encoding: 'gsm7',
      units: 32,
      pages: 1,
    });
  });

  it('counts Greek in UCS-2, 41 characters a page, but capitals GSM-7 has stay GSM-7', () => {
    // "Εκκενώστε"(9) " "(1) "την"(3) " "(1) "περιοχή"(7) = 21
    expect(cellBroadcastPages('Εκκενώστε την περιοχή')).toMatchObject({
      encoding: 'ucs2',
      units: 21,
      pages: 1,
    });
    expect(cellBroadcastPages('Εκκενώστε την περιοχή αμέσως, ακολουθήστε τις οδηγίες')).toMatchObject({
      encoding: 'ucs2',
      units: 53,
      pages: 2,
    });
    expect(cellBroadcastPages('ΔΦΓΛΩΠΨΣΘΞ')).toMatchObject({ encoding: 'gsm7', units: 10 });
  });

  it('counts the extension characters € [ ] as two septets', () => {
    // "Prix:"(5) " "(1) "5"(1) " "(1) "€"(2) " "(1) "["(2) "info"(4) "]"(2) = 19
    expect(cellBroadcastPages('Prix: 5 € [info]')).toMatchObject({ encoding: 'gsm7', units: 19, pages: 1 });
  });

  it('never splits an extension character between two pages', () => {
    expect(cellBroadcastPages(`${'a'.repeat(91)}€`)).toMatchObject({ units: 93, pages: 1 });
    expect(cellBroadcastPages(`${'a'.repeat(92)}€`)).toMatchObject({ units: 94, pages: 2 });
    expect(cellBroadcastPages(`${'a'.repeat(92)}€${'a'.repeat(91)}`)).toMatchObject({ units: 185, pages: 2 });
    expect(cellBroadcastPages(`${'a'.repeat(92)}€${'a'.repeat(92)}`)).toMatchObject({ units: 186, pages: 3 });
  });

  it('never splits a character outside the BMP between two UCS-2 pages', () => {
    expect(cellBroadcastPages(`${'ç'.repeat(39)}😀`)).toMatchObject({
      encoding: 'ucs2',
      units: 41,
      pages: 1,
    });
    expect(cellBroadcastPages(`${'ç'.repeat(40)}😀`)).toMatchObject({
      encoding: 'ucs2',
      units: 42,
      pages: 2,
    });
  });

  it('fits 15 pages and no more', () => {
    expect(cellBroadcastPages('a'.repeat(93 * 15))).toMatchObject({ pages: 15, fits: true });
    expect(cellBroadcastPages('a'.repeat(93 * 15 + 1))).toMatchObject({
      pages: 16,
      fits: false,
      maxPages: CB_MAX_PAGES,
    });
    expect(cellBroadcastPages('ç'.repeat(41 * 15 + 1))).toMatchObject({
      encoding: 'ucs2',
      pages: 16,
      fits: false,
    });
  });

  it('takes no page for no text', () => {
    expect(cellBroadcastPages('')).toEqual({
      encoding: 'gsm7',
      units: 0,
      pages: 0,
      maxPages: 15,
      fits: true,
    });
  });

  it('holds the 127 characters of the default alphabet (ESC aside) and the 10 of the extension table', () => {
    expect(GSM7_BASIC.size).toBe(127);
    expect(GSM7_EXTENSION.size).toBe(10);
    const all = [...GSM7_BASIC].join('');
    expect(cellBroadcastPages(all)).toMatchObject({ encoding: 'gsm7', units: 127 });
    expect(cellBroadcastPages([...GSM7_EXTENSION].join(''))).toMatchObject({ encoding: 'gsm7', units: 20 });
    expect(cellBroadcastPages('\u001b').encoding).toBe('ucs2');
  });
});

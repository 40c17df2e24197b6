import type { PlanResult, Polygon } from '@pactesur/contracts';
import type { MapFeature, MapLayers, StreetRank } from '@pactesur/site';
import { pdfText } from './pdf-text.ts';
import { MEASURE_COLOURS, measureColour, ZONE_COLOUR } from './report-colours.ts';
import type { ReportText } from './report-i18n.ts';
import { placeLabels, type Box, type LabelCandidate } from './report-labels.ts';
import { EXPORT_ATTRIBUTION } from './threat-export.ts';

type Doc = PDFKit.PDFDocument;
type Pt = readonly number[];

/** What the report's map shows: the zone, the plan's result and the site's own map layers. */
export interface ReportMap {
  readonly zone: Polygon;
  readonly result: PlanResult;
  readonly layers: MapLayers | null;
  readonly text: ReportText;
}

/** The site map's colours, as on the web's site maps: paper, squares, buildings, water, green, streets. */
const PAPER = '#f4f2ee';
const AREA: Readonly<Record<string, { fill: string; stroke?: string }>> = {
  green: { fill: '#d9ead3' },
  water: { fill: '#c7dcef' },
  pedestrian: { fill: '#ebe4d4', stroke: '#d8cfbb' },
  building: { fill: '#d9d4cd', stroke: '#c3bcb2' },
};
const STREET_WIDTH: Readonly<Record<StreetRank, number>> = { major: 3.2, minor: 2.2, pedestrian: 1.6, path: 0.7 };
const STREET_FILL: Readonly<Record<StreetRank, string>> = { major: '#ffffff', minor: '#ffffff', pedestrian: '#f8f3e6', path: '#b3a891' };
const RANK_ORDER: readonly StreetRank[] = ['path', 'pedestrian', 'minor', 'major'];
const LABEL_COLOUR = '#4a4a4a';

/**
 * Draws the plan's map into `box`: the site's map (green, water, squares, buildings, streets and tram lines
 * from its layers) around the zone and the measures with some margin, the zone's outline, each measure's
 * line coloured by what it is, the stations and the approaches still reached; then names of squares and
 * streets and the measures' numbers, placed greedily so that no two labels overlap; a scale bar, the legend
 * and the OpenStreetMap attribution under the box. Returns the height on the page below it all.
 */
export function drawReportMap(doc: Doc, box: Box, { zone, result, layers, text }: ReportMap): number {
  const measures = result.feasible ? result.measures : [];
  const unstopped = result.feasible ? result.verification.unstopped : [];
  const stations = result.feasible ? result.stations : [];
  const focus: Pt[] = [...(zone.coordinates[0] ?? []), ...measures.flatMap((m) => m.line), ...unstopped.map((u) => u.at)];
  const lat0 = focus.reduce((s, p) => s + (p[1] ?? 0), 0) / Math.max(1, focus.length);
  const k = Math.cos((lat0 * Math.PI) / 180);
  const xs = focus.map((p) => (p[0] ?? 0) * k);
  const ys = focus.map((p) => p[1] ?? 0);
  // A margin of a quarter of the extent (at least about 40 m) shows the streets that lead to the zone.
  const margin = Math.max((Math.max(...xs) - Math.min(...xs)) / 4, (Math.max(...ys) - Math.min(...ys)) / 4, 0.00036);
  const [minX, maxX, minY, maxY] = [Math.min(...xs) - margin, Math.max(...xs) + margin, Math.min(...ys) - margin, Math.max(...ys) + margin];
  const scale = Math.min(box.w / Math.max(maxX - minX, 1e-9), box.h / Math.max(maxY - minY, 1e-9));
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const at = (p: Pt): [number, number] => [box.x + box.w / 2 + ((p[0] ?? 0) * k - cx) * scale, box.y + box.h / 2 - ((p[1] ?? 0) - cy) * scale];
  const visible = { w: cx / k - box.w / 2 / scale / k, e: cx / k + box.w / 2 / scale / k, s: cy - box.h / 2 / scale, n: cy + box.h / 2 / scale };
  const seen = (coords: readonly Pt[]) => coords.some(([x = 0, y = 0]) => x >= visible.w && x <= visible.e && y >= visible.s && y <= visible.n);
  const inBox = ([x, y]: readonly [number, number]) => x >= box.x && x <= box.x + box.w && y >= box.y && y <= box.y + box.h;
  const path = (coords: readonly Pt[], close: boolean) => {
    const [first, ...rest] = coords;
    if (!first) return;
    doc.moveTo(...at(first));
    for (const p of rest) doc.lineTo(...at(p));
    if (close) doc.closePath();
  };

  doc.save().rect(box.x, box.y, box.w, box.h).fill(PAPER).restore();
  doc.save().rect(box.x, box.y, box.w, box.h).clip();
  const features = (layers?.features ?? []).filter((f) => seen(outerCoords(f)));
  for (const layer of ['green', 'water', 'pedestrian', 'building'] as const) {
    const style = AREA[layer];
    if (!style) continue;
    for (const f of features) {
      if (f.properties.layer !== layer || f.geometry.type !== 'Polygon') continue;
      for (const ring of f.geometry.coordinates) path(ring, true);
      if (style.stroke) doc.lineWidth(0.3).fillAndStroke(style.fill, style.stroke);
      else doc.fill(style.fill);
    }
  }
  const streets = features.filter((f) => f.properties.layer === 'street' && f.geometry.type === 'LineString');
  const rankOf = (f: MapFeature): StreetRank => f.properties.rank ?? 'minor';
  for (const rank of RANK_ORDER) {
    if (rank === 'path') continue;
    for (const f of streets) if (rankOf(f) === rank) path(f.geometry.coordinates as readonly Pt[], false);
    doc.lineWidth(STREET_WIDTH[rank] + 0.8).lineCap('round').lineJoin('round').stroke('#c9c2b6');
  }
  for (const rank of RANK_ORDER) {
    for (const f of streets) if (rankOf(f) === rank) path(f.geometry.coordinates as readonly Pt[], false);
    doc.lineWidth(STREET_WIDTH[rank]).lineCap('round').lineJoin('round').stroke(STREET_FILL[rank]);
  }
  for (const f of features) if (f.properties.layer === 'railway' && f.geometry.type === 'LineString') path(f.geometry.coordinates, false);
  doc.lineWidth(0.6).stroke('#8a8a8a');

  for (const ring of zone.coordinates) path(ring, true);
  doc.save().lineWidth(1.2).fillOpacity(0.15).fillAndStroke(ZONE_COLOUR, ZONE_COLOUR).restore();
  for (const m of measures) {
    doc.save().lineWidth(3).lineCap('butt').strokeColor(MEASURE_COLOURS[measureColour(m)]);
    doc.moveTo(...at(m.line[0])).lineTo(...at(m.line[1])).stroke();
    doc.restore();
  }
  for (const s of stations) {
    const [x, y] = at(s.at);
    doc.save().lineWidth(0.8).strokeColor('black').fillColor('#f2b705').rect(x - 3, y - 3, 6, 6).fillAndStroke().restore();
  }
  for (const u of unstopped) {
    const [x, y] = at(u.at);
    doc.save().lineWidth(1).strokeColor('black').moveTo(x - 3, y - 3).lineTo(x + 3, y + 3).moveTo(x - 3, y + 3).lineTo(x + 3, y - 3).stroke().restore();
  }
  doc.restore();

  // Scale bar: a round length near a fifth of the box, in the lower left corner.
  const metresPerPt = 111_320 / scale;
  const target = (box.w / 5) * metresPerPt;
  const bar = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000].reduce((best, v) => (Math.abs(v - target) < Math.abs(best - target) ? v : best), 1);
  const barPt = bar / metresPerPt;
  const by = box.y + box.h - 10;
  doc.save().rect(box.x + 4, by - 8, barPt + 40, 14).fillOpacity(0.8).fill('white').restore();
  doc.save().lineWidth(1.5).strokeColor('black').moveTo(box.x + 10, by).lineTo(box.x + 10 + barPt, by).stroke().restore();
  doc.font('Helvetica').fontSize(7).fillColor('black').text(`${bar} m`, box.x + 14 + barPt, by - 4, { lineBreak: false });
  const scaleBox: Box = { x: box.x + 4, y: by - 8, w: barPt + 40, h: 14 };

  // Labels: the measures' numbers first, then squares, then streets from the major ones down.
  const candidates: { candidate: LabelCandidate; font: string; size: number; colour: string }[] = [];
  const label = (textOf: string, font: string, size: number, colour: string, corners: (w: number, h: number) => [number, number][]) => {
    doc.font(font).fontSize(size);
    const shown = pdfText(textOf);
    const w = doc.widthOfString(shown);
    const h = size;
    candidates.push({ candidate: { text: shown, w, h, corners: corners(w, h) }, font, size, colour });
  };
  for (const [i, m] of measures.entries()) {
    const ends = [at(m.line[1]), at(m.line[0])];
    label(String(i + 1), 'Helvetica-Bold', 7, MEASURE_COLOURS[measureColour(m)], (w, h) =>
      ends.flatMap(([x, y]) => [1, 2, 3].flatMap((r) => [
        [x + 3 * r, y - h / 2], [x - w - 3 * r, y - h / 2], [x - w / 2, y - h - 2 * r], [x - w / 2, y + 2 * r],
        [x + 2 * r, y - h - 2 * r], [x + 2 * r, y + 2 * r], [x - w - 2 * r, y - h - 2 * r], [x - w - 2 * r, y + 2 * r],
      ] as [number, number][])),
    );
  }
  const named = new Set<string>();
  for (const f of features) {
    const name = f.properties.name;
    if (f.properties.layer !== 'pedestrian' || f.geometry.type !== 'Polygon' || !name || named.has(name)) continue;
    const ring = f.geometry.coordinates[0] as readonly Pt[] | undefined;
    if (!ring || ring.length < 3) continue;
    const c = at([ring.reduce((s, p) => s + (p[0] ?? 0), 0) / ring.length, ring.reduce((s, p) => s + (p[1] ?? 0), 0) / ring.length]);
    if (!inBox(c)) continue;
    named.add(name);
    label(name, 'Helvetica-Oblique', 7.5, '#6b5a36', (w, h) => [[c[0] - w / 2, c[1] - h / 2], [c[0] - w / 2, c[1] + h], [c[0] - w / 2, c[1] - 2 * h]]);
  }
  const streetPieces = streets
    .filter((f) => f.properties.name && rankOf(f) !== 'path')
    .map((f) => ({ f, piece: longestVisibleSegment((f.geometry.coordinates as readonly Pt[]).map(at), inBox) }))
    .filter((s) => s.piece !== null)
    .sort((a, b) => RANK_ORDER.indexOf(rankOf(b.f)) - RANK_ORDER.indexOf(rankOf(a.f)) || (b.piece?.length ?? 0) - (a.piece?.length ?? 0));
  for (const { f, piece } of streetPieces) {
    const name = f.properties.name ?? '';
    if (named.has(name) || !piece) continue;
    named.add(name);
    const [mx, my] = piece.mid;
    label(name, 'Helvetica', 6.5, LABEL_COLOUR, (w, h) => [[mx - w / 2, my - h - 2], [mx - w / 2, my + 2], [mx - w / 2, my - h / 2], [mx + 3, my - h - 2], [mx - w - 3, my + 2]]);
  }
  const placed = placeLabels(candidates.map((c) => c.candidate), { x: box.x + 2, y: box.y + 2, w: box.w - 4, h: box.h - 4 }, [scaleBox]);
  for (const p of placed) {
    const c = candidates[p.index];
    if (!c) continue;
    doc.save().rect(p.x - 1, p.y - 0.5, p.w + 2, p.h + 1).fillOpacity(0.65).fill('white').restore();
    doc.font(c.font).fontSize(c.size).fillColor(c.colour).text(p.text, p.x, p.y, { lineBreak: false });
  }
  doc.save().lineWidth(0.5).strokeColor('#999999').rect(box.x, box.y, box.w, box.h).stroke().restore();

  // Legend and attribution under the box, wrapped onto a second line when it is long.
  let x = box.x;
  let ly = box.y + box.h + 8;
  const legend: [string, string, 'line' | 'square' | 'cross'][] = [
    [ZONE_COLOUR, text.legend.zone, 'line'],
    [MEASURE_COLOURS.fixed, text.legend.fixed, 'line'],
    [MEASURE_COLOURS.openable, text.legend.openable, 'line'],
    [MEASURE_COLOURS.layout, text.legend.layout, 'line'],
  ];
  if (stations.length > 0) legend.push(['#f2b705', text.legend.station, 'square']);
  if (unstopped.length > 0) legend.push(['black', text.legend.unstopped, 'cross']);
  doc.font('Helvetica').fontSize(8);
  for (const [colour, words, mark] of legend) {
    const shown = pdfText(words);
    const width = 18 + doc.widthOfString(shown) + 14;
    if (x + width > box.x + box.w) {
      x = box.x;
      ly += 12;
    }
    if (mark === 'line') doc.save().lineWidth(3).strokeColor(colour).moveTo(x, ly + 4).lineTo(x + 14, ly + 4).stroke().restore();
    else if (mark === 'square') doc.save().lineWidth(0.8).strokeColor('black').fillColor(colour).rect(x + 4, ly + 1, 6, 6).fillAndStroke().restore();
    else doc.save().lineWidth(1).strokeColor(colour).moveTo(x + 4, ly + 1).lineTo(x + 10, ly + 7).moveTo(x + 4, ly + 7).lineTo(x + 10, ly + 1).stroke().restore();
    doc.fillColor('black').text(shown, x + 18, ly, { lineBreak: false });
    x += width;
  }
  doc.fontSize(7).fillColor('#555555').text(pdfText(EXPORT_ATTRIBUTION), box.x, ly + 14, { width: box.w, align: 'right' });
  return ly + 26;
}

/** The outer coordinates of a feature (a polygon's outer ring), to test whether it is on the map at all. */
function outerCoords(f: MapFeature): readonly Pt[] {
  const g = f.geometry;
  if (g.type === 'Point') return [g.coordinates];
  if (g.type === 'LineString') return g.coordinates;
  return g.coordinates[0] ?? [];
}

/** The longest segment of a line (in page points) with both ends on the map: where its name goes. */
function longestVisibleSegment(points: readonly (readonly [number, number])[], inBox: (p: readonly [number, number]) => boolean): { mid: [number, number]; length: number } | null {
  let best: { mid: [number, number]; length: number } | null = null;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b || !inBox(a) || !inBox(b)) continue;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (length >= 12 && (!best || length > best.length)) best = { mid: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], length };
  }
  return best;
}

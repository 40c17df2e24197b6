import type { BlurRegion } from '@pactesur/contracts';
import { useState, type PointerEvent } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { BlurRegionRow } from './BlurRegionRow.tsx';
import { dragRect, regionOfPixels, type PixelRect } from './blurRegions.ts';

/** Most regions blurred by hand on one photo (the API's limit). */
export const MAX_BLUR_REGIONS = 20;

/** A region added from the keyboard: the middle of the photo, to move and size with its fields. */
const MIDDLE: BlurRegion = { x: 0.4, y: 0.4, width: 0.2, height: 0.2 };

interface Props {
  /** The photo with its faces already blurred. */
  readonly src: string;
  readonly alt: string;
  readonly regions: readonly BlurRegion[];
  /** Null: the regions are shown, not changed. */
  readonly onChange: ((regions: readonly BlurRegion[]) => void) | null;
}

const pct = (v: number) => `${v * 100}%`;

/**
 * The photo of a report (faces blurred automatically) with the regions to blur by hand before it is
 * published: drawn as rectangles with the pointer, or given as numbers (percentages of the photo) in their
 * fields, which drawing fills too.
 */
export function PhotoBlurEditor({ src, alt, regions, onChange }: Props) {
  const { t } = useI18n();
  const [drag, setDrag] = useState<{ from: { x: number; y: number }; to: { x: number; y: number } } | null>(
    null,
  );
  const full = regions.length >= MAX_BLUR_REGIONS;

  const at = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  };
  const start = (e: PointerEvent<HTMLDivElement>) => {
    if (!onChange || full || e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const p = at(e);
    setDrag({ from: p, to: p });
  };
  const move = (e: PointerEvent<HTMLDivElement>) => {
    if (drag) setDrag({ ...drag, to: at(e) });
  };
  const end = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag || !onChange) return;
    const box = e.currentTarget.getBoundingClientRect();
    const region = regionOfPixels(dragRect(drag.from, at(e)), { width: box.width, height: box.height });
    setDrag(null);
    if (region) onChange([...regions, region]);
  };
  const drawing: PixelRect | null = drag ? dragRect(drag.from, drag.to) : null;

  return (
    <div className="blur-editor" data-testid="blur-editor" data-regions={regions.length}>
      <div className="blur-photo">
        <img src={src} alt={alt} draggable={false} data-testid="report-photo" />
        <div
          className={onChange ? 'blur-surface blur-surface-active' : 'blur-surface'}
          data-testid="blur-surface"
          onPointerDown={start}
          onPointerMove={move}
          onPointerUp={end}
          onPointerCancel={() => setDrag(null)}
        >
          {regions.map((r, i) => (
            <span
              key={i}
              className="blur-region"
              style={{ left: pct(r.x), top: pct(r.y), width: pct(r.width), height: pct(r.height) }}
            >
              {i + 1}
            </span>
          ))}
          {drawing && (
            <span
              className="blur-region blur-region-drawing"
              style={{ left: drawing.x, top: drawing.y, width: drawing.width, height: drawing.height }}
            />
          )}
        </div>
      </div>
      {onChange && (
        <>
          <p className="hint">
            {full ? t('citizens.blur.full', { max: MAX_BLUR_REGIONS }) : t('citizens.blur.hint')}
          </p>
          {regions.map((r, i) => (
            <BlurRegionRow
              key={i}
              n={i + 1}
              region={r}
              onChange={(next) => onChange(regions.map((x, j) => (j === i ? next : x)))}
              onRemove={() => onChange(regions.filter((_, j) => j !== i))}
            />
          ))}
          <div className="toolbar">
            <button type="button" disabled={full} onClick={() => onChange([...regions, MIDDLE])}>
              {t('citizens.blur.add')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

import type { ReactNode, RefObject } from 'react';
import type { MapReport } from './useMap.ts';

interface Props {
  /** The element MapLibre draws in: `container` of `useMap`. */
  readonly container: RefObject<HTMLDivElement | null>;
  readonly label: string;
  readonly testId: string;
  /** `map`, and any class of the feature's own. */
  readonly className?: string;
  readonly status: 'loading' | 'loaded' | 'unavailable';
  /** What is drawn and where the view is, as `data-…` attributes of the map (read by the browser tests). */
  readonly report: MapReport;
  /** Said under the frame when the browser cannot draw the map. */
  readonly unavailable: string;
  readonly children?: ReactNode;
}

/**
 * The frame of a map: the region MapLibre draws in, its state in `data-map-state` (`loading`, `loaded`,
 * `unavailable`) beside what it reports, and a notice when it cannot be drawn.
 */
export function MapFrame({
  container,
  label,
  testId,
  className = 'map',
  status,
  report,
  unavailable,
  children,
}: Props) {
  return (
    <div className="map-frame">
      <div
        ref={container}
        className={className}
        role="region"
        aria-label={label}
        data-testid={testId}
        data-map-state={status}
        {...report}
      />
      {status === 'unavailable' && <p className="notice">{unavailable}</p>}
      {children}
    </div>
  );
}

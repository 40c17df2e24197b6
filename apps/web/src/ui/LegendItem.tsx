import type { ReactNode } from 'react';

interface Props {
  /** Classes of the swatch besides `swatch` (`swatch-line swatch-thick`, `swatch-dashed` …). */
  readonly swatch?: string | undefined;
  readonly fill?: string | undefined;
  /** The colour of its border (for a dashed outline). */
  readonly border?: string | undefined;
  readonly children: ReactNode;
}

/** An entry of a map legend: the swatch drawn as on the map, then what it stands for. */
export function LegendItem({ swatch, fill, border, children }: Props) {
  const style =
    fill !== undefined ? { background: fill } : border !== undefined ? { borderColor: border } : undefined;
  return (
    <li>
      <span className={swatch ? `swatch ${swatch}` : 'swatch'} style={style} aria-hidden="true" />
      {children}
    </li>
  );
}

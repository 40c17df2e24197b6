/** One measured (density, speed) point. */
export interface FdPoint {
  readonly density: number;
  readonly speed: number;
}

/**
 * Parses a Jülich fundamental-diagram data file (two columns: density, speed; `#` comments).
 * @example
 * parseFdData('#rho v\n0.5 1.1\n'); // [{ density: 0.5, speed: 1.1 }]
 */
export function parseFdData(text: string): FdPoint[] {
  const out: FdPoint[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    const [a, b] = t.split(/\s+/).map(Number);
    if (a !== undefined && b !== undefined && Number.isFinite(a) && Number.isFinite(b))
      out.push({ density: a, speed: b });
  }
  return out;
}

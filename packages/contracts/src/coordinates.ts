import { z } from 'zod';
import { LngLat } from './common.ts';

/** Sizes of nested arrays, outermost first: the least and most items at each level. */
type Sizes = readonly (readonly [min: number, max: number])[];

interface Problem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

function firstProblem(value: unknown, sizes: Sizes, path: readonly (string | number)[]): Problem | null {
  const [level, ...inner] = sizes;
  if (!level) {
    const r = LngLat.safeParse(value);
    const issue = r.success ? undefined : r.error.issues[0];
    return issue ? { path: [...path, ...(issue.path as (string | number)[])], message: issue.message } : null;
  }
  if (!Array.isArray(value)) return { path, message: 'Invalid input: expected array' };
  const [min, max] = level;
  if (value.length < min) return { path, message: `Too small: expected array to have >=${min} items` };
  if (value.length > max) return { path, message: `Too big: expected array to have <=${max} items` };
  for (let i = 0; i < value.length; i++) {
    const p = firstProblem(value[i] as unknown, inner, [...path, i]);
    if (p) return p;
  }
  return null;
}

/**
 * The coordinates of a GeoJSON geometry: arrays nested `sizes.length` deep around [lon, lat] positions
 * (`LngLat`), checked as one value and refused at the first problem, with its path. Checked level by level,
 * zod reports every bad position, and gathers a nested array's issues into its parent with a spread call,
 * which overflows the stack past about 100 000 of them: `safeParse` would throw instead of answering (one
 * request body of 1 MiB holds that many).
 *
 * @example
 * const Ring = coordinates<LngLat[]>([[4, 100]]);
 * Ring.safeParse([[0, 0], [1, 0], [200, 1], [0, 0]]).error?.issues[0]?.path; // [2, 0]
 */
export function coordinates<T>(sizes: Sizes): z.ZodType<T, T> {
  return z.custom<T>().superRefine((value, ctx) => {
    const p = firstProblem(value, sizes, []);
    if (p) ctx.addIssue({ code: 'custom', path: [...p.path], message: p.message });
  });
}

import { dirname, isAbsolute, relative, resolve } from 'node:path';

/** A relative path that starts by going up: `../x`, `../../y/z`. */
const UPWARD = /(?<![\w.])(?:\.\.\/)+[\w.\-/${}]*/g;

/**
 * The relative paths written in `text` (the content of `file`) that, resolved from the file's folder, lead
 * outside `root`.
 */
export function climbingPaths(root: string, file: string, text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(UPWARD)) {
    const written = match[0];
    const target = relative(root, resolve(dirname(file), written));
    if (target === '..' || target.startsWith('../') || isAbsolute(target)) found.push(written);
  }
  return found;
}

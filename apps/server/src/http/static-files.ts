import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pbf': 'application/x-protobuf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the built web app: files under `root`, and `index.html` for every other path (client routing).
 * Paths are normalised and must stay inside `root`.
 */
export function staticFiles(root: string) {
  const base = resolve(root);
  return async (c: Context): Promise<Response> => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      return c.text('Bad path', 400); // malformed percent-encoding
    }
    const relative = normalize(decoded).replace(/^([/\\])+/, '');
    let file = resolve(join(base, relative));
    if (file !== base && !file.startsWith(base + sep)) return c.text('Not found', 404);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) file = join(base, 'index.html');
    const body = await readFile(file).catch(() => null);
    if (!body) return c.text('The web app is not built: run `npm run build:web`.', 404);
    const immutable = file.includes(`${sep}assets${sep}`);
    return c.body(body, 200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  };
}

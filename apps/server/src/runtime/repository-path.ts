import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/**
 * A path inside the Pactesur repository, e.g. `repositoryPath('data', 'osm')`. The root is found by
 * walking up from this module to the folder whose `package.json` declares the workspaces, so the answer is
 * the same whether the code runs from its TypeScript sources or from the compiled build in
 * `apps/cli/dist/` (which sits at another depth).
 */
export function repositoryPath(...segments: string[]): string {
  root ??= findRoot(dirname(fileURLToPath(import.meta.url)));
  return join(root, ...segments);
}

function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (isWorkspaceRoot(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no Pactesur repository (a package.json with workspaces) above ${start}`);
  }
}

function isWorkspaceRoot(packageJson: string): boolean {
  if (!existsSync(packageJson)) return false;
  try {
    return Array.isArray((JSON.parse(readFileSync(packageJson, 'utf8')) as { workspaces?: unknown }).workspaces);
  } catch {
    return false;
  }
}

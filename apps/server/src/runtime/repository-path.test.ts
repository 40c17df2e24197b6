import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryPath } from './repository-path.ts';

describe('repositoryPath', () => {
  it('is rooted at the folder whose package.json declares the workspaces', () => {
    const pkg = JSON.parse(readFileSync(repositoryPath('package.json'), 'utf8')) as { workspaces?: string[] };
    expect(pkg.workspaces).toContain('apps/*');
  });

  it('joins the segments under that root', () => {
    expect(repositoryPath('data', 'osm')).toBe(join(repositoryPath(), 'data', 'osm'));
    expect(existsSync(repositoryPath('apps', 'server', 'src', 'runtime', 'repository-path.ts'))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { parseRoute, pathOf, type Route } from './routes.ts';

describe('routes', () => {
  it('opens the home page at the root, and every network under /networks', () => {
    expect(parseRoute('/')).toEqual({ name: 'home' });
    expect(pathOf({ name: 'home' })).toBe('/');
    expect(pathOf({ name: 'network', slug: 'pactesur-2' })).toBe('/networks/pactesur-2');
  });

  it('parses every screen and gives its path back', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'network', slug: 'pactesur' },
      { name: 'organisation' },
      { name: 'members' },
      { name: 'audit' },
      { name: 'briefings' },
      { name: 'briefing-new' },
      { name: 'briefing', id: '0d9c3f1e-8f5e-4b7a-9a8e-1c2d3e4f5a6b' },
      { name: 'jobs' },
      { name: 'sites' },
      { name: 'site-import' },
      { name: 'site', id: '5e0b1a2c-3d4e-4f50-8a6b-7c8d9e0f1a2b' },
      { name: 'threat-new', siteId: '5e0b1a2c-3d4e-4f50-8a6b-7c8d9e0f1a2b' },
      { name: 'threat', id: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' },
      { name: 'crowd-new', siteId: '5e0b1a2c-3d4e-4f50-8a6b-7c8d9e0f1a2b' },
      { name: 'crowd', id: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' },
      { name: 'protection-new', siteId: '5e0b1a2c-3d4e-4f50-8a6b-7c8d9e0f1a2b' },
      { name: 'protection', id: '3f2e1d0c-9b8a-4765-8432-10fedcba9876' },
      {
        name: 'protection-compare',
        siteId: '5e0b1a2c-3d4e-4f50-8a6b-7c8d9e0f1a2b',
        ids: ['3f2e1d0c-9b8a-4765-8432-10fedcba9876', '4a3b2c1d-0e9f-4876-9543-21fedcba9876'],
      },
      { name: 'invite', token: 'abc_DEF-123' },
    ];
    for (const route of routes) expect(parseRoute(pathOf(route))).toEqual(route);
  });

  it('tolerates a trailing slash and decodes parts', () => {
    expect(parseRoute('/audit/')).toEqual({ name: 'audit' });
    expect(parseRoute('/invite/a%2Fb')).toEqual({ name: 'invite', token: 'a/b' });
  });

  it('reads the plans of a comparison from the query, ignoring blanks and repeats', () => {
    expect(parseRoute('/sites/s1/protection/compare?ids=a,b,,a')).toEqual({
      name: 'protection-compare',
      siteId: 's1',
      ids: ['a', 'b'],
    });
    expect(parseRoute('/sites/s1/protection/compare')).toEqual({
      name: 'protection-compare',
      siteId: 's1',
      ids: [],
    });
    expect(parseRoute('/protection/p1?ids=x')).toEqual({ name: 'protection', id: 'p1' });
  });

  it('answers not-found for unknown or malformed paths', () => {
    expect(parseRoute('/nowhere')).toEqual({ name: 'not-found', path: '/nowhere' });
    expect(parseRoute('/briefings/x/y')).toEqual({ name: 'not-found', path: '/briefings/x/y' });
    expect(parseRoute('/sites/x/threats')).toEqual({ name: 'not-found', path: '/sites/x/threats' });
    expect(parseRoute('/sites/x/threats/old')).toEqual({ name: 'not-found', path: '/sites/x/threats/old' });
    expect(parseRoute('/threats')).toEqual({ name: 'not-found', path: '/threats' });
    expect(parseRoute('/sites/x/crowd')).toEqual({ name: 'not-found', path: '/sites/x/crowd' });
    expect(parseRoute('/crowd')).toEqual({ name: 'not-found', path: '/crowd' });
    expect(parseRoute('/sites/x/protection')).toEqual({ name: 'not-found', path: '/sites/x/protection' });
    expect(parseRoute('/sites/x/protection/old')).toEqual({
      name: 'not-found',
      path: '/sites/x/protection/old',
    });
    expect(parseRoute('/protection')).toEqual({ name: 'not-found', path: '/protection' });
    expect(parseRoute('/invite/%E0%A4%A')).toEqual({ name: 'not-found', path: '/invite/%E0%A4%A' });
  });
});

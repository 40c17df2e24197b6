import { RecordKind } from '@pactesur/contracts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMON_ACTIONS } from '../access/can.ts';
import type { Messages } from '../i18n/messages.ts';
import { SHELL_DICTIONARY } from '../i18n/shellDictionary.ts';
import { routeOfRecord } from '../router/routeOfRecord.ts';
import { parseRoute, pathOf, type Route } from '../router/routes.ts';
import type { NavEntry, RouteDecl } from './defineFeature.ts';
import { FEATURES } from './index.ts';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const WEB = resolve(SRC, '..');
const FEATURES_DIR = join(SRC, 'features');

const ROUTES: readonly RouteDecl[] = FEATURES.flatMap((f): readonly RouteDecl[] => f.routes);
const NAV = FEATURES.flatMap((f): readonly NavEntry<Messages, Route>[] => f.nav);
const routeNames = new Set(ROUTES.map((r) => r.name));

/** A value of a declared route, its params filled with text that must be encoded on the way. */
function sampleOf(decl: RouteDecl): Route {
  const params = [...decl.path.matchAll(/:(\w+)/g)].map((m) => [m[1] ?? '', `${m[1]} 1/é?#%`]);
  const lists = decl.query.map((name) => [name, [`${name}-a`, `${name} b/é`]]);
  return { name: decl.name, ...Object.fromEntries([...params, ...lists]) } as Route;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The modules a source imports (statically, dynamically, or for types), as paths from `apps/web`. */
function importsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] ?? '',
  );
  return specifiers
    .filter((s) => s.startsWith('.'))
    .map((s) => relative(WEB, resolve(dirname(path), s)).replaceAll('\\', '/'));
}

/** The module of a feature's own folder that a path names, if any: `src/features/<area>/…`. */
const featureModule = (path: string): string | null => (/^src\/features\/[^/]+\//.test(path) ? path : null);

/**
 * Modules of a feature the shell may import directly: the sign-in screen, shown in place of any page while
 * signed out, the header's choice of the organisation one acts for, and its bell of notifications. None is the page of a route.
 */
const SHELL_USES = new Set([
  'src/app/App.tsx -> src/features/auth/SignInPage.tsx',
  'src/app/Header.tsx -> src/features/auth/OrgSwitcher.tsx',
  'src/app/Header.tsx -> src/features/notifications/NotificationBell.tsx',
]);

describe('the registry of features', () => {
  it('lists every feature folder once, under its own area', () => {
    const folders = readdirSync(FEATURES_DIR).filter((name) =>
      statSync(join(FEATURES_DIR, name)).isDirectory(),
    );
    const withFeature = folders.filter((name) =>
      statSync(join(FEATURES_DIR, name, 'feature.ts'), { throwIfNoEntry: false }),
    );
    expect(withFeature.sort()).toEqual(folders.sort());
    expect(FEATURES.map((f) => f.area).sort()).toEqual(folders.sort());
  });

  it('gives each route a name of its own', () => {
    const names = ROUTES.map((r) => r.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    expect(names).not.toContain('not-found');
  });

  it('parses the path of every route back to the route, and no two patterns are the same', () => {
    for (const decl of ROUTES) {
      const route = sampleOf(decl);
      expect(parseRoute(pathOf(route)), decl.path).toEqual(route);
    }
    const shapes = ROUTES.map((r) => r.path.replace(/:\w+/g, ':'));
    expect(shapes.filter((shape, i) => shapes.indexOf(shape) !== i)).toEqual([]);
  });

  it('opens declared routes from the navigation, lit up by declared routes, in a clear order', () => {
    for (const entry of NAV) {
      expect(routeNames.has(entry.to.name), entry.label).toBe(true);
      for (const name of entry.matches) expect(routeNames.has(name), `${entry.label}: ${name}`).toBe(true);
    }
    const orders = NAV.map((e) => e.order);
    expect(new Set(orders).size).toBe(orders.length);
    const sections = new Set<string>(NAV.map((e) => e.to.name));
    for (const f of FEATURES) if (f.section !== null) expect(sections.has(f.section), f.area).toBe(true);
  });

  it('gives every kind of record a page, but extracts (read through the site registered from them)', () => {
    const owners = FEATURES.flatMap((f) => Object.keys(f.recordKinds));
    expect(owners.filter((kind, i) => owners.indexOf(kind) !== i)).toEqual([]);
    const without = RecordKind.options.filter((kind) => routeOfRecord(kind, 'r1') === null);
    expect(without).toEqual(['extract']);
    expect(routeOfRecord('briefing', 'r1')).toEqual({ name: 'briefing', id: 'r1' });
    expect(routeOfRecord('job', 'r1')).toEqual({ name: 'jobs' });
    expect(routeOfRecord('no-such-kind', 'r1')).toBeNull();
  });

  it('names each action once, apart from the actions on any record', () => {
    const actions = [...Object.keys(COMMON_ACTIONS), ...FEATURES.flatMap((f) => Object.keys(f.actions))];
    expect(actions.filter((a, i) => actions.indexOf(a) !== i)).toEqual([]);
  });

  it('gives each message key one slice: no feature, nor the shell, defines a key of another', () => {
    const keys = [SHELL_DICTIONARY.en, ...FEATURES.map((f) => f.dictionary.en)].flatMap((slice) =>
      Object.keys(slice),
    );
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('is the only place features are listed: the rest of the app imports no module of a feature folder', () => {
    const outside = [...sources(SRC), ...sources(join(WEB, 'e2e'))].filter(
      (p) => !p.startsWith(FEATURES_DIR),
    );
    const uses = outside.flatMap((path) => {
      const from = relative(WEB, path).replaceAll('\\', '/');
      return importsOf(path)
        .filter((to) => featureModule(to) !== null)
        .map((to) => `${from} -> ${to}`);
    });
    expect(uses.filter((use) => !SHELL_USES.has(use))).toEqual([]);
    // The exceptions are still true: a stale one would hide a new import behind it.
    expect([...SHELL_USES].filter((use) => !uses.includes(use))).toEqual([]);
  });

  it('keeps each feature.ts light in the first chunk: its English words and declarations, pages and other languages loaded lazily from its own folder', () => {
    for (const f of FEATURES) {
      const path = join(FEATURES_DIR, f.area, 'feature.ts');
      const text = readFileSync(path, 'utf8');
      const statics = [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gm)].map(
        (m) => m[1],
      );
      expect(statics.sort(), f.area).toEqual(['../defineFeature.ts', './i18n/en.ts']);
      const lazy = [...text.matchAll(/import\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
      expect(
        lazy.filter((s) => !s.startsWith('./')),
        f.area,
      ).toEqual([]);
    }
  });
});

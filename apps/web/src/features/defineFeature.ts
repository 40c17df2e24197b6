import type { Access, Locale, RecordKind, Role } from '@pactesur/contracts';
import type { ComponentType } from 'react';
import type { Slice } from '../i18n/slice.ts';

/** The names of the `:params` of a path pattern: `'/sites/:siteId/threats/new'` → `'siteId'`. */
export type PathParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/**
 * What a page of a pattern receives: each `:param` of its path as a string, each query name as a list
 * (`?ids=a,b` → `['a', 'b']`).
 */
export type RouteParams<P extends string, Q extends string> = {
  readonly [K in PathParamNames<P> | Q]: K extends Q ? readonly string[] : string;
};

/** The values the router hands to any page: its params, by name. */
export type AnyRouteParams = Readonly<Record<string, string | readonly string[]>>;

/** A route declared by a feature: its name, its pattern and its page, loaded with the route. */
export interface RouteDecl<N extends string = string, P extends string = string, Q extends string = string> {
  readonly name: N;
  /** `/briefings/:id`: literal segments and `:params`; a literal wins over a param at the same place. */
  readonly path: P;
  /** Query names read as comma-separated lists (`ids` of `?ids=a,b`), always written by `pathOf`. */
  readonly query: readonly Q[];
  /** Whether the page opens without being signed in (an invitation). */
  readonly public: boolean;
  /** The param whose change gives a fresh page (another record), rather than the same page with new props. */
  readonly freshFor: PathParamNames<P> | null;
  readonly page: () => Promise<ComponentType<AnyRouteParams>>;
}

/**
 * A route, as a feature declares it. The page's props are checked here against the pattern's params.
 *
 * @example route({ name: 'briefing', path: '/briefings/:id', freshFor: 'id',
 *   page: () => import('./BriefingPage.tsx').then((m) => m.BriefingPage) })
 */
export function route<const N extends string, const P extends string, const Q extends string = never>(decl: {
  readonly name: N;
  readonly path: P;
  readonly query?: readonly Q[];
  readonly public?: boolean;
  readonly freshFor?: PathParamNames<P>;
  // The pattern and the query alone name the params: the page's props are checked, never inferred from.
  readonly page: () => Promise<ComponentType<RouteParams<NoInfer<P>, NoInfer<Q>>>>;
}): RouteDecl<N, P, Q> {
  return {
    name: decl.name,
    path: decl.path,
    query: decl.query ?? [],
    public: decl.public ?? false,
    freshFor: decl.freshFor ?? null,
    // The router gives each page exactly the params of its pattern (checked in the signature above); it
    // handles every page alike, so the loader is stored with the props widened.
    page: decl.page as unknown as () => Promise<ComponentType<AnyRouteParams>>,
  };
}

type Simplify<T> = { [K in keyof T]: T[K] };

/** The value of a declared route: `{ name: 'briefing', id: '…' }`. */
export type RouteValue<D> =
  D extends RouteDecl<infer N, infer P, infer Q> ? Simplify<{ readonly name: N } & RouteParams<P, Q>> : never;

/** An entry of the main navigation. */
export interface NavEntry<E, R extends { readonly name: string }> {
  /** Its label, a key of the feature's English slice. */
  readonly label: keyof E & string;
  /** The route it opens; the entry is identified by this route's name. */
  readonly to: R;
  /** The routes of the feature that light the entry up (pages of other features join with `section`). */
  readonly matches: readonly R['name'][];
  /** Its place in the navigation, smallest first. */
  readonly order: number;
  readonly adminOnly?: boolean;
}

/** Who may do an action: the least role, and the access to the record it acts on (`owner` for none). */
export interface ActionRule {
  readonly role: Role;
  readonly access: readonly Access[];
}

/** A feature's words: its English slice (in the first chunk) and, for each other language, a loader. */
export type Dictionary<E> = { readonly en: E } & {
  readonly [L in Exclude<Locale, 'en'>]: () => Promise<Slice<E>>;
};

/** The routes that can show a record: those whose only param is its `id`, or that take none (a list). */
export type RecordPage<D> =
  D extends RouteDecl<infer N, infer P, never> ? ([PathParamNames<P>] extends ['id'] ? N : never) : never;

/** A feature (`features/<area>/feature.ts`), as listed in the registry `features/index.ts`. */
export interface Feature<E = object, D extends RouteDecl = RouteDecl, A extends string = string> {
  /** Its folder under `features/`. */
  readonly area: string;
  readonly routes: readonly D[];
  readonly nav: readonly NavEntry<E, RouteValue<D>>[];
  /**
   * The route (by name) whose navigation entry this feature's pages light up, when they are part of another
   * feature's section (threat analyses of a site light up "Sites").
   */
  readonly section: string | null;
  readonly dictionary: Dictionary<E>;
  /**
   * The page of a record (the route, by name, given the record's `id`), per kind of record (as the API names
   * kinds) the feature owns.
   */
  readonly recordKinds: Readonly<Partial<Record<RecordKind, RecordPage<D>>>>;
  /** The actions the feature offers, and who may use them (`can` in `access/can.ts`). */
  readonly actions: Readonly<Record<A, ActionRule>>;
}

/**
 * Declares a feature; everything but its area and dictionary is optional.
 *
 * @example export const briefingsFeature = defineFeature({ area: 'briefings', routes: [route({ … })],
 *   dictionary: { en: briefingsEn, fr: () => import('./i18n/fr.ts').then((m) => m.briefingsFr), … } });
 */
export function defineFeature<E, D extends RouteDecl = never, A extends string = never>(feature: {
  readonly area: string;
  readonly routes?: readonly D[];
  readonly nav?: readonly NavEntry<NoInfer<E>, RouteValue<D>>[];
  readonly section?: string;
  readonly dictionary: Dictionary<E>;
  readonly recordKinds?: Readonly<Partial<Record<RecordKind, RecordPage<D>>>>;
  readonly actions?: Readonly<Record<A, ActionRule>>;
}): Feature<E, D, A> {
  return {
    area: feature.area,
    routes: feature.routes ?? [],
    nav: feature.nav ?? [],
    section: feature.section ?? null,
    dictionary: feature.dictionary,
    recordKinds: feature.recordKinds ?? {},
    // A feature without actions declares none: the empty record has no key of `never`.
    actions: feature.actions ?? ({} as Readonly<Record<A, ActionRule>>),
  };
}

/** The routes of any of the features `F` (a union of features). */
export type RouteOf<F> = F extends { readonly routes: readonly (infer D)[] } ? RouteValue<D> : never;

/** The action names of any of the features `F`. */
export type ActionOf<F> = F extends { readonly actions: infer R } ? keyof R & string : never;

/** The English slices of a list of features, merged: the intersection of their types. */
export type EnglishOf<T extends readonly unknown[]> = T extends readonly [infer H, ...infer R]
  ? (H extends { readonly dictionary: { readonly en: infer E } } ? E : never) & EnglishOf<R>
  : unknown;

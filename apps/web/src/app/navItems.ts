import type { NavEntry } from '../features/defineFeature.ts';
import { FEATURES } from '../features/index.ts';
import type { MessageKey, Messages } from '../i18n/messages.ts';
import { pathOf, type Route } from '../router/routes.ts';

/** An entry of the main navigation: where it leads, its label, the routes that light it up. */
export interface NavItem {
  readonly path: string;
  readonly label: MessageKey;
  readonly matches: ReadonlySet<Route['name']>;
  readonly adminOnly: boolean;
}

/**
 * The entries the features declare, in their order. An entry lights up for the routes it names and for every
 * route of the features whose pages are part of its section (`section`: the name of the route it opens).
 */
export const NAV_ITEMS: readonly NavItem[] = FEATURES.flatMap(
  (feature): readonly NavEntry<Messages, Route>[] => feature.nav,
)
  .sort((a, b) => a.order - b.order)
  .map((entry) => ({
    path: pathOf(entry.to),
    label: entry.label,
    matches: new Set<Route['name']>([
      ...entry.matches,
      ...FEATURES.filter((f) => f.section === entry.to.name).flatMap((f) => f.routes.map((r) => r.name)),
    ]),
    adminOnly: entry.adminOnly ?? false,
  }));

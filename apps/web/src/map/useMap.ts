import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/useI18n.tsx';
import type { MapSetup } from './baseMap.ts';
import { loadMapLibre } from './loadMapLibre.ts';
import { mapLocale } from './mapLocale.ts';

/** Where a map stands: MapLibre on its way, drawn (with what it reports), or unable to draw (no WebGL). */
export type MapStatus<S extends object> =
  { readonly status: 'loading' | 'unavailable' } | ({ readonly status: 'loaded' } & S);

/** What a map reports as `data-…` attributes of its element: what is drawn, where the view is. */
export type MapReport = Readonly<Record<`data-${string}`, string | number | undefined>>;

/** A map made by one of the features' `create…Map` functions. */
export interface MapHandle {
  readonly destroy: () => void;
}

/**
 * A MapLibre map in a component's container, MapLibre downloaded with the first map: `create` makes it once
 * the library is in (the one of the latest render is used), a new one in a new language (MapLibre reads its
 * texts once) or when `rebuild` changes, and the map is removed with the component. `ready` counts the maps
 * made: effects that talk to `handle` list it to run again once a map exists.
 */
export function useMap<H extends MapHandle, S extends object>(
  create: (setup: MapSetup, onState: (state: S) => void) => H,
  rebuild?: unknown,
) {
  const { t, locale } = useI18n();
  const texts = useRef(mapLocale(t));
  texts.current = mapLocale(t);
  const latestCreate = useRef(create);
  latestCreate.current = create;
  const container = useRef<HTMLDivElement>(null);
  const handle = useRef<H | null>(null);
  const [state, setState] = useState<MapStatus<S>>({ status: 'loading' });
  const [ready, setReady] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    loadMapLibre()
      .then((maplibre) => {
        if (cancelled || !container.current) return;
        const setup = { maplibre, container: container.current, locale: texts.current };
        handle.current = latestCreate.current(setup, (drawn) => setState({ ...drawn, status: 'loaded' }));
        setReady((n) => n + 1);
      })
      .catch(() => {
        if (!cancelled) setState({ status: 'unavailable' });
      });
    return () => {
      cancelled = true;
      handle.current?.destroy();
      handle.current = null;
    };
  }, [locale, rebuild]);

  return { container, handle, state, ready };
}

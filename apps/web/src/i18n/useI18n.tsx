import { LOCALES, type Locale } from '@pactesur/contracts';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../api.ts';
import { useSession } from '../session/useSession.tsx';
import { loadDictionary, loadedDictionary } from './dictionaries.ts';
import { en } from './en.ts';
import type { Messages } from './messages.ts';
import type { MessageKey, MessageParams } from './messages.ts';
import {
  formatArea,
  formatBytes,
  formatCount,
  formatEuros,
  formatMeasure,
  formatMetres,
} from './numbers.ts';
import { pickLocale, translate } from './translate.ts';

export type DateStyle = 'date' | 'date-time' | 'compact';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

interface I18nValue {
  readonly locale: Locale;
  readonly t: Translate;
  /** Switches the interface language; stored on the user when signed in. */
  readonly setLocale: (locale: Locale) => Promise<void>;
  /** `date`: 21 Nov 2026; `date-time`: with the time; `compact`: short date and time, for dense tables. */
  readonly formatDate: (iso: string, style?: DateStyle) => string;
  readonly countryName: (code: string | null) => string;
  /** `5,600 m²` in English, `5 600 m²` in French. */
  readonly formatArea: (m2: number) => string;
  /** A count with grouping; null gives the "none" mark. */
  readonly formatCount: (value: number | null | undefined) => string;
  readonly formatBytes: (bytes: number) => string;
  /** A calendar day (`2020-01-26`) as itself, whatever the browser's time zone. */
  readonly formatDay: (day: string) => string;
  /** `48 km/h`, `1,780 kJ`, `92 m`, `75°`; speeds and energies are shown rounded `up`. */
  readonly formatMeasure: (value: number, unit: string, round?: 'up' | 'down' | 'nearest') => string;
  /** `€32,500` in English, `32 500 €` in French: whole euros. */
  readonly formatEuros: (value: number) => string;
  /** `9.5 m`: lengths of a bill of quantities, to the decimetre. */
  readonly formatMetres: (value: number) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

/**
 * The interface language: the signed-in user's `locale`, or before sign-in the browser's language.
 * Keeps `<html lang>` in step.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const { session, updateUser } = useSession();
  const userLocale = session?.user.locale;
  const [locale, setLocaleState] = useState<Locale>(() => pickLocale(navigator.languages, LOCALES));
  // The language shown: the chosen one once its dictionary is loaded; until then the previous one stays.
  const [shown, setShown] = useState<{ locale: Locale; messages: Messages } | null>(() => {
    const messages = loadedDictionary(locale);
    return messages ? { locale, messages } : null;
  });

  useEffect(() => {
    if (userLocale) setLocaleState(userLocale);
  }, [userLocale]);

  useEffect(() => {
    let current = true;
    void loadDictionary(locale).then(
      (messages) => current && setShown({ locale, messages }),
      // A dictionary that cannot be fetched (the network is gone): English rather than nothing.
      () => current && setShown((before) => before ?? { locale: 'en', messages: en }),
    );
    return () => {
      current = false;
    };
  }, [locale]);

  useEffect(() => {
    if (shown) document.documentElement.lang = shown.locale;
  }, [shown]);

  const signedIn = session !== null;
  const setLocale = useCallback(
    async (next: Locale) => {
      await loadDictionary(next);
      setLocaleState(next);
      if (signedIn) updateUser(await api.updateMe({ locale: next }));
    },
    [signedIn, updateUser],
  );

  const value = useMemo<I18nValue | null>(() => {
    if (!shown) return null;
    const { locale, messages } = shown;
    const formats: Record<DateStyle, Intl.DateTimeFormat> = {
      date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }),
      'date-time': new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
      compact: new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' }),
    };
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const regions = new Intl.DisplayNames([locale], { type: 'region' });
    return {
      locale,
      t: (key, params) => translate(messages, key, params),
      setLocale,
      formatDate: (iso, style = 'date') => formats[style].format(new Date(iso)),
      countryName: (code) => (code ? (regions.of(code) ?? code) : messages['common.none']),
      formatArea: (m2) => formatArea(m2, locale),
      formatCount: (value) => formatCount(value, locale, messages['common.none']),
      formatBytes: (bytes) => formatBytes(bytes, locale),
      formatDay: (d) => day.format(new Date(`${d.slice(0, 10)}T00:00:00Z`)),
      formatMeasure: (value, unit, round) => formatMeasure(value, unit, locale, round),
      formatEuros: (value) => formatEuros(value, locale),
      formatMetres: (value) => formatMetres(value, locale),
    };
  }, [shown, setLocale]);

  // Only while the very first dictionary loads (a chunk of a few kilobytes) is there nothing to show.
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

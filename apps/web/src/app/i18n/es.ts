import type { Slice } from '../../i18n/slice.ts';
import type { appEn } from './en.ts';

/** The Spanish words of the app shell: the product, page loading, the main navigation and the header. */
export const appEs: Slice<typeof appEn> = {
  'app.name': 'Pactesur',
  'app.tagline': 'Espacios públicos abiertos y seguros',
  'app.skipToContent': 'Saltar al contenido principal',
  'app.loading': 'Cargando…',
  'app.notFound': 'Página no encontrada',
  'app.notFoundBody': 'No hay ninguna página en esta dirección.',
  'app.backHome': 'Ir a la página de inicio',
  'app.pageLoadFailed': 'No se ha podido cargar esta página. Compruebe su conexión y vuelva a cargar la página.',
  'app.reloadPage': 'Volver a cargar la página',
  'app.noOrg': 'Elija primero, en la cabecera, la organización en cuyo nombre actúa.',

  'nav.label': 'Navegación principal',

  'header.actingFor': 'Actuar en nombre de',
  'header.noOrg': 'Ninguna organización',
  'header.language': 'Idioma',
  'header.account': 'Cuenta',
  'header.signOut': 'Cerrar sesión',
  'header.signOutEverywhere': 'Cerrar sesión en todas partes',
  'header.switched': 'Ahora actúa en nombre de {org}.',
  'header.signedOut': 'Ha cerrado la sesión.',
  'header.languageChanged': 'La interfaz está ahora en español.',
};

import type { Slice } from '../../i18n/slice.ts';
import type { appEn } from './en.ts';

/** The Italian words of the app shell: the product, page loading, the main navigation and the header. */
export const appIt: Slice<typeof appEn> = {
  'app.name': 'Pactesur',
  'app.tagline': 'Spazi pubblici aperti e sicuri',
  'app.skipToContent': 'Vai al contenuto principale',
  'app.loading': 'Caricamento…',
  'app.notFound': 'Pagina non trovata',
  'app.notFoundBody': 'Non esiste alcuna pagina a questo indirizzo.',
  'app.backHome': 'Vai alla pagina iniziale',
  'app.pageLoadFailed': 'Non è stato possibile caricare questa pagina. Controlla la connessione, poi ricarica la pagina.',
  'app.reloadPage': 'Ricarica la pagina',
  'app.noOrg': "Scegli prima, nell'intestazione, l'organizzazione per cui agisci.",

  'nav.label': 'Navigazione principale',

  'header.actingFor': 'Agisci per',
  'header.noOrg': 'Nessuna organizzazione',
  'header.language': 'Lingua',
  'header.account': 'Account',
  'header.signOut': 'Esci',
  'header.signOutEverywhere': 'Esci da tutti i dispositivi',
  'header.switched': 'Ora agisci per {org}.',
  'header.signedOut': 'Sei uscito.',
  'header.languageChanged': "L'interfaccia è ora in italiano.",
};

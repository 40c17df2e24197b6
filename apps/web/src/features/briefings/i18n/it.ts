import type { Slice } from '../../../i18n/slice.ts';
import type { briefingsEn } from './en.ts';

/**
 * The Italian words of briefings: the list, one briefing, and the words of the sharing panel
 * (`briefing.share` …).
 */
export const briefingsIt: Slice<typeof briefingsEn> = {
  'nav.briefings': 'Note riservate',
  'briefings.title': 'Note riservate',
  'briefings.intro':
    "Le note riservate sono sensibili: appartengono all'organizzazione che le ha scritte e sono condivise solo di proposito, con organizzazioni indicate per nome. Ogni lettura è annotata nel registro di audit.",
  'briefings.new': 'Nuova nota',
  'briefings.caption': 'Note che puoi leggere',
  'briefings.col.title': 'Titolo',
  'briefings.col.owner': 'Proprietario',
  'briefings.col.access': 'Il tuo accesso',
  'briefings.col.updated': 'Ultima modifica',
  'briefings.empty': 'Ancora nessuna nota.',
  'briefing.back': 'Tutte le note',
  'briefing.titleField': 'Titolo',
  'briefing.body': 'Testo',
  'briefing.create': 'Crea nota',
  'briefing.created': 'La nota è stata creata.',
  'briefing.saved': 'La nota è stata salvata.',
  'briefing.deleted': 'La nota è stata eliminata.',
  'briefing.sensitive': 'Record sensibile di proprietà di {org}',
  'briefing.updatedAt': 'Ultima modifica: {date}',
  'briefing.sharing': 'Condivisione',
  'briefing.sharesCaption': 'Organizzazioni con cui questa nota è condivisa',
  'briefing.notShared': 'Questa nota non è condivisa con alcuna organizzazione.',
  'briefing.shareWith': 'Organizzazione',
  'briefing.chooseOrg': "Scegli un'organizzazione",
  'briefing.right': 'Diritto',
  'briefing.share': 'Condividi',
  'briefing.unshare': 'Interrompi la condivisione',
  'briefing.unshareLabel': 'Interrompi la condivisione con {org}',
  'briefing.shared': 'La nota è ora condivisa con {org}.',
  'briefing.unshared': 'La nota non è più condivisa con {org}.',
  'recordKind.briefing': 'Nota riservata',
};

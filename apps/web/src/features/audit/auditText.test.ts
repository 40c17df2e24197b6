import { LOCALES, type AuditAction } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../i18n/all-dictionaries.ts';
import { translate } from '../../i18n/translate.ts';
import type { Translate } from '../../i18n/useI18n.tsx';
import { auditDetailText, recordKindName } from './auditText.ts';

const fr: Translate = (key, params) => translate(DICTIONARIES.fr, key, params);
const formats = { formatBytes: (b: number) => `${b} o`, formatCount: (n: number) => String(n) };
const detail = (action: AuditAction, text: string, recordKind: string | null = 'site') =>
  auditDetailText(fr, formats, { action, recordKind, detail: text });

describe('audit entries in the interface language', () => {
  it('names record kinds, and keeps an unknown kind as it is', () => {
    expect(recordKindName(fr, 'threat-analysis')).toBe('Analyse de la menace véhicule');
    expect(recordKindName(fr, 'audit-log')).toBe("Journal d'audit");
    expect(recordKindName(fr, 'gadget')).toBe('gadget');
  });

  it('says each detail form the server writes as a sentence', () => {
    expect(detail('read', 'list of 3 for site 0a1b2c3d-0000-4000-8000-000000000000')).toBe('Liste de 3 pour un site');
    expect(detail('read', 'list of 12')).toBe('Liste de 12');
    expect(detail('read', 'in a list', 'briefing')).toBe('Dans une liste');
    expect(detail('read', 'in a list for site 0a1b2c3d-0000-4000-8000-000000000000', 'threat-analysis')).toBe('Dans une liste pour un site');
    expect(detail('read', 'in the shares received')).toBe('Dans la liste des enregistrements partagés avec elle');
    expect(detail('create', 'Marienplatz — all classes (site 0a1b2c3d-0000-4000-8000-000000000000)')).toBe('Marienplatz — all classes');
    expect(detail('create', 'munich.osm, 2048 bytes', 'extract')).toBe('munich.osm, 2048 o');
    expect(detail('create', 'vehicle.threat', 'job')).toBe('Analyse de la menace véhicule');
    expect(detail('update', 'name,eventOccupancy')).toBe("Modifié : nom, fréquentation lors d'un événement");
    expect(detail('update', 'cancel', 'job')).toBe('Tâche annulée');
    expect(detail('invite', 'camille@nice.example.org as analyst', 'invitation')).toBe('camille@nice.example.org comme Analyste');
    expect(detail('role-change', 'viewer -> editor', 'user')).toBe('Lecteur → Éditeur');
    expect(detail('export', 'pdf', 'protection-plan')).toBe('PDF');
    expect(detail('export', '42 entries', 'audit-log')).toBe('42 entrées');
    expect(detail('access-denied', 'needed edit')).toBe("La modification n'est pas autorisée");
    expect(detail('access-denied', 'only the owner deletes')).toBe("Seule l'organisation propriétaire supprime un enregistrement");
    expect(detail('access-denied', 'only the owner makes scenarios', 'protection-plan')).toBe(
      "Seule l'organisation propriétaire fait un scénario d'un enregistrement",
    );
    expect(detail('access-denied', 'sharing needs the owner')).toBe("Seule l'organisation propriétaire partage un enregistrement");
    expect(detail('share', 'read to nice-police')).toBe('Partagé en lecture avec nice-police');
    expect(detail('unshare', 'from nice-police')).toBe("N'est plus partagé avec nice-police");
    expect(detail('sign-out', 'everywhere (3 sessions)', null)).toBe('Sur tous les appareils (3 sessions)');
    expect(detail('network-change', 'created', 'network')).toBe('Réseau créé');
  });

  it('says the reads and refusals of the one owner rule in every language', () => {
    const written: readonly [AuditAction, string][] = [
      ['read', 'in a list'],
      ['read', 'in a list for site 0a1b2c3d-0000-4000-8000-000000000000'],
      ['read', 'in the shares received'],
      ['access-denied', 'only the owner deletes'],
      ['access-denied', 'only the owner makes scenarios'],
      ['access-denied', 'sharing needs the owner'],
    ];
    for (const locale of LOCALES) {
      const t: Translate = (key, params) => translate(DICTIONARIES[locale], key, params);
      const said = written.map(([action, text]) => auditDetailText(t, formats, { action, recordKind: 'site', detail: text }));
      for (const [i, [, text]] of written.entries()) expect(said[i], `${locale}: ${text}`).not.toBe(text);
      // Each its own sentence: no two forms said alike.
      expect(new Set(said).size, locale).toBe(written.length);
    }
  });

  it('shows a record’s own name as it is, and no detail as null', () => {
    expect(detail('create', 'Place Masséna')).toBe('Place Masséna');
    expect(auditDetailText(fr, formats, { action: 'read', recordKind: 'site', detail: null })).toBeNull();
  });
});

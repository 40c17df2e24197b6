import type { PracticeContent } from '@pactesur/contracts';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { EditSection } from './EditSection.tsx';
import type { SectionEditorProps } from './editorProps.ts';
import { shortRef } from './sections.ts';

type Links = PracticeContent['links'];

/** The records the practice is tied to, each removable: sites, event plans, exercises' actions, other practices. */
export function LinksFields({ content, change }: SectionEditorProps) {
  const { t } = useI18n();
  const links = content.links;
  const set = (patch: Partial<Links>) => change({ links: { ...links, ...patch } });
  const rows: { key: string; text: string; remove: () => void }[] = [
    ...links.siteIds.map((id) => ({
      key: `s:${id}`,
      text: t('practiceLink.site', { ref: shortRef(id) }),
      remove: () => set({ siteIds: links.siteIds.filter((x) => x !== id) }),
    })),
    ...links.eventIds.map((id) => ({
      key: `e:${id}`,
      text: t('practiceLink.event', { ref: shortRef(id) }),
      remove: () => set({ eventIds: links.eventIds.filter((x) => x !== id) }),
    })),
    ...links.exerciseActions.map((a) => ({
      key: `x:${a.exerciseId}:${a.actionId}`,
      text: t('practiceLink.exerciseAction', { action: shortRef(a.actionId), ref: shortRef(a.exerciseId) }),
      remove: () => set({ exerciseActions: links.exerciseActions.filter((x) => x !== a) }),
    })),
    ...links.practiceIds.map((id) => ({
      key: `p:${id}`,
      text: t('practiceLink.practice', { ref: shortRef(id) }),
      remove: () => set({ practiceIds: links.practiceIds.filter((x) => x !== id) }),
    })),
  ];
  let list: ReactNode = <p className="empty">{t('practiceEdit.noLinks')}</p>;
  if (rows.length > 0)
    list = (
      <ul className="practice-rows">
        {rows.map((r) => (
          <li key={r.key} className="practice-row">
            <span>{r.text}</span>
            <button
              type="button"
              className="button-quiet"
              aria-label={`${t('practiceEdit.remove')} — ${r.text}`}
              onClick={r.remove}
            >
              {t('practiceEdit.remove')}
            </button>
          </li>
        ))}
      </ul>
    );
  return (
    <EditSection section="links">
      <p className="hint">{t('practiceEdit.linksHint')}</p>
      {list}
    </EditSection>
  );
}

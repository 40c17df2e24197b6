import type { Practice } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { textIn } from './displayText.ts';
import { EvidenceView } from './EvidenceView.tsx';
import { IdentityView } from './IdentityView.tsx';
import { InterventionView } from './InterventionView.tsx';
import { LinksView } from './LinksView.tsx';
import { ProblemView } from './ProblemView.tsx';
import { ResourcesView } from './ResourcesView.tsx';
import { TransferView } from './TransferView.tsx';
import { WrittenInContext } from './writtenInContext.ts';

/** Every part of a practice as read, in the order of the record; the language its title is shown in is said once, there. */
export function PracticeView({ practice }: { practice: Practice }) {
  const { locale } = useI18n();
  const c = practice.content;
  const title = textIn(c.title, locale);
  return (
    <WrittenInContext.Provider value={title?.kind === 'machine' ? null : (title?.language ?? null)}>
      <div className="practice-view">
        <IdentityView practice={practice} />
        <ProblemView content={c} />
        <InterventionView content={c} />
        <ResourcesView content={c} />
        <EvidenceView content={c} />
        <TransferView content={c} />
        <LinksView practice={practice} />
      </div>
    </WrittenInContext.Provider>
  );
}

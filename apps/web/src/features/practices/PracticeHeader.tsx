import type { Practice } from '@pactesur/contracts';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { textIn } from './displayText.ts';
import { MaturityBadge } from './MaturityBadge.tsx';
import { StateChip } from './StateChip.tsx';
import { TextLabel } from './TextLabel.tsx';

/** The head of a practice's page: its owner, title (labelled when not in the reader's language), stage, maturity, who may read it, dates. */
export function PracticeHeader({ practice: p, tools }: { practice: Practice; tools: ReactNode }) {
  const { t, locale, formatDate } = useI18n();
  const title = textIn(p.content.title, locale);
  return (
    <header className="page-header">
      <div>
        <p className="eyebrow">{t('practice.owner', { org: p.ownerName })}</p>
        <h1 id="practice-title" lang={title?.language}>
          {title?.text ?? t('practices.noTitle')}
        </h1>
        {title && <TextLabel shown={title} />}
        <p className="practice-chips">
          <StateChip state={p.state} />
          <MaturityBadge maturity={p.maturity} />
          <span className="tag">{t(`practiceConfidentiality.${p.content.confidentiality}`)}</span>
          {p.demo && <span className="tag practice-demo">{t('practices.demo')}</span>}
        </p>
        <p className="meta">
          {t('practice.updated', { date: formatDate(p.updatedAt) })}
          {p.publishedAt && ` · ${t('practice.publishedOn', { date: formatDate(p.publishedAt) })}`}
        </p>
      </div>
      {tools}
    </header>
  );
}

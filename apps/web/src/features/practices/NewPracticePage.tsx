import type { MyMembership, PracticeContent } from '@pactesur/contracts';
import { useState } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { navigate } from '../../router/history.ts';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { newContent } from './contentDraft.ts';
import { textIn } from './displayText.ts';
import { PracticeEditor } from './PracticeEditor.tsx';
import './practices.css';

function NewPractice({ membership }: { membership: MyMembership }) {
  const { t, locale } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  // Written, at first, in the language of the interface.
  const [initial] = useState(() => newContent(locale));
  const create = (content: PracticeContent) =>
    void action.run(async () => {
      const made = await api.createPractice({ content });
      navigate(pathOf({ name: 'practice', id: made.id }));
      announce(t('practice.created', { title: textIn(made.content.title, locale)?.text ?? '' }));
    });
  return (
    <article className="page practice-page" aria-labelledby="new-practice-title">
      <p>
        <Link to={pathOf({ name: 'practices' })}>← {t('practice.back')}</Link>
      </p>
      <h1 id="new-practice-title">{t('practiceEdit.newTitle')}</h1>
      <p className="lead">{t('practiceEdit.newIntro')}</p>
      <PracticeEditor
        initial={initial}
        ownerOrgId={membership.orgId}
        busy={action.busy}
        submitLabel="practiceEdit.create"
        onSave={create}
        onCancel={() => navigate(pathOf({ name: 'practices' }))}
        failure={<ErrorMessage error={action.error} />}
      />
    </article>
  );
}

/** A new practice, written from nothing: it is created as a draft of the acting organisation. */
export function NewPracticePage() {
  return <RequireOrg>{(m) => <NewPractice key={m.orgId} membership={m} />}</RequireOrg>;
}

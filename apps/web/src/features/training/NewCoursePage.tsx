import type { MyMembership, Network, SaveCourseInput } from '@pactesur/contracts';
import { useState } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { navigate } from '../../router/history.ts';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { CourseEditor } from './CourseEditor.tsx';
import { useManagedNetworks } from './useManagedNetworks.ts';
import './training.css';

function NewCourse({ networks }: { networks: readonly Network[] }) {
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const [network, setNetwork] = useState(networks[0]?.slug ?? '');
  const save = (course: SaveCourseInput) =>
    void action.run(async () => {
      const made = await api.createCourse({ network, course });
      announce(t('course.saved'));
      navigate(pathOf({ name: 'course', id: made.id }));
    });
  return (
    <CourseEditor
      course={null}
      network={network}
      busy={action.busy}
      error={action.error}
      submitLabel="courseEdit.create"
      onSave={save}
      onCancel={() => navigate(pathOf({ name: 'courses' }))}
    >
      <SelectField
        label="courseEdit.network"
        hint="courseEdit.networkHint"
        options={networks.map((n) => n.slug)}
        optionName={(slug) => networks.find((n) => n.slug === slug)?.name ?? slug}
        value={network}
        onChange={setNetwork}
      />
    </CourseEditor>
  );
}

function NewCourseScreen({ membership }: { membership: MyMembership }) {
  const { t } = useI18n();
  const managed = useManagedNetworks(membership);
  return (
    <article className="page" aria-labelledby="new-course-title">
      <p>
        <Link to={pathOf({ name: 'courses' })}>← {t('course.back')}</Link>
      </p>
      <h1 id="new-course-title">{t('courseEdit.newTitle')}</h1>
      <ErrorMessage error={managed.error} />
      {!managed.data && !managed.error && <p className="loading">{t('app.loading')}</p>}
      {managed.data?.length === 0 && <p className="notice">{t('courseEdit.noNetwork')}</p>}
      {managed.data && managed.data.length > 0 && <NewCourse networks={managed.data} />}
    </article>
  );
}

/** A new course of a network the reader's organisation runs (as its lead or a consortium partner). */
export function NewCoursePage() {
  return <RequireOrg>{(m) => <NewCourseScreen key={m.orgId} membership={m} />}</RequireOrg>;
}

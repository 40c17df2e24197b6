import type { MyMembership } from '@pactesur/contracts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { Link } from '../../ui/Link.tsx';
import { LoadingOrError } from '../../ui/LoadingOrError.tsx';
import { useResource } from '../../ui/useResource.ts';
import { ControlWorkspace } from './ControlWorkspace.tsx';
import { ParticipantView } from './ParticipantView.tsx';
import './exercises.css';

function ExerciseLoader({ id, membership }: { id: string; membership: MyMembership }) {
  const { t } = useI18n();
  const record = useResource(() => api.getExercise(id), `${id}:${membership.orgId}`);
  if (record.error || !record.data)
    return (
      <LoadingOrError
        back={
          <p>
            <Link to={pathOf({ name: 'exercises' })}>← {t('exercise.back')}</Link>
          </p>
        }
        error={record.error}
      />
    );
  const exercise = record.data;
  return exercise.design ? (
    <ControlWorkspace key={exercise.id} initial={exercise} design={exercise.design} membership={membership} />
  ) : (
    <ParticipantView key={exercise.id} initial={exercise} membership={membership} />
  );
}

/**
 * An exercise (read, recorded in the audit log): its controllers design, staff and run it; the other
 * participants see its outline and what was delivered to their organisation.
 */
export function ExercisePage({ id }: { id: string }) {
  return <RequireOrg>{(m) => <ExerciseLoader key={m.orgId} id={id} membership={m} />}</RequireOrg>;
}

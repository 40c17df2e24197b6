import type { ExerciseRole } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';

/** The roles of the reader's organisation in an exercise, in words. */
export function RoleList({ roles }: { roles: readonly ExerciseRole[] }) {
  const { t } = useI18n();
  if (roles.length === 0) return <>{t('common.none')}</>;
  return (
    <span className="exercise-roles" data-testid="my-roles" data-roles={roles.join(' ')}>
      {roles.map((r) => (
        <span key={r} className={`badge exercise-role-${r}`}>
          {t(`exerciseRole.${r}`)}
        </span>
      ))}
    </span>
  );
}

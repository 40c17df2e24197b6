import type { PracticeContent } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { FieldRow } from './FieldRow.tsx';
import { sectionFilled, shortRef } from './sections.ts';
import { ViewSection } from './ViewSection.tsx';

/** The records the practice is tied to — sites, event plans, exercises' corrective actions, other practices — as links. */
export function LinksView({ content: c }: { content: PracticeContent }) {
  const { t } = useI18n();
  const { siteIds, eventIds, exerciseActions, practiceIds } = c.links;
  return (
    <ViewSection section="links" filled={sectionFilled(c, 'links')} note={t('practiceLink.hint')}>
      <FieldRow label="practiceField.sites" shown={siteIds.length > 0}>
        <ul className="practice-rows">
          {siteIds.map((id) => (
            <li key={id}>
              <Link to={pathOf({ name: 'site', id })}>{t('practiceLink.site', { ref: shortRef(id) })}</Link>
            </li>
          ))}
        </ul>
      </FieldRow>
      <FieldRow label="practiceField.events" shown={eventIds.length > 0}>
        <ul className="practice-rows">
          {eventIds.map((id) => (
            <li key={id}>
              <Link to={pathOf({ name: 'event', id })}>{t('practiceLink.event', { ref: shortRef(id) })}</Link>
            </li>
          ))}
        </ul>
      </FieldRow>
      <FieldRow label="practiceField.exerciseActions" shown={exerciseActions.length > 0}>
        <ul className="practice-rows">
          {exerciseActions.map((a) => (
            <li key={`${a.exerciseId}:${a.actionId}`}>
              <Link to={pathOf({ name: 'exercise', id: a.exerciseId })}>
                {t('practiceLink.exerciseAction', {
                  action: shortRef(a.actionId),
                  ref: shortRef(a.exerciseId),
                })}
              </Link>
            </li>
          ))}
        </ul>
      </FieldRow>
      <FieldRow label="practiceField.practices" shown={practiceIds.length > 0}>
        <ul className="practice-rows">
          {practiceIds.map((id) => (
            <li key={id}>
              <Link to={pathOf({ name: 'practice', id })}>
                {t('practiceLink.practice', { ref: shortRef(id) })}
              </Link>
            </li>
          ))}
        </ul>
      </FieldRow>
    </ViewSection>
  );
}

import type { Practice } from '@pactesur/contracts';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { FieldRow } from './FieldRow.tsx';
import { linkText } from './linkNames.ts';
import type { LinkKind } from './linkOptions.ts';
import { sectionFilled } from './sections.ts';
import { useLinkNames } from './useLinkNames.ts';
import { ViewSection } from './ViewSection.tsx';

/** The kinds of records, in the order of the record, under their names. */
const GROUPS: readonly { kind: LinkKind; label: MessageKey }[] = [
  { kind: 'site', label: 'practiceField.sites' },
  { kind: 'event', label: 'practiceField.events' },
  { kind: 'action', label: 'practiceField.exerciseActions' },
  { kind: 'practice', label: 'practiceField.practices' },
];

/**
 * The records the practice is tied to — sites, event plans, exercises' corrective actions, other
 * practices — by their names, as links to their pages; one the reader may not read by its kind only.
 */
export function LinksView({ practice }: { practice: Practice }) {
  const { t } = useI18n();
  const c = practice.content;
  const { labels } = useLinkNames(c.links, practice.ownerOrgId, false);
  return (
    <ViewSection section="links" filled={sectionFilled(c, 'links')} note={t('practiceLink.hint')}>
      {GROUPS.map(({ kind, label }) => {
        const shown = labels.filter((l) => l.ref.kind === kind);
        return (
          <FieldRow key={kind} label={label} shown={shown.length > 0}>
            <ul className="practice-rows" data-testid="practice-links" data-kind={kind}>
              {shown.map((l) => {
                const text = linkText(l, practice.ownerName, t);
                return (
                  <li
                    key={l.key}
                    data-state={l.name === undefined ? 'loading' : l.name === null ? 'unknown' : 'named'}
                  >
                    {l.route ? <Link to={pathOf(l.route)}>{text}</Link> : text}
                  </li>
                );
              })}
            </ul>
          </FieldRow>
        );
      })}
    </ViewSection>
  );
}

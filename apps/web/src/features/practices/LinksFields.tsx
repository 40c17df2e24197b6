import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { useSession } from '../../session/useSession.tsx';
import { useStatus } from '../../ui/useStatus.tsx';
import { ActionPicker } from './ActionPicker.tsx';
import { EditSection } from './EditSection.tsx';
import type { SectionEditorProps } from './editorProps.ts';
import { LinkPicker } from './LinkPicker.tsx';
import { LinkRows } from './LinkRows.tsx';
import {
  linkCount,
  linkOptions,
  MAX_LINKS,
  withLink,
  withoutLink,
  type LinkKind,
  type LinkRef,
} from './linkOptions.ts';
import { PracticePicker } from './PracticePicker.tsx';
import { useLinkNames } from './useLinkNames.ts';

interface Props extends SectionEditorProps {
  /** The practice edited; null for a new one. */
  readonly practiceId: string | null;
}

/** A picker under the name of the records it adds. */
function PickerGroup({
  legend,
  kind,
  children,
}: {
  legend: MessageKey;
  kind: LinkKind;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="field practice-rows-field" data-testid="link-picker" data-kind={kind}>
      <legend>{t(legend)}</legend>
      {children}
    </fieldset>
  );
}

/**
 * The records the practice is tied to, each by its name and removable, and a picker of each kind: the
 * sites and event plans of the organisation's lists, an exercise's corrective action, another practice
 * found by its words. A record is tied once.
 */
export function LinksFields({ content, change, practiceId }: Props) {
  const { t } = useI18n();
  const { announce } = useStatus();
  const { activeMembership } = useSession();
  const orgId = activeMembership?.orgId ?? '';
  const ownerName = activeMembership?.orgName ?? '';
  const links = content.links;
  const { labels, lists } = useLinkNames(links, orgId, true);
  const ownedBy = (name: string, owner: string) => t('practiceEdit.ownedBy', { name, owner });
  const full = (kind: LinkKind) => linkCount(links, kind) >= MAX_LINKS;
  const add = (ref: LinkRef, name: string) => {
    change({ links: withLink(links, ref) });
    announce(t('practiceEdit.linkAdded', { name }));
  };
  const sites = lists.sites.data?.map((s) => ({ ...s, ownerName: s.ownerOrgName }));
  return (
    <EditSection section="links">
      <p className="hint">{t('practiceEdit.linksHint')}</p>
      <LinkRows
        labels={labels}
        ownerName={ownerName}
        onRemove={(label) => change({ links: withoutLink(links, label.ref) })}
      />
      <PickerGroup legend="practiceField.sites" kind="site">
        <LinkPicker
          label="practiceEdit.pickSite"
          addLabel="practiceEdit.addSite"
          empty="practiceEdit.noSiteToPick"
          options={sites ? linkOptions(sites, links.siteIds, orgId, ownedBy) : undefined}
          error={lists.sites.error}
          full={full('site')}
          onAdd={(o) => add({ kind: 'site', id: o.id }, o.name)}
        />
      </PickerGroup>
      <PickerGroup legend="practiceField.events" kind="event">
        <LinkPicker
          label="practiceEdit.pickEvent"
          addLabel="practiceEdit.addEvent"
          empty="practiceEdit.noEventToPick"
          options={
            lists.events.data ? linkOptions(lists.events.data, links.eventIds, orgId, ownedBy) : undefined
          }
          error={lists.events.error}
          full={full('event')}
          onAdd={(o) => add({ kind: 'event', id: o.id }, o.name)}
        />
      </PickerGroup>
      <PickerGroup legend="practiceField.exerciseActions" kind="action">
        <ActionPicker
          exercises={lists.exercises.data ? linkOptions(lists.exercises.data, [], orgId, ownedBy) : undefined}
          error={lists.exercises.error}
          links={links}
          full={full('action')}
          onAdd={(exerciseId, action) =>
            add({ kind: 'action', exerciseId, actionId: action.id }, action.name)
          }
        />
      </PickerGroup>
      <PickerGroup legend="practiceField.practices" kind="practice">
        <PracticePicker
          practiceId={practiceId}
          taken={links.practiceIds}
          full={full('practice')}
          onAdd={(p) => add({ kind: 'practice', id: p.id }, p.name)}
        />
      </PickerGroup>
    </EditSection>
  );
}

import type {
  CorrectiveAction,
  EventSummary,
  ExerciseSummary,
  Multilingual,
  Site,
} from '@pactesur/contracts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { useSession } from '../../session/useSession.tsx';
import { useResource, type Resource } from '../../ui/useResource.ts';
import { textIn } from './displayText.ts';
import { actionKey, linkLabels, type LinkLabel, type Names } from './linkNames.ts';
import type { Links } from './linkOptions.ts';

/** The organisation's lists a practice's records are chosen from (null: not read, the reader is not of it). */
export interface LinkLists {
  readonly sites: Resource<Site[] | null>;
  readonly events: Resource<EventSummary[] | null>;
  readonly exercises: Resource<ExerciseSummary[] | null>;
}

/** The names of the records of a list, for the ids tied (null for an id the list does not have). */
function namesIn(
  list: Pick<Resource<readonly { id: string; name: string }[] | null>, 'data' | 'error'>,
  ids: readonly string[],
): Names {
  if (list.error) return null;
  if (!list.data) return list.data === null ? null : new Map();
  const byId = new Map(list.data.map((r) => [r.id, r.name]));
  return new Map(ids.map((id) => [id, byId.get(id) ?? null]));
}

/** Reads each of `ids`, keeping null for one the reader may not read: a refusal is an answer here, not an error. */
const eachOf = <T>(
  ids: readonly string[],
  read: (id: string) => Promise<T>,
): Promise<Map<string, T | null>> =>
  Promise.all(
    ids.map((id) =>
      read(id).then(
        (value) => [id, value] as const,
        () => [id, null] as const,
      ),
    ),
  ).then((pairs) => new Map(pairs));

/**
 * The records a practice is tied to, named as the reader may name them. Sites, event plans and exercises'
 * corrective actions are read from the lists of the author's organisation, and only by its own people: a
 * reader of another organisation cannot read them, so nothing is asked and each is shown by its kind.
 * Practices are read one by one, by anyone; one the reader may not read is named null. In the editor
 * (`all`) every list is read, for its pickers; on the practice's page only the lists of the kinds tied.
 */
export function useLinkNames(
  links: Links,
  ownerOrgId: string,
  all: boolean,
): { labels: LinkLabel[]; lists: LinkLists } {
  const { activeMembership } = useSession();
  const { locale } = useI18n();
  const orgId = activeMembership?.orgId ?? 'public';
  const own = orgId === ownerOrgId;
  const wants = (count: number): boolean => own && (all || count > 0);
  const wantSites = wants(links.siteIds.length);
  const wantEvents = wants(links.eventIds.length);
  const wantExercises = wants(links.exerciseActions.length);
  const sites = useResource(
    () => (wantSites ? api.listSites() : Promise.resolve(null)),
    `${orgId}:${wantSites}`,
  );
  const events = useResource(
    () => (wantEvents ? api.listEvents() : Promise.resolve(null)),
    `${orgId}:${wantEvents}`,
  );
  const exercises = useResource(
    () => (wantExercises ? api.listExercises() : Promise.resolve(null)),
    `${orgId}:${wantExercises}`,
  );

  const exerciseIds = [...new Set(links.exerciseActions.map((a) => a.exerciseId))];
  const actions = useResource<Map<string, CorrectiveAction[] | null>>(
    () =>
      own
        ? eachOf(exerciseIds, (id) => api.exerciseActions(id))
        : Promise.resolve(new Map<string, CorrectiveAction[] | null>()),
    `${orgId}:${exerciseIds.join()}`,
  );
  const practices = useResource<Map<string, Multilingual | null>>(
    () => eachOf(links.practiceIds, (id) => api.getPractice(id).then((p) => p.content.title)),
    `${orgId}:${links.practiceIds.join()}`,
  );

  const actionNames = new Map<string, string | null>();
  for (const { exerciseId, actionId } of links.exerciseActions) {
    const read = actions.data?.get(exerciseId);
    if (read !== undefined)
      actionNames.set(actionKey(exerciseId, actionId), read?.find((a) => a.id === actionId)?.text ?? null);
  }
  const practiceNames = new Map<string, string | null>();
  for (const id of links.practiceIds) {
    const title = practices.data?.get(id);
    if (title !== undefined) practiceNames.set(id, title && (textIn(title, locale)?.text ?? null));
  }
  const labels = linkLabels(links, {
    sites: own ? namesIn(sites, links.siteIds) : null,
    events: own ? namesIn(events, links.eventIds) : null,
    exercises: own ? namesIn(exercises, exerciseIds) : null,
    actions: own ? actionNames : null,
    practices: practiceNames,
  });
  return { labels, lists: { sites, events, exercises } };
}

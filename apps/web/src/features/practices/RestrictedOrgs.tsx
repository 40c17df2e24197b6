import { useId, useState } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useResource } from '../../ui/useResource.ts';
import { orgMatches } from './orgFilter.ts';

interface Props {
  readonly chosen: readonly string[];
  /** The organisation that owns the practice: it always reads it, so it is not offered. */
  readonly ownerOrgId: string | null;
  readonly onChange: (chosen: string[]) => void;
}

/** The organisations a restricted practice is shared with, chosen from the directory by name. */
export function RestrictedOrgs({ chosen, ownerOrgId, onChange }: Props) {
  const id = useId();
  const { t } = useI18n();
  const orgs = useResource(() => api.listOrgs(), 'orgs');
  const [typed, setTyped] = useState('');
  const offered = (orgs.data ?? [])
    .filter((o) => o.id !== ownerOrgId && (chosen.includes(o.id) || orgMatches(o.name, typed)))
    .sort((a, b) => a.name.localeCompare(b.name));
  const toggle = (orgId: string, on: boolean) =>
    onChange(on ? [...chosen, orgId] : chosen.filter((c) => c !== orgId));
  return (
    <fieldset className="field practice-orgs" data-testid="practice-restricted-orgs">
      <legend>{t('practiceField.restrictedTo')}</legend>
      <div className="field">
        <label htmlFor={`${id}-find`}>{t('practiceEdit.findOrg')}</label>
        <input id={`${id}-find`} type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
      </div>
      <ErrorMessage error={orgs.error} />
      {orgs.loading && !orgs.data && <p className="loading">{t('app.loading')}</p>}
      {orgs.data && offered.length === 0 && <p className="empty">{t('practiceEdit.noOrgFound')}</p>}
      <ul className="practice-org-list">
        {offered.map((o) => (
          <li key={o.id}>
            <label className="check">
              <input
                type="checkbox"
                checked={chosen.includes(o.id)}
                onChange={(e) => toggle(o.id, e.target.checked)}
              />
              <span>{o.name}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

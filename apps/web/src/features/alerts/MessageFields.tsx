import type { AlertDraftContent, Organisation } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ScopeFields } from './ScopeFields.tsx';

/** Who a message that can no longer change went to: the organisations named, or the addresses. */
function Recipients({ content, orgs }: { content: AlertDraftContent; orgs: readonly Organisation[] }) {
  const { t } = useI18n();
  if (content.scope === 'Restricted' || content.status === 'Exercise') {
    const names = content.recipientOrgIds.map((id) => orgs.find((o) => o.id === id)?.name ?? id);
    return (
      <>
        <h3>{t(content.scope === 'Restricted' ? 'alert.recipients' : 'alert.participants')}</h3>
        {names.length === 0 ? (
          <p className="hint">{t('alert.noRecipients')}</p>
        ) : (
          <ul className="plain-list" data-testid="alert-recipients">
            {names.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        )}
      </>
    );
  }
  if (content.scope === 'Private')
    return (
      <p>
        {t('alert.addresses')}: <span className="mono">{content.addresses}</span>
      </p>
    );
  return null;
}

interface Props {
  readonly content: AlertDraftContent;
  readonly orgs: readonly Organisation[];
  readonly readOnly: boolean;
  readonly onChange: (change: (content: AlertDraftContent) => AlertDraftContent) => void;
}

/**
 * What the whole message says besides its texts: who receives it (the organisations of a Restricted alert,
 * the addresses of a Private one, chosen when it was started), the restriction, and a note to receivers.
 */
export function MessageFields({ content, orgs, readOnly, onChange }: Props) {
  const id = useId();
  const { t } = useI18n();
  return (
    <section className="card message-fields" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('alert.message')}</h2>
      <p className="meta">
        {t(`capStatus.${content.status}`)} · {t(`capScope.${content.scope}`)}
      </p>
      {readOnly ? (
        <Recipients content={content} orgs={orgs} />
      ) : (
        <ScopeFields
          value={content}
          orgs={orgs}
          scopeFixed
          exercise={content.status === 'Exercise'}
          onChange={(v) => onChange((c) => ({ ...c, recipientOrgIds: [...v.recipientOrgIds], addresses: v.addresses }))}
        />
      )}
      {content.scope === 'Restricted' && (
        <div className="field">
          <label htmlFor={`${id}-restriction`}>{t('alert.restriction')}</label>
          <input
            id={`${id}-restriction`}
            maxLength={1_000}
            value={content.restriction}
            readOnly={readOnly}
            aria-describedby={`${id}-restriction-hint`}
            onChange={(e) => onChange((c) => ({ ...c, restriction: e.target.value }))}
          />
          <small id={`${id}-restriction-hint`}>{t('alert.restrictionHint')}</small>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('alert.note')}</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={2_000}
          value={content.note}
          readOnly={readOnly}
          onChange={(e) => onChange((c) => ({ ...c, note: e.target.value }))}
        />
      </div>
    </section>
  );
}

import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';

/** A CAP reference, `sender,identifier,sent`, in its parts (null when it is not a triplet). */
export function referenceParts(reference: string): { sender: string; identifier: string; sent: string } | null {
  const [sender, identifier, sent, ...rest] = reference.split(',');
  return sender && identifier && sent && rest.length === 0 ? { sender, identifier, sent } : null;
}

/** The messages an Update or a Cancel replaces, as it names them in its CAP `references`. */
export function AlertReferences({ references }: { references: readonly string[] }) {
  const id = useId();
  const { t, formatDate } = useI18n();
  return (
    <section className="card alert-references" aria-labelledby={`${id}-title`} data-testid="alert-references">
      <h2 id={`${id}-title`}>{t('alert.references')}</h2>
      <p className="hint">{t('alert.referencesHint')}</p>
      <ul className="plain-list">
        {references.map((r) => {
          const parts = referenceParts(r);
          return (
            <li key={r} data-testid="alert-reference" data-reference={r}>
              {parts ? t('alert.reference', { identifier: parts.identifier, sender: parts.sender, sent: formatDate(parts.sent, 'date-time') }) : r}
              <div className="meta mono">{r}</div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

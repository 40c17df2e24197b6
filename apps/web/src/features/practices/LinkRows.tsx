import { useI18n } from '../../i18n/useI18n.tsx';
import { linkRowText, type LinkLabel } from './linkNames.ts';

interface Props {
  readonly labels: readonly LinkLabel[];
  /** The name of the organisation writing the practice, for a record it cannot name any more. */
  readonly ownerName: string;
  readonly onRemove: (label: LinkLabel) => void;
}

/** The records the practice is tied to in the editor, each by its kind and name, each removable. */
export function LinkRows({ labels, ownerName, onRemove }: Props) {
  const { t } = useI18n();
  if (labels.length === 0) return <p className="empty">{t('practiceEdit.noLinks')}</p>;
  return (
    <ul className="practice-rows" data-testid="practice-links">
      {labels.map((label) => {
        const text = linkRowText(label, ownerName, t);
        return (
          <li key={label.key} className="practice-row" data-kind={label.ref.kind}>
            <span className="grow">{text}</span>
            <button
              type="button"
              className="button-quiet"
              aria-label={`${t('practiceEdit.remove')} — ${text}`}
              onClick={() => onRemove(label)}
            >
              {t('practiceEdit.remove')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { descriptionCount } from './descriptionCount.ts';

interface Props {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly invalid: boolean;
}

/** What the reporter saw, with its counter against the limit of 4,000 characters. */
export function DescriptionField({ value, onChange, invalid }: Props) {
  const id = useId();
  const { t, formatCount } = useI18n();
  const count = descriptionCount(value);
  return (
    <div className="field report-description">
      <label htmlFor={id}>{t('citizens.description.label')}</label>
      <textarea
        id={id}
        rows={6}
        value={value}
        aria-invalid={invalid || count.tooLong}
        aria-describedby={`${id}-hint ${id}-count`}
        onChange={(e) => onChange(e.target.value)}
      />
      <p className="hint" id={`${id}-hint`}>
        {t('citizens.description.hint')}
      </p>
      <p
        className={count.tooLong ? 'field-problem' : 'meta'}
        id={`${id}-count`}
        data-testid="description-count"
        data-used={count.used}
      >
        {count.tooLong
          ? t('citizens.description.over', { over: formatCount(-count.left), max: formatCount(count.max) })
          : t('citizens.description.count', { used: formatCount(count.used), max: formatCount(count.max) })}
      </p>
    </div>
  );
}

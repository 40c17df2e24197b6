import type { ReportCategory } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { CheckField } from '../../ui/CheckField.tsx';
import { InputField } from '../../ui/InputField.tsx';
import { mayHideName } from './categoryOffer.ts';
import type { ContactDraft } from './reportDraft.ts';

interface Props {
  readonly category: ReportCategory | null;
  readonly contact: ContactDraft;
  readonly onContact: (contact: ContactDraft) => void;
  readonly hideName: boolean;
  readonly onHideName: (hide: boolean) => void;
  /** The category needs a name, and none is given yet. */
  readonly nameMissing: boolean;
}

/**
 * The reporter's contact, read by the receiving organisation only: optional, but a category that is not
 * anonymous needs a first or last name; "hide my name" where the category allows it: then no contact is
 * asked for, nor sent.
 */
export function ContactFields({ category, contact, onContact, hideName, onHideName, nameMissing }: Props) {
  const { t } = useI18n();
  const allowed = category !== null && mayHideName(category);
  const hidden = allowed && hideName;
  const field = (key: keyof ContactDraft) => (value: string) => onContact({ ...contact, [key]: value });
  return (
    <fieldset className="card report-contact" data-testid="report-contact">
      <legend>{t('citizens.contact.legend')}</legend>
      <p className="hint">{t('citizens.contact.hint')}</p>
      {allowed && (
        <CheckField
          label="citizens.contact.hideName"
          hint="citizens.contact.hideNameHint"
          checked={hideName}
          onChange={onHideName}
        />
      )}
      {category !== null && !allowed && (
        <p className="notice" data-testid="report-name-needed">
          {t('citizens.contact.namedCategory')}
        </p>
      )}
      {!hidden && (
        <div className="form-row">
          <InputField
            label="citizens.contact.firstName"
            value={contact.firstName}
            maxLength={100}
            autoComplete="given-name"
            invalid={nameMissing}
            onChange={field('firstName')}
          />
          <InputField
            label="citizens.contact.lastName"
            value={contact.lastName}
            maxLength={100}
            autoComplete="family-name"
            invalid={nameMissing}
            onChange={field('lastName')}
          />
          <InputField
            label="citizens.contact.email"
            type="email"
            value={contact.email}
            maxLength={200}
            autoComplete="email"
            onChange={field('email')}
          />
          <InputField
            label="citizens.contact.phone"
            type="tel"
            value={contact.phone}
            maxLength={40}
            autoComplete="tel"
            onChange={field('phone')}
          />
        </div>
      )}
    </fieldset>
  );
}

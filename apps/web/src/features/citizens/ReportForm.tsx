import type { LngLat, ReportCategory, ReportReceipt } from '@pactesur/contracts';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useResource } from '../../ui/useResource.ts';
import { photoTypeOf } from '../assessments/photoUpload.ts';
import { CategoryChoice } from './CategoryChoice.tsx';
import { ContactFields } from './ContactFields.tsx';
import { DescriptionField } from './DescriptionField.tsx';
import { PhotoField } from './PhotoField.tsx';
import { PlaceField } from './PlaceField.tsx';
import { offeredCategories } from './categoryOffer.ts';
import { NO_CONTACT, reportBody, type ContactDraft, type DraftProblem } from './reportDraft.ts';

/** A report sent: its receipt, and what became of its photo (none chosen, sent, or refused with this error). */
export interface SentReport {
  readonly receipt: ReportReceipt;
  readonly photo: { readonly state: 'none' | 'sent' } | { readonly state: 'failed'; readonly error: unknown };
}

interface Props {
  /** Where the map opens. */
  readonly start: LngLat | null;
  readonly onSent: (sent: SentReport) => void;
}

/**
 * The reporting form: the place, then the categories some organisation takes there, the description, an
 * optional photo and an optional contact. The report is sent first; its photo follows with the report's
 * token, so a photo the server refuses never loses the report.
 */
export function ReportForm({ start, onSent }: Props) {
  const { t, locale } = useI18n();
  const action = useAction();
  const file = useRef<HTMLInputElement>(null);
  const [place, setPlace] = useState<LngLat | null>(null);
  const [address, setAddress] = useState('');
  const [category, setCategory] = useState<ReportCategory | null>(null);
  const [description, setDescription] = useState('');
  const [contact, setContact] = useState<ContactDraft>(NO_CONTACT);
  const [hideName, setHideName] = useState(false);
  const [wrongType, setWrongType] = useState(false);
  // Problems are shown once sending was tried, then kept up to date as the form is filled in.
  const [tried, setTried] = useState(false);

  const placeKey = place?.join(',') ?? '';
  const categories = useResource(
    () => (place ? api.reportCategoriesAt(place[0], place[1]) : Promise.resolve(null)),
    placeKey,
  );
  const offers = useMemo(
    () => (categories.data ? offeredCategories(categories.data) : null),
    [categories.data],
  );
  // A category no organisation takes at the new place is no longer chosen.
  useEffect(() => {
    if (offers && category && !offers.some((o) => o.category === category)) setCategory(null);
  }, [offers, category]);

  const draft = { place, address, category, description, contact, hideName };
  const check = reportBody(draft, locale);
  const current: readonly DraftProblem[] = tried && !check.ok ? check.problems : [];

  const send = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const chosen = file.current?.files?.[0] ?? null;
    const type = chosen ? photoTypeOf(chosen) : null;
    setWrongType(chosen !== null && type === null);
    if (!check.ok || (chosen && !type)) return;
    void action.run(async () => {
      const receipt = await api.sendReport(check.body);
      if (!chosen || !type) return onSent({ receipt, photo: { state: 'none' } });
      try {
        await api.sendReportPhoto(receipt.token, chosen, type);
        onSent({ receipt, photo: { state: 'sent' } });
      } catch (error) {
        onSent({ receipt, photo: { state: 'failed', error } });
      }
    });
  };

  return (
    <form
      className="form report-form"
      onSubmit={send}
      noValidate
      aria-busy={action.busy}
      data-testid="report-form"
    >
      <PlaceField
        place={place}
        start={start}
        onPlace={setPlace}
        address={address}
        onAddress={setAddress}
        invalid={current.includes('place')}
      />
      <CategoryChoice
        offers={offers}
        loading={place !== null && categories.loading}
        error={categories.error}
        value={category}
        onChange={setCategory}
        invalid={current.includes('category')}
      />
      <fieldset className="card report-what">
        <legend>{t('citizens.what.legend')}</legend>
        <DescriptionField
          value={description}
          onChange={setDescription}
          invalid={current.includes('description') || current.includes('too-long')}
        />
        <PhotoField file={file} wrongType={wrongType} onChange={() => setWrongType(false)} />
      </fieldset>
      <ContactFields
        category={category}
        contact={contact}
        onContact={setContact}
        hideName={hideName}
        onHideName={setHideName}
        nameMissing={current.includes('name')}
      />
      {current.length > 0 && (
        <ul className="field-problem report-problems" role="alert" data-testid="report-problems">
          {current.map((p) => (
            <li key={p}>{t(`citizens.problem.${p}`)}</li>
          ))}
        </ul>
      )}
      <ErrorMessage error={action.error} />
      <FormActions busy={action.busy} submitLabel="citizens.send" busyLabel="citizens.sending" />
    </form>
  );
}

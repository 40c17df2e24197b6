import { MAX_NAME_LENGTH, type Course, type EnrolInput } from '@pactesur/contracts';
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { InputField } from '../../ui/InputField.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';

interface Props {
  readonly course: Pick<Course, 'id'>;
  /** The organisation the reader acts for, which enrols. */
  readonly orgName: string;
  readonly onChanged: (course: Course) => void;
}

/** An editor of a member organisation enrols one of its people: name, rank or function, e-mail if wished. */
export function EnrolForm({ course, orgName, onChanged }: Props) {
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const [person, setPerson] = useState({ name: '', function: '', email: '' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body: EnrolInput = {
      name: person.name.trim(),
      function: person.function.trim(),
      email: person.email.trim() === '' ? null : person.email.trim(),
    };
    const saved = await action.run(() => api.enrolInCourse(course.id, body));
    if (!saved) return;
    onChanged(saved);
    setPerson({ name: '', function: '', email: '' });
    announce(t('enrolment.done', { name: body.name }));
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} data-testid="enrol-form">
      <fieldset className="field">
        <legend>{t('enrolment.legend', { org: orgName })}</legend>
        <div className="form-row form enrol-row">
          <InputField
            label="enrolment.name"
            required
            maxLength={MAX_NAME_LENGTH}
            autoComplete="off"
            value={person.name}
            onChange={(name) => setPerson((p) => ({ ...p, name }))}
          />
          <InputField
            label="enrolment.function"
            hint="enrolment.functionHint"
            maxLength={MAX_NAME_LENGTH}
            value={person.function}
            onChange={(value) => setPerson((p) => ({ ...p, function: value }))}
          />
          <InputField
            label="enrolment.email"
            type="email"
            maxLength={254}
            autoComplete="off"
            value={person.email}
            onChange={(email) => setPerson((p) => ({ ...p, email }))}
          />
        </div>
        <div className="actions">
          <button
            type="submit"
            className="button-primary"
            disabled={action.busy || person.name.trim() === ''}
          >
            {action.busy ? t('enrolment.sending') : t('enrolment.submit')}
          </button>
        </div>
      </fieldset>
      <ErrorMessage error={action.error} />
    </form>
  );
}

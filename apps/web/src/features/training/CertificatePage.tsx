import type { CertificateCheck } from '@pactesur/contracts';
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { navigate } from '../../router/history.ts';
import { pathOf } from '../../router/routes.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { InputField } from '../../ui/InputField.tsx';
import { useResource } from '../../ui/useResource.ts';
import { courseDays, hoursText, percent } from './courseFacts.ts';
import './training.css';

/** What a valid certificate proves: who, of which organisation, which course, by whom, when, how long, how much attended. */
function CertificateFacts({ check: c }: { check: CertificateCheck }) {
  const { t, locale } = useI18n();
  return (
    <section
      className="card"
      aria-labelledby="certificate-valid"
      data-testid="certificate-valid"
      data-code={c.code}
    >
      <h2 id="certificate-valid">✓ {t('certificate.valid')}</h2>
      <dl className="course-facts">
        <dt>{t('certificate.holder')}</dt>
        <dd>
          <strong data-testid="certificate-name">{c.name}</strong> {t('certificate.of', { org: c.orgName })}
        </dd>
        <dt>{t('certificate.course')}</dt>
        <dd data-testid="certificate-course">{c.courseTitle}</dd>
        <dt>{t('certificate.organiser')}</dt>
        <dd>{c.organiserOrgName}</dd>
        <dt>{t('certificate.network')}</dt>
        <dd>{c.networkName}</dd>
        <dt>{t('certificate.dates')}</dt>
        <dd>
          <time dateTime={c.startsAt}>{courseDays(c.startsAt, c.endsAt, locale)}</time>
        </dd>
        <dt>{t('certificate.hours')}</dt>
        <dd>{hoursText(c.hours, locale)}</dd>
        <dt>{t('certificate.attendance')}</dt>
        <dd>{percent(c.attendance, locale)}</dd>
        <dt>{t('certificate.code')}</dt>
        <dd className="mono">{c.code}</dd>
      </dl>
    </section>
  );
}

/**
 * The public page that checks a training certificate by the code printed on it (the address the PDF
 * prints), readable without an account; another code can be typed to check it.
 */
export function CertificatePage({ code }: { code: string }) {
  const { t } = useI18n();
  const check = useResource(() => api.checkCertificate(code), code);
  const [typed, setTyped] = useState(code);
  const unknown = check.error instanceof ApiError && check.error.status === 404;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = typed.trim().toUpperCase();
    if (next !== '') navigate(pathOf({ name: 'certificate-check', code: next }));
  };

  return (
    <article className="page certificate-check" aria-labelledby="certificate-title">
      <h1 id="certificate-title">{t('certificate.checkTitle')}</h1>
      <p className="lead">{t('certificate.checkIntro')}</p>
      {check.loading && !check.data && !check.error && <p className="loading">{t('app.loading')}</p>}
      {check.data && <CertificateFacts check={check.data} />}
      {unknown ? (
        <p className="notice" role="alert" data-testid="certificate-unknown">
          {t('certificate.unknown')}
        </p>
      ) : (
        <ErrorMessage error={check.error} />
      )}
      <form className="form card" onSubmit={submit} data-testid="certificate-form">
        <InputField
          label="certificate.code"
          hint="certificate.codeHint"
          autoComplete="off"
          spellCheck={false}
          maxLength={20}
          value={typed}
          onChange={setTyped}
        />
        <div className="actions">
          <button type="submit" className="button-primary">
            {t('certificate.check')}
          </button>
        </div>
      </form>
    </article>
  );
}

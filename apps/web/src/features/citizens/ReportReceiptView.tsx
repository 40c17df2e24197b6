import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { CopyField } from './CopyField.tsx';
import type { SentReport } from './ReportForm.tsx';
import { trackingLink } from './trackingLink.ts';

/**
 * What the reporter reads once the report is sent: the organisation it went to, what happens next, and the
 * link to follow it (its token is shown this once), to copy and keep.
 */
export function ReportReceiptView({ sent, onAnother }: { sent: SentReport; onAnother: () => void }) {
  const { t } = useI18n();
  const { receipt, photo } = sent;
  const link = trackingLink(window.location.origin, receipt.token);
  const title = useRef<HTMLHeadingElement>(null);
  // The form the reporter was at the end of is gone: the receipt takes the focus (and the view).
  useEffect(() => title.current?.focus(), []);
  return (
    <section
      className="card report-receipt"
      aria-labelledby="report-receipt-title"
      data-testid="report-receipt"
    >
      <h2 id="report-receipt-title" ref={title} tabIndex={-1}>
        {t('citizens.sent.title')}
      </h2>
      <p data-testid="receipt-org">{t('citizens.sent.org', { org: receipt.orgName })}</p>
      <p className="meta" data-testid="receipt-request-id" data-request-id={receipt.requestId}>
        {t('citizens.sent.requestId', { id: receipt.requestId })}
      </p>
      {receipt.notice && <p data-testid="receipt-notice">{receipt.notice}</p>}
      {photo.state === 'sent' && <p>{t('citizens.sent.photo')}</p>}
      {photo.state === 'failed' && (
        <>
          <p className="field-problem">{t('citizens.sent.photoFailed')}</p>
          <ErrorMessage error={photo.error} />
        </>
      )}
      <div className="invite-link">
        <CopyField
          label="citizens.sent.link"
          value={link}
          copied="citizens.sent.copied"
          testId="tracking-link"
        />
        <p>
          <strong>{t('citizens.sent.keep')}</strong>
        </p>
        <p>
          <Link to={pathOf({ name: 'report-track', token: receipt.token })}>{t('citizens.sent.open')}</Link>
        </p>
      </div>
      <div className="actions">
        <button type="button" onClick={onAnother}>
          {t('citizens.sent.another')}
        </button>
      </div>
    </section>
  );
}

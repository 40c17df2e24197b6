import type { Course, CourseParticipant } from '@pactesur/contracts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';

interface Props {
  readonly course: Pick<Course, 'id' | 'certificate' | 'stage'>;
  readonly participant: Pick<CourseParticipant, 'id' | 'name' | 'certified' | 'certificateCode'>;
}

/**
 * A participant's certificate: the PDF in the reader's language once earned, and its code, which opens the
 * public page that checks it (as the PDF prints it); until the course has ended,
 * "not yet"; after, "not earned". Nothing for a course without certificates.
 */
export function CertificateLink({ course, participant: p }: Props) {
  const { t, locale } = useI18n();
  if (!course.certificate) return <>{t('common.none')}</>;
  if (p.certified)
    return (
      <>
        <a
          href={api.certificatePath(course.id, p.id, locale)}
          type="application/pdf"
          data-testid="certificate-link"
          aria-label={t('certificate.downloadLabel', { name: p.name })}
        >
          {t('certificate.download')}
        </a>
        {p.certificateCode && (
          <>
            {' · '}
            <Link
              className="mono"
              to={pathOf({ name: 'certificate-check', code: p.certificateCode })}
              data-testid="certificate-code"
              aria-label={t('certificate.checkLinkLabel', { name: p.name, code: p.certificateCode })}
            >
              {p.certificateCode}
            </Link>
          </>
        )}
      </>
    );
  return (
    <span className="hint">
      {t(course.stage === 'ended' ? 'certificate.notEarned' : 'certificate.notYet')}
    </span>
  );
}

import { ApiError } from '../api.ts';
import { useI18n } from '../i18n/useI18n.tsx';
import { detailLines, errorKey, hasSpecificMessage } from './errorKey.ts';

/**
 * An error as a sentence in the reader's language, announced to screen readers: an API error by its stable
 * code (the code itself only in a small reference line, with the server's specifics where it names what is
 * wrong), a network failure as "cannot be reached".
 */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (error === null || error === undefined) return null;
  const api = error instanceof ApiError ? error : null;
  if (!api) {
    const text = error instanceof TypeError ? t('errors.unreachable') : t('errors.unknown');
    return (
      <div className="error" role="alert">
        <strong>{t('common.errorTitle')}:</strong> {text}
      </div>
    );
  }
  const key = errorKey(api.code);
  const specifics = !hasSpecificMessage(api.code)
    ? []
    : api.code === 'validation_failed'
      ? detailLines(api.details)
      : [api.message, ...detailLines(api.details)];
  return (
    <div className="error" role="alert" data-code={api.code}>
      <strong>{t('common.errorTitle')}:</strong> {key ? t(key) : t('errors.unknown')}
      {specifics.length > 0 && (
        <ul className="error-details" lang="en">
          {specifics.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      <small className="error-code">{t('errors.reference', { code: api.code })}</small>
    </div>
  );
}

import { ApiError } from '../api.ts';
import { useI18n } from '../hooks/useI18n.tsx';

/** An error from the API (its message and stable code) or from the network, announced to screen readers. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (error === null || error === undefined) return null;
  const api = error instanceof ApiError ? error : null;
  const text = api
    ? api.message
    : error instanceof TypeError
      ? t('errors.unreachable')
      : error instanceof Error
        ? error.message
        : JSON.stringify(error);
  return (
    <div className="error" role="alert" data-code={api?.code}>
      <strong>{t('common.errorTitle')}:</strong> {text}
      {api && <span className="error-code"> ({api.code})</span>}
    </div>
  );
}

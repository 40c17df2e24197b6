import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';

/**
 * What a page shows until the record it is about is there: the way back and the error when reading it
 * failed, else "Loading…".
 */
export function LoadingOrError({ back, error }: { back: ReactNode; error: unknown }) {
  const { t } = useI18n();
  if (error)
    return (
      <>
        {back}
        <ErrorMessage error={error} />
      </>
    );
  return <p className="loading">{t('app.loading')}</p>;
}

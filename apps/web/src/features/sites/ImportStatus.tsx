import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { ProgressBar } from '../../ui/ProgressBar.tsx';
import { failureText } from '../jobs/failureText.ts';
import type { ImportState } from './useExtractImport.ts';

/** The upload's progress, then the import's, or why the import failed. */
export function ImportStatus({ state }: { state: ImportState }) {
  const { t, formatBytes } = useI18n();
  switch (state.phase) {
    case 'idle':
    case 'ready':
      return null;
    case 'uploading':
      return (
        <div className="import-status" data-phase="uploading">
          <p>{t('import.uploading', { file: state.filename, size: formatBytes(state.total) })}</p>
          <ProgressBar
            label={t('import.uploadProgress', { file: state.filename })}
            value={state.total > 0 ? state.loaded / state.total : 0}
            testId="upload-progress"
          />
        </div>
      );
    case 'importing':
      return (
        <div className="import-status" data-phase="importing">
          <p>{t('import.importing', { file: state.extract.filename })}</p>
          <ProgressBar
            label={t('import.importProgress', { file: state.extract.filename })}
            value={state.progress}
            testId="import-progress"
          />
        </div>
      );
    case 'failed':
      return (
        <div className="import-status" data-phase="failed">
          {state.extract ? (
            <div className="error" role="alert" data-testid="import-failed">
              {t('import.failedReason', {
                file: state.filename,
                reason: failureText(t, state.extract.error) ?? t('jobStatus.failed'),
              })}
            </div>
          ) : (
            <ErrorMessage error={state.error} />
          )}
        </div>
      );
  }
}

import { SaveStatus } from '../../ui/SaveStatus.tsx';
import type { DraftSaveState } from './draftSaver.ts';

interface Props {
  readonly state: DraftSaveState;
  readonly onRetry: () => void;
  readonly onReload: () => void;
}

/**
 * Where the saving of the draft stands (the shared save status, in the alert's words): saving, saved, what
 * is refused, a failure with a way to try again, or another desk's change first with a way to reload.
 */
export function DraftStatus(props: Props) {
  return <SaveStatus {...props} words="alertSave" look="draft" />;
}

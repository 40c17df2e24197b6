import { SaveStatus as SharedSaveStatus } from '../../ui/SaveStatus.tsx';
import type { SaveState } from './autosave.ts';

interface Props {
  readonly state: SaveState;
  readonly onRetry: () => void;
  readonly onReload: () => void;
}

/**
 * Where the saving of the assessment stands (the shared save status, in the assessment's words): saving,
 * saved, what is refused, what failed with a way to try again, or someone else's save first with a way to
 * reload.
 */
export function SaveStatus(props: Props) {
  return <SharedSaveStatus {...props} words="save" />;
}

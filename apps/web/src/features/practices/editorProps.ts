import type { Multilingual, PracticeContent } from '@pactesur/contracts';
import type { MultilingualField } from './contentDraft.ts';

/** What each part of the practice's editor is given. */
export interface SectionEditorProps {
  readonly content: PracticeContent;
  /** Replaces some fields of the practice being edited. */
  readonly change: (patch: Partial<PracticeContent>) => void;
  /** Replaces one of its texts (every language of it). */
  readonly changeText: (field: MultilingualField, m: Multilingual) => void;
  /**
   * The language of the tab: the practice's own language edits every field, another one only the
   * translations of its texts.
   */
  readonly lang: string;
}

/** Whether the tab is the one of the language the practice is written in (every field is edited there). */
export const writingSource = (p: SectionEditorProps): boolean => p.lang === p.content.title.source;

import type { ColumnType, Generated } from 'kysely';

/** A jsonb column: read as its value, written as JSON text. */
type Json<T> = ColumnType<T, string, string>;
/** A text[] (or uuid[]) column: read and written as an array. */
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

/** A practice: its content one document saved by `revision`; the columns its facets and visibility read. */
export interface PracticesTable {
  id: Generated<string>;
  owner_org_id: string;
  revision: Generated<number>;
  state: Generated<string>;
  maturity: Generated<string>;
  confidentiality: string;
  restricted_to: TextArray;
  content: Json<unknown>;
  country: string | null;
  year: number | null;
  threats: TextArray;
  places: TextArray;
  functions: TextArray;
  solutions: TextArray;
  evaluation: string;
  cost: string | null;
  languages: TextArray;
  demo: Generated<boolean>;
  published_at: Date | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** One language of a practice as the search reads it: its configuration, its text and weighted vector. */
export interface PracticeSearchTable {
  practice_id: string;
  language: string;
  config: string;
  body: string;
  doc: ColumnType<string, never, never>;
}

export interface PracticeHistoryTable {
  id: Generated<string>;
  practice_id: string;
  at: Generated<Date>;
  user_id: string | null;
  org_id: string | null;
  action: string;
  note: string;
}

/** A document attached to a practice; the file store holds its bytes under `file_key`. */
export interface PracticeAttachmentsTable {
  id: Generated<string>;
  practice_id: string;
  file_key: string;
  filename: string;
  content_type: string;
  bytes: number;
  uploaded_by: string | null;
  uploaded_at: Generated<Date>;
}

declare module '../../db/schema.ts' {
  interface Database {
    practices: PracticesTable;
    practice_search: PracticeSearchTable;
    practice_history: PracticeHistoryTable;
    practice_attachments: PracticeAttachmentsTable;
  }
}

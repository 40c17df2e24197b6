import type { ColumnType, Generated } from 'kysely';

/** A jsonb column: read as its value, written as JSON text. */
type Json<T> = ColumnType<T, string, string>;

/** One version of an assessment: what the user filled in (`content`), what the platform computed (`indicators`). */
export interface AssessmentsTable {
  id: Generated<string>;
  owner_org_id: string;
  site_id: string;
  parent_id: string | null;
  version: number;
  title: string;
  status: Generated<string>;
  step: Generated<string>;
  revision: Generated<number>;
  content: Json<unknown>;
  /** The computed indicators as last computed (without staleness, which is read against the sources). */
  indicators: Json<unknown>;
  /** The user's overrides of indicators, by key, each with its reason. */
  overrides: Json<unknown>;
  created_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface AssessmentCommentsTable {
  id: Generated<string>;
  assessment_id: string;
  author_id: string | null;
  author_name: string;
  about: string | null;
  body: string;
  created_at: Generated<Date>;
}

export interface AssessmentPhotosTable {
  id: Generated<string>;
  assessment_id: string;
  file_key: string;
  filename: string;
  content_type: string;
  bytes: number;
  caption: string;
  location_kept: boolean;
  created_by: string | null;
  created_by_name: string;
  created_at: Generated<Date>;
}

declare module '../../db/schema.ts' {
  interface Database {
    assessments: AssessmentsTable;
    assessment_comments: AssessmentCommentsTable;
    assessment_photos: AssessmentPhotosTable;
  }
}

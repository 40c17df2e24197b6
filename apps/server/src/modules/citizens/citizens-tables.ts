import type { ColumnType, Generated } from 'kysely';

/** A jsonb column: read as its value, written as JSON text. */
type Json<T> = ColumnType<T, string, string>;
/** A text[] column: read and written as an array. */
type TextArray = ColumnType<string[], string[], string[]>;

/** Where an organisation takes reports of some categories. */
export interface CitizenCoverageTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  categories: TextArray;
  area: Json<unknown>;
  area_km2: number;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** An Open311 key an organisation issued: its hash, never the key. */
export interface CitizenApiKeysTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  prefix: string;
  key_hash: string;
  created_by: string | null;
  created_at: Generated<Date>;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

/** A citizen's report, with the organisation it was routed to; its times are the module's clock. */
export interface CitizenReportsTable {
  id: Generated<string>;
  request_id: string;
  token_hash: string;
  org_id: string;
  category: string;
  status: Generated<string>;
  status_note: Generated<string>;
  published: Generated<boolean>;
  description: string;
  address: Generated<string>;
  lng: number | null;
  lat: number | null;
  attributes: Json<unknown>;
  anonymous: boolean;
  contact: Json<unknown> | null;
  media_url: Generated<string>;
  photo_key: string | null;
  photo_faces: Generated<number>;
  published_photo_key: string | null;
  blur_regions: ColumnType<unknown, string | undefined, string>;
  lang: string;
  via: string;
  api_key_id: string | null;
  created_at: Date;
  updated_at: Date;
  closed_at: Date | null;
  purge_after: Date;
}

/** What the transparency page counts, per day and category: no personal data. */
export interface CitizenReportTalliesTable {
  day: string;
  category: string;
  received: Generated<number>;
  purged: Generated<number>;
  photos: Generated<number>;
  faces: Generated<number>;
}

declare module '../../db/schema.ts' {
  interface Database {
    citizen_coverage: CitizenCoverageTable;
    citizen_api_keys: CitizenApiKeysTable;
    citizen_reports: CitizenReportsTable;
    citizen_report_tallies: CitizenReportTalliesTable;
  }
}

import type { ColumnType, Generated } from 'kysely';

/** A city's awareness page. */
export interface AwarenessPagesTable {
  org_id: string;
  sections: ColumnType<unknown, string, string>;
  published: boolean;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

declare module '../../db/schema.ts' {
  interface Database {
    awareness_pages: AwarenessPagesTable;
  }
}

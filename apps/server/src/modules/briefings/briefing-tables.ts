import type { Generated } from 'kysely';

/** The `briefings` table (created by the core's first migration, before modules had migrations of their own). */
export interface BriefingsTable {
  id: Generated<string>;
  owner_org_id: string;
  title: string;
  body: string;
  created_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

declare module '../../db/schema.ts' {
  interface Database {
    briefings: BriefingsTable;
  }
}

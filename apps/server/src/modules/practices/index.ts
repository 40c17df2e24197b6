import { defineModule } from '../module.ts';
import * as attachmentMigration from './practice-attachment-migration.ts';
import { PracticeAttachmentRepository } from './practice-attachment-repository.ts';
import * as migration from './practice-migration.ts';
import { PracticeRepository } from './practice-repository.ts';
import { practiceRoutes } from './practice-routes.ts';
import { PracticeSearchRepository } from './practice-search-repository.ts';
import { PracticeService } from './practice-service.ts';
import './practice-tables.ts';
import * as savedSearchMigration from './saved-search-migration.ts';
import { SavedSearchRepository } from './saved-search-repository.ts';
import { SavedSearchService } from './saved-search-service.ts';
import './saved-search-tables.ts';

/** Promising practices (KNOWLEDGE.md): written, reviewed and published across the network, searched in every language. */
export const practicesModule = defineModule({
  name: 'practices',
  path: '/practices',
  migrations: { '0016-practices': migration, '0021-practice-attachments': attachmentMigration, '0023-practice-saved-searches': savedSearchMigration },
  records: [],
  fileColumns: [{ table: 'practice_attachments', column: 'file_key' }],
  service: ({ db, access, files, notifications }) => {
    const searches = new PracticeSearchRepository(db);
    const saved = new SavedSearchService(new SavedSearchRepository(db), searches, access);
    return { practices: new PracticeService(new PracticeRepository(db), searches, access, new PracticeAttachmentRepository(db, files), saved, notifications), saved };
  },
  routes: (service) => practiceRoutes(service.practices, service.saved),
});

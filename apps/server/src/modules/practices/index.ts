import { defineModule } from '../module.ts';
import * as attachmentMigration from './practice-attachment-migration.ts';
import { PracticeAttachmentRepository } from './practice-attachment-repository.ts';
import * as migration from './practice-migration.ts';
import { PracticeRepository } from './practice-repository.ts';
import { practiceRoutes } from './practice-routes.ts';
import { PracticeSearchRepository } from './practice-search-repository.ts';
import { PracticeService } from './practice-service.ts';
import './practice-tables.ts';

/** Promising practices (KNOWLEDGE.md): written, reviewed and published across the network, searched in every language. */
export const practicesModule = defineModule({
  name: 'practices',
  path: '/practices',
  migrations: { '0016-practices': migration, '0021-practice-attachments': attachmentMigration },
  records: [],
  fileColumns: [{ table: 'practice_attachments', column: 'file_key' }],
  service: ({ db, access, files }) => new PracticeService(new PracticeRepository(db), new PracticeSearchRepository(db), access, new PracticeAttachmentRepository(db, files)),
  routes: (service) => practiceRoutes(service),
});

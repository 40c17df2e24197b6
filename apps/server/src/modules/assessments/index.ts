import { defineModule } from '../module.ts';
import { AssessmentRepository } from './assessment-repository.ts';
import { assessmentRoutes } from './assessment-routes.ts';
import { AssessmentService } from './assessment-service.ts';
import * as migration from './assessment-migration.ts';
import './assessment-tables.ts';

/** Vulnerability assessments of public spaces (ASSESSMENT.md): scenarios, scores, the risk register, measures. */
export const assessmentsModule = defineModule({
  name: 'assessments',
  path: '/assessments',
  migrations: { '0012-assessments': migration },
  records: [
    {
      kind: 'assessment',
      table: 'assessments',
      nameColumn: 'title',
      belongsTo: { kind: 'site', column: 'site_id' },
    },
  ],
  fileColumns: [{ table: 'assessment_photos', column: 'file_key' }],
  service: ({ db, files, access, live, core }) =>
    new AssessmentService(new AssessmentRepository(db, files), access, live, core),
  routes: (service) => assessmentRoutes(service),
});

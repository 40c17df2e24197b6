import { NetworkRepository } from '../../repositories/networks.ts';
import { NetworkReader } from '../../services/network-reader.ts';
import { defineModule } from '../module.ts';
import { CourseRepository } from './course-repository.ts';
import { courseRoutes } from './course-routes.ts';
import { CourseService } from './course-service.ts';
import * as migration from './training-migration.ts';
import './training-tables.ts';

/** Training (KNOWLEDGE.md): a network's courses and academies, enrolment, attendance and certificates anyone can check. */
export const trainingModule = defineModule({
  name: 'training',
  path: '/training',
  migrations: { '0019-training': migration },
  records: [],
  service: ({ db, access, publicUrl }) => ({ courses: new CourseService(new CourseRepository(db), new NetworkReader(new NetworkRepository(db)), access), publicUrl }),
  routes: (service) => courseRoutes(service.courses, service.publicUrl),
});

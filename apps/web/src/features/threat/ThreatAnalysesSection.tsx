import type { Site } from '@pactesur/contracts';
import { api } from '../../api.ts';
import { JobRecordsSection } from '../jobs/JobRecordsSection.tsx';
import { ThreatAnalysesTable } from './ThreatAnalysesTable.tsx';

/**
 * The vehicle threat analyses of a site (HVM.md §1–3), with the way to start a new one for those who may
 * (analysts and above). The list refreshes itself while an analysis is running.
 */
export function ThreatAnalysesSection({ site }: { site: Site }) {
  return (
    <JobRecordsSection ns="threat" site={site} list={api.listThreatAnalyses}>
      {(analyses) => <ThreatAnalysesTable analyses={analyses} />}
    </JobRecordsSection>
  );
}

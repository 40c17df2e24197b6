import { api } from '../../api.ts';
import { NewJobRecordFrame } from '../jobs/NewJobRecordFrame.tsx';
import { ThreatAnalysisForm } from './ThreatAnalysisForm.tsx';

/** The form starting a vehicle threat analysis of a site (analysts and above). */
export function NewThreatAnalysisPage({ siteId }: { siteId: string }) {
  return (
    <NewJobRecordFrame
      ns="threat"
      siteId={siteId}
      Form={ThreatAnalysisForm}
      start={api.startThreatAnalysis}
    />
  );
}

import { api } from '../api.ts';
import { CrowdSimulationForm } from '../components/CrowdSimulationForm.tsx';
import { NewJobRecordFrame } from '../components/NewJobRecordFrame.tsx';

/** The builder of a crowd simulation of a site (analysts and above). */
export function CrowdNewPage({ siteId }: { siteId: string }) {
  // A refused scenario says which exit or field is wrong: beside the button that was pressed.
  return (
    <NewJobRecordFrame
      ns="crowd"
      siteId={siteId}
      Form={CrowdSimulationForm}
      start={api.startCrowdSimulation}
      errorBelow
    />
  );
}

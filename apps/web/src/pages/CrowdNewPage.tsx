import { api } from '../api.ts';
import { CrowdSimulationForm } from '../components/CrowdSimulationForm.tsx';
import { crowdExitRefusal } from '../components/crowdExitRefusal.ts';
import { NewJobRecordFrame } from '../components/NewJobRecordFrame.tsx';
import { useI18n } from '../hooks/useI18n.tsx';

/** The builder of a crowd simulation of a site (analysts and above). */
export function CrowdNewPage({ siteId }: { siteId: string }) {
  const { t } = useI18n();
  // A refused scenario says which exit or field is wrong: beside the button that was pressed.
  return (
    <NewJobRecordFrame
      ns="crowd"
      siteId={siteId}
      Form={CrowdSimulationForm}
      start={(id, body: Parameters<typeof api.startCrowdSimulation>[1]) =>
        api.startCrowdSimulation(id, body).catch((e: unknown) => {
          throw crowdExitRefusal(e, t);
        })
      }
      errorBelow
    />
  );
}

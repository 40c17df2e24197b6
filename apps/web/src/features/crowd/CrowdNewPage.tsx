import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { NewJobRecordFrame } from '../jobs/NewJobRecordFrame.tsx';
import { CrowdSimulationForm } from './CrowdSimulationForm.tsx';
import { crowdExitRefusal } from './crowdExitRefusal.ts';

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

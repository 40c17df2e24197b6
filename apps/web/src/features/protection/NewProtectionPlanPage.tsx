import { api } from '../../api.ts';
import { NewJobRecordFrame } from '../jobs/NewJobRecordFrame.tsx';
import { ProtectionPlanForm } from './ProtectionPlanForm.tsx';

/** The form starting a protection plan of a site (editors and above). */
export function NewProtectionPlanPage({ siteId }: { siteId: string }) {
  return (
    <NewJobRecordFrame
      ns="protection"
      siteId={siteId}
      Form={ProtectionPlanForm}
      start={api.startProtectionPlan}
    />
  );
}

import type { EventRecord } from '@pactesur/contracts';
import { can } from '../../access/can.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { useSession } from '../../session/useSession.tsx';
import { SaveStatus } from '../../ui/SaveStatus.tsx';
import '../assessments/assessments.css';
import { DimIceGrid } from './DimIceGrid.tsx';
import { MartynSection } from './MartynSection.tsx';
import { RampTable } from './RampTable.tsx';
import { RiskRegister } from './RiskRegister.tsx';
import { TriggerPoints } from './TriggerPoints.tsx';
import { useWorksheetDraft } from './WorksheetDraft.ts';
import './WorksheetsPanel.css';

/**
 * The crowd-risk worksheets of a plan (EVENTS.md): DIM-ICE, RAMP with its map of ratings, the risk
 * register with the terrorist scenarios of the site's vulnerability assessment, the Martyn's Law checklist
 * and the trigger points. Saved as the user goes by those who may edit the plan (editors of the owner, or
 * of an organisation it is shared with to edit) while it is a draft; read-only otherwise.
 */
export function WorksheetsPanel({
  event,
  onChange,
}: {
  event: EventRecord;
  onChange: (next: EventRecord) => void;
}) {
  const { t } = useI18n();
  const { activeMembership } = useSession();
  const mayEdit = can(activeMembership, 'record.edit', event.access);
  const readOnly = !mayEdit || event.status !== 'draft';
  const draft = useWorksheetDraft(event, onChange, readOnly);
  const { parts, edit } = draft;
  const features = event.plan.features;
  return (
    <section
      className="event-worksheets"
      aria-labelledby="worksheets-title"
      data-testid="event-worksheets"
      data-read-only={readOnly}
    >
      <h2 id="worksheets-title">{t('events.ops.worksheets.title')}</h2>
      <p className="hint">{t('events.ops.worksheets.intro')}</p>
      {readOnly && (
        <p className="notice" data-testid="worksheets-read-only">
          {t(mayEdit ? 'events.ops.worksheets.notDraft' : 'events.ops.worksheets.readOnly')}
        </p>
      )}
      {features.length === 0 && <p className="hint">{t('events.ops.features.noneInPlan')}</p>}
      {!readOnly && (
        <SaveStatus
          state={draft.state}
          words="events.ops.save"
          onRetry={() => void draft.flush()}
          onReload={() => void draft.reload()}
        />
      )}
      <RiskRegister
        risks={parts.risks}
        features={features}
        siteId={event.siteId}
        readOnly={readOnly}
        onChange={(risks) => edit(() => ({ risks }))}
      />
      <DimIceGrid
        cells={parts.dimIce}
        features={features}
        readOnly={readOnly}
        onChange={(dimIce) => edit(() => ({ dimIce }))}
      />
      <RampTable
        entries={parts.ramp}
        features={features}
        readOnly={readOnly}
        onChange={(ramp) => edit(() => ({ ramp }))}
      />
      <MartynSection
        expectedPeak={parts.expectedPeak ?? event.plan.expectedPeak}
        inPlace={parts.martyn}
        readOnly={readOnly}
        onInPlace={(martyn) => edit(() => ({ martyn }))}
      />
      <TriggerPoints
        triggers={parts.triggers}
        readOnly={readOnly}
        onChange={(triggers) => edit(() => ({ triggers }))}
      />
    </section>
  );
}

import type { CrowdResult, EventRecord, LiveState } from '@pactesur/contracts';
import { AppError } from '../../errors/app-error.ts';
import type { AccessService } from '../../services/access-service.ts';
import { requireRole, type Actor } from '../../services/actor.ts';
import type { CoreRecords } from '../module.ts';
import type { EventLiveService } from './event-live-service.ts';
import type { EventRepository } from './event-repository.ts';
import type { EventService } from './event-service.ts';

/** What an export of a plan holds: the plan, its live log once live, its simulations' results, its reader. */
export interface EventExport {
  readonly event: EventRecord;
  readonly live: LiveState | null;
  readonly simulations: { readonly allExits: CrowdResult | null; readonly largestClosed: CrowdResult | null };
  readonly reader: { readonly name: string; readonly orgName: string };
}

/** The Event Safety Management Plan for its PDF and its calculations for the CSV: audited as a read and an export. */
export class EventExportService {
  constructor(
    private readonly events: EventRepository,
    private readonly plans: EventService,
    private readonly liveLog: EventLiveService,
    private readonly access: AccessService,
    private readonly core: CoreRecords,
  ) {}

  async exportOf(actor: Actor, id: string, format: 'pdf' | 'csv'): Promise<EventExport> {
    const reader = requireRole(actor, 'viewer');
    const event = await this.plans.get(actor, id);
    await this.access.audit(actor, 'export', { kind: 'event', recordId: id, ownerOrgId: event.ownerOrgId, detail: format });
    const live = format === 'pdf' && (event.status === 'live' || event.status === 'debriefed') ? await this.liveLog.state(actor, id, 0) : null;
    return {
      event,
      live,
      simulations: {
        allExits: format === 'pdf' ? await this.result(actor, event.simulations.allExits) : null,
        largestClosed: format === 'pdf' ? await this.result(actor, event.simulations.largestClosed) : null,
      },
      reader: await this.events.readerNames(actor.userId, reader.orgId),
    };
  }

  /**
   * A simulation's result as the reader may read it (audited there); null while it runs, when it failed,
   * or when the reader was not given it — the document says the simulation is not available.
   */
  private async result(actor: Actor, simulationId: string | null): Promise<CrowdResult | null> {
    if (!simulationId) return null;
    try {
      return JSON.parse(await this.core.crowd.json(actor, simulationId, 'result')) as CrowdResult;
    } catch (error) {
      if (error instanceof AppError) return null;
      throw error;
    }
  }
}

import { MAX_COMPARED_PLANS, type ProtectionPlan, type Site } from '@pactesur/contracts';
import { useState } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { navigate } from '../../router/history.ts';
import { pathOf } from '../../router/routes.ts';
import { JobRecordsSection } from '../jobs/JobRecordsSection.tsx';
import { ProtectionPlansTable } from './ProtectionPlansTable.tsx';

/** The plans of a site, each with a tick box, and the button comparing the plans ticked. */
function ProtectionPlansChooser({ siteId, plans }: { siteId: string; plans: readonly ProtectionPlan[] }) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set());
  // Oldest first: a plan's scenarios come after it, left to right.
  const ids = plans
    .filter((p) => chosen.has(p.id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((p) => p.id);
  const choose = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <>
      <ProtectionPlansTable
        plans={plans}
        chosen={chosen}
        onChoose={choose}
        full={ids.length >= MAX_COMPARED_PLANS}
      />
      {plans.length > 1 && (
        <div className="toolbar compare-bar">
          <button
            type="button"
            disabled={ids.length < 2}
            aria-describedby="protection-compare-hint"
            onClick={() => navigate(pathOf({ name: 'protection-compare', siteId, ids }))}
          >
            {t('protection.compareChosen', { count: ids.length })}
          </button>
          <span className="hint" id="protection-compare-hint">
            {t('protection.compareHint', { max: MAX_COMPARED_PLANS })}
          </span>
        </div>
      )}
    </>
  );
}

/**
 * The protection plans of a site (HVM.md §4–6), the way to start a new one for those who may (editors and
 * above), and the comparison of the plans ticked in the list. Refreshes itself while a plan is solved.
 */
export function ProtectionPlansSection({ site }: { site: Site }) {
  return (
    <JobRecordsSection ns="protection" site={site} list={api.listProtectionPlans}>
      {(plans) => <ProtectionPlansChooser siteId={site.id} plans={plans} />}
    </JobRecordsSection>
  );
}

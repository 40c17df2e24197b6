import type { MyMembership } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { AssessmentExports } from './AssessmentExports.tsx';
import { RankedMeasuresTable } from './RankedMeasuresTable.tsx';
import { RiskHeatMap } from './RiskHeatMap.tsx';
import { RiskRegisterTable } from './RiskRegisterTable.tsx';
import type { StepProps } from './StepProps.ts';
import { VersionActions } from './VersionActions.tsx';

/**
 * Step 7: what the server computed at the last save — the heat map, the register, the measures ranked —
 * with the other methods' outcomes, the exports, the status and the versions.
 */
export function ResultsStep({ form, membership }: StepProps & { membership: MyMembership }) {
  const { t } = useI18n();
  const a = form.assessment;
  return (
    <>
      {form.state.kind !== 'saved' && form.state.kind !== 'idle' && (
        <p className="notice">{t('results.asOfSave')}</p>
      )}
      <RiskHeatMap register={a.register} />
      <RiskRegisterTable register={a.register} measures={a.content.measures} />
      <RankedMeasuresTable ranked={a.rankedMeasures} />
      <ul className="plain-list results-other">
        {a.carverTotal !== null && <li>{t('results.carverTotal', { total: a.carverTotal })}</li>}
        <li>{t('results.martyn', { tier: t(`martynTier.${a.martyn.tier}`) })}</li>
      </ul>
      <AssessmentExports id={a.id} />
      <VersionActions form={form} membership={membership} />
    </>
  );
}

import { Maturity } from '@pactesur/contracts';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { RadioChoices } from '../../ui/RadioChoices.tsx';
import { StepForm } from './StepForm.tsx';

interface Props {
  /** The label it has now, chosen at first. */
  readonly maturity: Maturity;
  /** True while a criterion is unmet: the button is disabled and says why. */
  readonly blocked: boolean;
  readonly busy: boolean;
  readonly disabled: boolean;
  readonly onPublish: (maturity: Maturity) => void;
}

/** Publishing a practice in review, with its maturity label: inspiring, peer-reviewed or evaluated. */
export function PublishStep({ maturity, blocked, busy, disabled, onPublish }: Props) {
  const id = useId();
  const { t } = useI18n();
  const [label, setLabel] = useState<Maturity>(maturity);
  return (
    <StepForm
      action="practiceFlow.publish"
      primary
      busy={busy}
      disabled={disabled || blocked}
      describedBy={blocked ? `${id}-blocked` : undefined}
      onSubmit={() => {
        if (!blocked) onPublish(label);
      }}
      after={
        blocked && (
          <p className="hint" id={`${id}-blocked`}>
            {t('practiceFlow.publishBlocked')}
          </p>
        )
      }
    >
      <RadioChoices
        legend="practiceFlow.label"
        options={Maturity.options}
        name={(m) => t(`practiceMaturity.${m}`)}
        hint={(m) => t(`practiceMaturityHint.${m}`)}
        value={label}
        onChange={setLabel}
      />
    </StepForm>
  );
}

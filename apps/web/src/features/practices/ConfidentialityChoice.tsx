import { Confidentiality } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { RadioChoices } from '../../ui/RadioChoices.tsx';

interface Props {
  readonly value: Confidentiality;
  readonly onChange: (value: Confidentiality) => void;
}

/** Who may read the practice: anyone, the owner's networks, or the organisations chosen. */
export function ConfidentialityChoice({ value, onChange }: Props) {
  const { t } = useI18n();
  return (
    <RadioChoices
      legend="practiceField.confidentiality"
      options={Confidentiality.options}
      name={(c) => t(`practiceConfidentiality.${c}`)}
      hint={(c) => t(`practiceConfidentialityHint.${c}`)}
      value={value}
      onChange={onChange}
    />
  );
}

import type { Call } from '@pactesur/contracts';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { ApplicationForm } from './ApplicationForm.tsx';
import { MyApplication } from './MyApplication.tsx';

interface Props {
  readonly call: Call;
  readonly signedIn: boolean;
  readonly onChanged: (call: Call) => void;
}

/**
 * What an organisation that may apply sees of its own part: the application form while the call is open,
 * its application and what became of it afterwards, or how to apply when the reader cannot.
 */
export function ApplicantPanel({ call, signedIn, onChanged }: Props) {
  const { t } = useI18n();
  if (call.stage === 'open' && call.canApply)
    return <ApplicationForm key={call.mine?.updatedAt ?? 'new'} call={call} onChanged={onChanged} />;
  if (call.mine) return <MyApplication call={call} mine={call.mine} />;
  if (call.stage !== 'open' || call.canManage) return null;
  return (
    <p className="notice" data-testid="how-to-apply">
      {t(signedIn ? 'network.calls.application.editorsOnly' : 'network.calls.application.signInToApply')}
    </p>
  );
}

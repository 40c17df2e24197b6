import type { EventProfile } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { PROFILE_CONSTANTS } from './profileForm.ts';

/** The constants of a profile version, read-only: each with its value, unit and source. */
export function ProfileConstantsTable({ profile }: { profile: EventProfile }) {
  const { t, locale } = useI18n();
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return (
    <table className="table table-dense" data-testid="profile-constants">
      <caption>
        {t('eventProfiles.constantsCaption', { name: profile.name, version: profile.version })}
      </caption>
      <TableHead
        columns={[
          { label: 'eventProfiles.col.constant' },
          { label: 'eventProfiles.col.value', numeric: true },
          { label: 'eventProfiles.col.source' },
        ]}
      />
      <tbody>
        {PROFILE_CONSTANTS.map((k) => (
          <tr key={k} data-constant={k}>
            <th scope="row">{t(`eventConstant.${k}`)}</th>
            <td className="numeric nowrap">
              {number.format(profile.constants[k])}{' '}
              <span className="meta">{t(`eventConstantUnit.${k}`)}</span>
            </td>
            <td lang={profile.id === null ? 'en' : undefined}>
              {profile.sources[k]?.trim() ? profile.sources[k] : t('eventProfiles.noSource')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

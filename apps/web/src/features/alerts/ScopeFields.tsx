import { CapScopeValue, type Organisation } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ChoiceCards } from './ChoiceCards.tsx';

export interface ScopeValue {
  readonly scope: CapScopeValue;
  readonly recipientOrgIds: readonly string[];
  readonly addresses: string;
}

interface Props {
  readonly value: ScopeValue;
  readonly onChange: (value: ScopeValue) => void;
  /** The organisations a Restricted alert may go to (the acting one left out). */
  readonly orgs: readonly Organisation[];
  /** Whether the scope itself may change (not once the alert is written: only who receives it). */
  readonly scopeFixed?: boolean;
  /** An exercise: whatever its scope, it goes to the organisations taking part, chosen here. */
  readonly exercise?: boolean;
  readonly disabled?: boolean;
}

/**
 * Who receives an alert: everyone (Public), chosen partner organisations (Restricted, each acknowledges
 * it), or a list of addresses (Private); an exercise, the organisations taking part in it.
 */
export function ScopeFields({ value, onChange, orgs, scopeFixed = false, exercise = false, disabled = false }: Props) {
  const id = useId();
  const { t } = useI18n();
  const toggle = (orgId: string, on: boolean) =>
    onChange({
      ...value,
      recipientOrgIds: on ? [...value.recipientOrgIds, orgId] : value.recipientOrgIds.filter((o) => o !== orgId),
    });
  return (
    <>
      {!scopeFixed && (
        <ChoiceCards
          legend={t('newAlert.scope')}
          name="scope"
          options={CapScopeValue.options}
          value={value.scope}
          onChange={(scope) => onChange({ ...value, scope })}
          label={(s) => t(`capScope.${s}`)}
          hint={(s) => t(`capScopeHint.${s}`)}
          disabled={disabled}
        />
      )}
      {(value.scope === 'Restricted' || exercise) && (
        <fieldset className="field-row recipients" aria-describedby={`${id}-recipients-problem`}>
          <legend>{t(exercise ? 'alert.participants' : 'alert.recipients')}</legend>
          <div className="check-grid">
            {orgs.map((o) => (
              <label key={o.id} className="check">
                <input
                  type="checkbox"
                  checked={value.recipientOrgIds.includes(o.id)}
                  disabled={disabled}
                  onChange={(e) => toggle(o.id, e.target.checked)}
                />
                <span>{o.name}</span>
              </label>
            ))}
          </div>
          {value.recipientOrgIds.length === 0 && (
            <p className="field-problem" id={`${id}-recipients-problem`}>
              {t('alert.recipientsMissing')}
            </p>
          )}
        </fieldset>
      )}
      {value.scope === 'Private' && (
        <div className="field">
          <label htmlFor={`${id}-addresses`}>{t('alert.addresses')}</label>
          <textarea
            id={`${id}-addresses`}
            rows={2}
            maxLength={5_000}
            value={value.addresses}
            disabled={disabled}
            required
            aria-describedby={`${id}-addresses-hint`}
            onChange={(e) => onChange({ ...value, addresses: e.target.value })}
          />
          <small id={`${id}-addresses-hint`}>{t('alert.addressesHint')}</small>
        </div>
      )}
    </>
  );
}

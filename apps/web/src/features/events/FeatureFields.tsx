import { ExitKind, PointKind, ZoneUse, type PlanFeature } from '@pactesur/contracts';
import { useId, useMemo } from 'react';
import { en } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { measureName } from '../protection/productName.ts';
import { NumberInput } from './NumberInput.tsx';
import { catalogueProducts } from './catalogueProducts.ts';

interface Props {
  readonly feature: PlanFeature;
  readonly editable: boolean;
  /** Changes the feature (made from its latest state). */
  readonly onChange: (change: (f: PlanFeature) => PlanFeature) => void;
}

/**
 * What a feature of the plan holds besides its place: its name, and by kind the use of a zone, the width,
 * kind and entry of an exit, the lanes of a screening point, the product of a vehicle-barrier line, the
 * width and flow of a route, the kind and staff of a point. Read-only, the same as text.
 */
export function FeatureFields({ feature: f, editable, onChange }: Props) {
  const id = useId();
  const { t, formatCount } = useI18n();
  const products = useMemo(() => catalogueProducts(Object.keys(en)), []);
  const label = f.name || f.id;
  const set = <F extends PlanFeature>(change: (x: F) => F) =>
    onChange((x) => (x.type === f.type ? change(x as F) : x));

  if (!editable)
    return (
      <p className="plan-feature-facts" data-testid="feature-facts">
        {f.name && <span>{f.name}</span>}
        {f.type === 'zone' && <span>{t(`eventZoneUse.${f.use}`)}</span>}
        {f.type === 'exit' && (
          <span>
            {t('eventFields.exitFacts', { width: f.widthM, kind: t(`eventExitKind.${f.kind}`) })}
            {f.entry && ` · ${t('eventFields.entry')}`}
          </span>
        )}
        {f.type === 'screening' && <span>{t('eventFields.lanesFacts', { count: f.lanes })}</span>}
        {f.type === 'vehicle-barrier' && f.productId && (
          <span>{measureName(t, { product: f.productId, name: f.productId })}</span>
        )}
        {f.type === 'route' && (
          <span>{t('eventFields.routeFacts', { width: f.widthM, flow: formatCount(f.flowPerMin) })}</span>
        )}
        {f.type === 'point' && f.staff > 0 && <span>{t('eventFields.staffFacts', { count: f.staff })}</span>}
      </p>
    );

  return (
    <div className="plan-feature-fields form form-row">
      <div className="field grow">
        <label htmlFor={`${id}-name`}>{t('eventFields.name')}</label>
        <input
          id={`${id}-name`}
          maxLength={200}
          value={f.name}
          aria-label={t('eventFields.nameOf', { id: f.id })}
          onChange={(e) => {
            const name = e.target.value;
            onChange((x) => ({ ...x, name }));
          }}
        />
      </div>
      {f.type === 'zone' && (
        <div className="field">
          <label htmlFor={`${id}-use`}>{t('eventFields.use')}</label>
          <select
            id={`${id}-use`}
            value={f.use}
            onChange={(e) => set<typeof f>((x) => ({ ...x, use: e.target.value as ZoneUse }))}
          >
            {ZoneUse.options.map((u) => (
              <option key={u} value={u}>
                {t(`eventZoneUse.${u}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {f.type === 'exit' && (
        <>
          <NumberInput
            label={t('eventFields.widthOf', { name: label })}
            unit="m"
            value={f.widthM}
            min={0.1}
            max={100}
            step={0.1}
            onValue={(widthM) => set<typeof f>((x) => ({ ...x, widthM }))}
          />
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('eventFields.exitKind')}</label>
            <select
              id={`${id}-kind`}
              value={f.kind}
              onChange={(e) => set<typeof f>((x) => ({ ...x, kind: e.target.value as ExitKind }))}
            >
              {ExitKind.options.map((k) => (
                <option key={k} value={k}>
                  {t(`eventExitKind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field-inline">
            <input
              id={`${id}-entry`}
              type="checkbox"
              checked={f.entry}
              onChange={(e) => {
                const entry = e.target.checked;
                set<typeof f>((x) => ({ ...x, entry }));
              }}
            />
            <label htmlFor={`${id}-entry`}>{t('eventFields.entry')}</label>
          </div>
        </>
      )}
      {f.type === 'screening' && (
        <NumberInput
          label={t('eventFields.lanes')}
          value={f.lanes}
          min={1}
          max={200}
          integer
          onValue={(lanes) => set<typeof f>((x) => ({ ...x, lanes }))}
        />
      )}
      {f.type === 'vehicle-barrier' && (
        <div className="field">
          <label htmlFor={`${id}-product`}>{t('eventFields.product')}</label>
          <select
            id={`${id}-product`}
            value={f.productId ?? ''}
            onChange={(e) => {
              const productId = e.target.value === '' ? null : e.target.value;
              set<typeof f>((x) => ({ ...x, productId }));
            }}
          >
            <option value="">{t('eventFields.noProduct')}</option>
            {[...products, ...(f.productId && !products.includes(f.productId) ? [f.productId] : [])].map(
              (p) => (
                <option key={p} value={p}>
                  {measureName(t, { product: p, name: p })}
                </option>
              ),
            )}
          </select>
        </div>
      )}
      {f.type === 'vehicle-barrier' && (
        <NumberInput
          label={t('eventFields.standoff')}
          unit="m"
          value={f.standoffM}
          min={0}
          max={50}
          step={0.5}
          onValue={(standoffM) => set<typeof f>((x) => ({ ...x, standoffM }))}
        />
      )}
      {f.type === 'route' && (
        <>
          <NumberInput
            label={t('eventFields.routeWidth')}
            unit="m"
            value={f.widthM}
            min={0.1}
            max={200}
            step={0.1}
            onValue={(widthM) => set<typeof f>((x) => ({ ...x, widthM }))}
          />
          <NumberInput
            label={t('eventFields.flow')}
            unit={t('eventUnit.perMinute')}
            value={f.flowPerMin}
            min={0}
            max={1_000_000}
            onValue={(flowPerMin) => set<typeof f>((x) => ({ ...x, flowPerMin }))}
          />
        </>
      )}
      {f.type === 'point' && (
        <>
          <div className="field">
            <label htmlFor={`${id}-point`}>{t('eventFields.pointKind')}</label>
            <select
              id={`${id}-point`}
              value={f.kind}
              onChange={(e) => set<typeof f>((x) => ({ ...x, kind: e.target.value as PointKind }))}
            >
              {PointKind.options.map((k) => (
                <option key={k} value={k}>
                  {t(`eventTool.point-${k}`)}
                </option>
              ))}
            </select>
          </div>
          <NumberInput
            label={t('eventFields.staff')}
            value={f.staff}
            min={0}
            max={10_000}
            integer
            onValue={(staff) => set<typeof f>((x) => ({ ...x, staff }))}
          />
        </>
      )}
    </div>
  );
}

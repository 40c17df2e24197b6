import type { Indicator, IndicatorKey, OverrideIndicator } from '@pactesur/contracts';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { routeOfRecord } from '../../router/routeOfRecord.ts';
import { pathOf } from '../../router/routes.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { useAction } from '../../ui/useAction.ts';
import { IndicatorDetail } from './IndicatorDetail.tsx';
import { IndicatorOverrideForm } from './IndicatorOverrideForm.tsx';
import { indicatorValueText, type IndicatorFormats } from './numberFormats.ts';

interface Props {
  readonly indicator: Indicator;
  readonly readOnly: boolean;
  readonly onOverride: (key: IndicatorKey, override: OverrideIndicator) => Promise<void>;
  readonly onClear: (key: IndicatorKey) => Promise<void>;
}

/** Where a value comes from: each source named, dated, and linked to its page when it has one. */
function Sources({ indicator }: { indicator: Indicator }) {
  const { t, formatDate } = useI18n();
  if (indicator.sources.length === 0) return <p className="meta">{t('indicator.noSources')}</p>;
  return (
    <ul className="plain-list indicator-sources">
      {indicator.sources.map((s) => {
        const route = routeOfRecord(s.kind, s.id);
        const text = t('indicator.source', {
          kind: t(`indicatorSource.${s.kind}`),
          name: s.name,
          date: formatDate(s.at, 'date'),
        });
        return <li key={`${s.kind}:${s.id}`}>{route ? <Link to={pathOf(route)}>{text}</Link> : text}</li>;
      })}
    </ul>
  );
}

/**
 * One computed indicator: its value with its unit (the team's override first when there is one, with its
 * reason, author and date), whether it is out of date and why, its detail and its sources.
 */
export function IndicatorCard({ indicator: i, readOnly, onOverride, onClear }: Props) {
  const id = useId();
  const { t, locale, formatDate, formatCount, formatMeasure } = useI18n();
  const action = useAction();
  const [overriding, setOverriding] = useState(false);
  const formats: IndicatorFormats = {
    locale,
    formatCount,
    formatMeasure,
    people: (count) => t('indicator.people', { count }),
    measures: (count) => t('indicator.measuresCount', { count }),
  };
  const text = (v: number | null) =>
    v === null ? t('indicator.noValue') : indicatorValueText(v, i.unit, formats);
  return (
    <section
      className="indicator"
      data-testid="indicator"
      data-key={i.key}
      data-stale={i.stale}
      aria-labelledby={`${id}-name`}
    >
      <h4 id={`${id}-name`}>{t(`indicator.${i.key}`)}</h4>
      <p className="hint">{t(`indicatorHint.${i.key}`)}</p>
      {i.override ? (
        <>
          <p className="indicator-value" data-testid="indicator-value">
            {t('indicator.overridden', { value: text(i.override.value) })}
          </p>
          <p className="meta">{t('indicator.computedValue', { value: text(i.value) })}</p>
          <blockquote className="indicator-reason">{i.override.reason}</blockquote>
          <p className="meta">
            {t('indicator.overriddenBy', {
              name: i.override.byName,
              date: formatDate(i.override.at, 'date-time'),
            })}
          </p>
        </>
      ) : (
        <p className="indicator-value" data-testid="indicator-value">
          {text(i.value)}
        </p>
      )}
      {i.stale && (
        <p>
          <span className="badge badge-stale">{t('indicator.stale')}</span>{' '}
          {i.staleBecause && <span className="meta">{t(`indicator.stale.${i.staleBecause}`)}</span>}
        </p>
      )}
      <p className="meta">{t('indicator.computedAt', { date: formatDate(i.computedAt, 'date-time') })}</p>
      {!readOnly && !overriding && (
        <div className="actions">
          <button type="button" onClick={() => setOverriding(true)}>
            {t('indicator.override')}
          </button>
          {i.override && (
            <button
              type="button"
              className="button-quiet"
              disabled={action.busy}
              onClick={() => void action.run(() => onClear(i.key))}
            >
              {t('indicator.removeOverride')}
            </button>
          )}
        </div>
      )}
      {overriding && (
        <IndicatorOverrideForm
          indicator={i}
          busy={action.busy}
          onCancel={() => setOverriding(false)}
          onSubmit={(override) =>
            void action.run(async () => {
              await onOverride(i.key, override);
              setOverriding(false);
            })
          }
        />
      )}
      <ErrorMessage error={action.error} />
      <details className="indicator-more">
        <summary>{t('indicator.details')}</summary>
        {i.detail && <IndicatorDetail detail={i.detail} />}
        <h5>{t('indicator.sources')}</h5>
        <Sources indicator={i} />
      </details>
    </section>
  );
}

import type { EventRecord, Figure } from '@pactesur/contracts';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { isMessageKey } from '../../i18n/messageKey.ts';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { BarrierChecksSection } from './BarrierChecksSection.tsx';
import { figureShape } from './figureFormat.ts';
import { isWarningCode, warningFacts } from './warningFacts.ts';

/** A figure's value in the interface language, with its unit. */
function useFigureText(): (f: Pick<Figure, 'value' | 'unit'>) => string {
  const { t, locale } = useI18n();
  return useMemo(() => {
    const formats = new Map<number, Intl.NumberFormat>();
    const decimal = (v: number, digits: number) => {
      let f = formats.get(digits);
      if (!f) formats.set(digits, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
      return f.format(v);
    };
    return (f) => {
      if (f.value === null) return t('common.none');
      const { unit, digits } = figureShape(f);
      const value = decimal(f.value, digits);
      return unit === null ? `${value} ${f.unit}` : t(`eventUnit.${unit}`, { value });
    };
  }, [t, locale]);
}

/**
 * The capacity and egress figures of the plan as the server computed them with the profile in use: each
 * with its value and unit, the formula with the numbers put in, and the source of its constants; the
 * level of service of each route; what the plan gets wrong, in words; and the profile, with the way to
 * the profiles page.
 */
export function FiguresTab({ event }: { event: EventRecord }) {
  const { t, formatDate } = useI18n();
  const text = useFigureText();
  const { calculations, profile } = event;
  const sayWarning = (w: EventRecord['calculations']['warnings'][number]) => {
    if (!isWarningCode(w.code)) return w.message;
    const f = warningFacts(w, event.plan, calculations, profile.constants);
    const n = (value: number | null, unit: string) => text({ value, unit });
    return t(`eventWarning.${w.code}`, {
      name: f.name,
      width: n(f.widthM, 'm'),
      min: n(f.minWidthM, 'm'),
      peak: n(f.peak, 'persons'),
      holding: n(f.holding, 'persons'),
      safe: n(f.safe, 'persons'),
      egress: n(f.egressMinutes, 'min'),
      limit: n(f.limitMinutes, 'min'),
      density: n(f.density, 'persons/m²'),
      planning: n(f.planningDensity, 'persons/m²'),
      flow: n(f.flow, 'persons/m/min'),
      level: f.level,
    });
  };
  return (
    <>
      <section
        className="card"
        aria-labelledby="event-warnings-title"
        data-testid="event-warnings"
        data-count={calculations.warnings.length}
      >
        <h2 id="event-warnings-title">{t('eventFigures.warningsTitle')}</h2>
        {calculations.warnings.length === 0 ? (
          <p className="event-ok">{t('eventFigures.noWarning')}</p>
        ) : (
          <ul className="event-warnings">
            {calculations.warnings.map((w, i) => (
              <li
                key={`${w.code}-${w.featureId ?? ''}-${i}`}
                data-code={w.code}
                data-feature-id={w.featureId ?? undefined}
              >
                {sayWarning(w)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="event-figures-title">
        <h2 id="event-figures-title">{t('eventFigures.title')}</h2>
        <p className="hint">{t('eventFigures.hint')}</p>
        <TableScroll>
          <table className="table event-figures" data-testid="event-figures">
            <caption>
              {t('eventFigures.caption', {
                profile: t('event.profileName', { name: profile.name, version: profile.version }),
              })}
            </caption>
            <TableHead
              columns={[
                { label: 'eventFigures.col.figure' },
                { label: 'eventFigures.col.value', numeric: true },
                { label: 'eventFigures.col.formula' },
                { label: 'eventFigures.col.source' },
              ]}
            />
            <tbody>
              {calculations.figures.map((f) => {
                const key = `eventFigure.${f.key}`;
                return (
                  <tr key={f.key} data-testid="event-figure" data-key={f.key} data-value={f.value ?? ''}>
                    <th scope="row">{isMessageKey(key) ? t(key) : f.key}</th>
                    <td className="numeric nowrap" data-testid="figure-value">
                      {text(f)}
                    </td>
                    <td className="event-formula" lang="en">
                      {f.formula}
                    </td>
                    <td className="event-source" lang="en">
                      {f.source}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section className="card" aria-labelledby="event-routes-title">
        <h2 id="event-routes-title">{t('eventFigures.routesTitle')}</h2>
        <p className="hint">{t('eventFigures.routesHint')}</p>
        {calculations.routes.length === 0 ? (
          <p className="empty">{t('eventFigures.noRoute')}</p>
        ) : (
          <TableScroll rows={calculations.routes.length}>
            <table className="table table-dense" data-testid="event-routes">
              <caption>{t('eventFigures.routesCaption')}</caption>
              <TableHead
                columns={[
                  { label: 'eventFigures.col.route' },
                  { label: 'eventFigures.col.flow', numeric: true },
                  { label: 'eventFigures.col.level' },
                  { label: 'eventFigures.col.formula' },
                ]}
              />
              <tbody>
                {calculations.routes.map((r) => (
                  <tr key={r.id} data-route-id={r.id} data-level={r.level}>
                    <th scope="row">{r.name || r.id}</th>
                    <td className="numeric">{text({ value: r.flowPerMPerMin, unit: 'persons/m/min' })}</td>
                    <td>
                      <span className={`badge fruin fruin-${r.level}`}>
                        {t('eventFigures.level', { level: r.level })}
                      </span>{' '}
                      {t(`eventFruin.${r.level}`)}
                    </td>
                    <td className="event-formula" lang="en">
                      {r.formula}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <BarrierChecksSection event={event} />
      <section className="card" aria-labelledby="event-profile-title" data-testid="event-profile">
        <h2 id="event-profile-title">{t('eventFigures.profileTitle')}</h2>
        <p>
          {t('eventFigures.profileInUse', {
            name: profile.name,
            version: profile.version,
            country: profile.country,
          })}
          {profile.id === null && ` · ${t('eventProfiles.builtIn')}`}
          {profile.superseded && ` · ${t('eventProfiles.superseded')}`}
          {profile.createdAt && ` · ${formatDate(profile.createdAt, 'date')}`}
        </p>
        {event.plan.reducedFlows && <p className="notice">{t('eventFigures.reducedFlows')}</p>}
        <p>
          <Link to={pathOf({ name: 'event-profiles' })}>{t('eventFigures.profilesLink')}</Link>
        </p>
      </section>
    </>
  );
}

import { RiskBand, type RegisterRow } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { heatRows } from './heatMap.ts';

/**
 * The 5 × 5 risk matrix as a heat map: likelihood in rows (5 at the top), impact in columns, each cell
 * coloured by its band and showing how many scenarios fall in it; the band and the threats are in its
 * title and in its text for screen readers, and a legend names each colour.
 */
export function RiskHeatMap({ register }: { register: readonly RegisterRow[] }) {
  const { t } = useI18n();
  const rows = heatRows(register);
  return (
    <section className="heat-map-section" aria-labelledby="heat-map-title">
      <h3 id="heat-map-title">{t('results.heatMap')}</h3>
      <div className="heat-map-frame">
        <p className="heat-axis heat-axis-y" aria-hidden="true">
          {t('results.likelihoodAxis')}
        </p>
        <table className="heat-map" data-testid="risk-heat-map">
          <caption className="visually-hidden">{t('results.heatMapCaption')}</caption>
          <thead>
            <tr>
              <td />
              {rows[0]?.map((c) => (
                <th scope="col" key={c.impact}>
                  <span className="visually-hidden">{t('results.impactAxis')} </span>
                  {c.impact}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row[0]?.likelihood}>
                <th scope="row">
                  <span className="visually-hidden">{t('results.likelihoodAxis')} </span>
                  {row[0]?.likelihood}
                </th>
                {row.map((c) => {
                  const names = c.threats.map((th) => t(`threatType.${th}`)).join(', ');
                  const summary = t('results.cell', {
                    likelihood: c.likelihood,
                    impact: c.impact,
                    risk: c.risk,
                    band: t(`riskBand.${c.band}`),
                    count: c.threats.length,
                  });
                  return (
                    <td
                      key={c.impact}
                      className={`heat-cell risk-${c.band}${c.threats.length > 0 ? ' heat-cell-filled' : ''}`}
                      data-testid="heat-cell"
                      data-likelihood={c.likelihood}
                      data-impact={c.impact}
                      data-count={c.threats.length}
                      data-band={c.band}
                      title={names ? `${summary}: ${names}` : summary}
                    >
                      <span aria-hidden="true">{c.threats.length > 0 ? c.threats.length : ''}</span>
                      <span className="visually-hidden">
                        {summary}
                        {names && `: ${names}`}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="heat-axis heat-axis-x" aria-hidden="true">
        {t('results.impactAxis')}
      </p>
      <div className="heat-legend">
        <p className="legend-title">{t('results.legend')}</p>
        <ul>
          {RiskBand.options.map((b) => (
            <li key={b}>
              <span className={`swatch risk-${b}`} aria-hidden="true" />
              {t(`riskBand.${b}`)} ({t(`results.bandRange.${b}`)})
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

import type { CrowdResult } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { areaPath, linePath, niceTicks, scale } from './CrowdChartScale.ts';
import { useCrowdFormat } from './CrowdFormat.ts';

interface Props {
  readonly result: CrowdResult;
  /** The playback time, drawn as a cursor (s). */
  readonly time?: number | null;
}

const BOX = { width: 720, height: 300, left: 70, right: 20, top: 18, bottom: 46 } as const;

/**
 * The evacuation curve: people still inside over time, as an SVG chart with its axes, the evacuation time
 * marked, and the playback time as a cursor. A short table of the same figures follows for reading aloud.
 */
export function CrowdCurve({ result, time = null }: Props) {
  const id = useId();
  const { t, formatCount } = useI18n();
  const f = useCrowdFormat();
  const { t: ts, remaining } = result.curve;
  const maxT = Math.max(ts.at(-1) ?? 0, result.evacuationTimeS ?? 0, 1);
  const xTicks = niceTicks(maxT, 6);
  const yTicks = niceTicks(Math.max(result.agentsTotal, ...remaining, 1), 5);
  const xEnd = xTicks.at(-1) ?? maxT;
  const yEnd = yTicks.at(-1) ?? 1;
  const sx = scale(xEnd, BOX.left, BOX.width - BOX.right);
  const sy = scale(yEnd, BOX.height - BOX.bottom, BOX.top);
  const line = linePath(ts, remaining, sx, sy);
  const evac = result.evacuationTimeS;
  // A few rows for the table: every tenth of the run, and the end.
  const step = Math.max(1, Math.ceil(ts.length / 10));
  const rows = ts
    .map((v, i) => [v, remaining[i] ?? 0] as const)
    .filter((_, i) => i % step === 0 || i === ts.length - 1);

  return (
    <figure className="crowd-chart" data-testid="crowd-curve">
      <svg
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        data-points={ts.length}
      >
        <title id={`${id}-title`}>{t('crowdCurve.title')}</title>
        <desc id={`${id}-desc`}>
          {t('crowdCurve.desc', {
            total: formatCount(result.agentsTotal),
            out: formatCount(result.agentsOut),
            time: evac === null ? t('crowd.notEmptied') : f.time(evac),
          })}
        </desc>
        <g className="chart-grid" aria-hidden="true">
          {yTicks.map((v) => (
            <line key={`y${v}`} x1={BOX.left} x2={BOX.width - BOX.right} y1={sy(v)} y2={sy(v)} />
          ))}
        </g>
        <path className="chart-area" d={areaPath(ts, remaining, sx, sy)} />
        <path className="chart-line" d={line} data-testid="crowd-curve-line" data-x0={BOX.left} />
        {evac !== null && (
          <g className="chart-marker" aria-hidden="true">
            <line x1={sx(evac)} x2={sx(evac)} y1={BOX.top} y2={BOX.height - BOX.bottom} />
            <text x={sx(evac) - 4} y={BOX.top + 12} textAnchor="end">
              {t('crowdCurve.evacuated', { time: f.time(evac) })}
            </text>
          </g>
        )}
        {time !== null && (
          <line
            className="chart-cursor"
            x1={sx(time)}
            x2={sx(time)}
            y1={BOX.top}
            y2={BOX.height - BOX.bottom}
            data-testid="crowd-curve-cursor"
          />
        )}
        <g className="chart-axis" aria-hidden="true">
          <line
            x1={BOX.left}
            x2={BOX.width - BOX.right}
            y1={BOX.height - BOX.bottom}
            y2={BOX.height - BOX.bottom}
          />
          <line x1={BOX.left} x2={BOX.left} y1={BOX.top} y2={BOX.height - BOX.bottom} />
          {xTicks.map((v) => (
            <g key={`x${v}`}>
              <line x1={sx(v)} x2={sx(v)} y1={BOX.height - BOX.bottom} y2={BOX.height - BOX.bottom + 5} />
              <text x={sx(v)} y={BOX.height - BOX.bottom + 18} textAnchor="middle">
                {f.decimal(v, 0)}
              </text>
            </g>
          ))}
          {yTicks.map((v) => (
            <g key={`yl${v}`}>
              <line x1={BOX.left - 5} x2={BOX.left} y1={sy(v)} y2={sy(v)} />
              <text x={BOX.left - 8} y={sy(v) + 4} textAnchor="end">
                {formatCount(v)}
              </text>
            </g>
          ))}
          <text
            className="chart-axis-title"
            x={(BOX.left + BOX.width - BOX.right) / 2}
            y={BOX.height - 6}
            textAnchor="middle"
          >
            {t('crowdCurve.xAxis')}
          </text>
          <text
            className="chart-axis-title"
            transform={`translate(14 ${(BOX.top + BOX.height - BOX.bottom) / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            {t('crowdCurve.yAxis')}
          </text>
        </g>
      </svg>
      <details className="crowd-chart-table">
        <summary>{t('crowdCurve.tableSummary')}</summary>
        <table className="table table-dense">
          <caption>{t('crowdCurve.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('crowdCurve.xAxis')}</th>
              <th scope="col" className="numeric">
                {t('crowdCurve.yAxis')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([v, n]) => (
              <tr key={v}>
                <td>{f.time(v)}</td>
                <td className="numeric">{formatCount(n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

import type { CrowdResult } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { areaPath, linePath, niceTicks, scale } from './CrowdChartScale.ts';
import { useCrowdFormat } from './CrowdFormat.ts';

/** A run drawn on the chart beside others: its name (in the legend and the table) and its colour. */
export interface CurveSeries {
  readonly key: string;
  readonly label: string;
  readonly result: CrowdResult;
  readonly colour: string;
  /** Drawn dashed, to tell it apart without its colour. */
  readonly dashed?: boolean;
}

/** A moment marked on the chart by a vertical line and its label (a time worked out by hand …). */
export interface CurveMark {
  readonly label: string;
  readonly timeS: number;
}

type Props = {
  /** The playback time, drawn as a cursor (s). */
  readonly time?: number | null;
  /** Moments marked beside the runs. */
  readonly marks?: readonly CurveMark[];
} & (
  | {
      /** One run: its curve, filled, with its evacuation time marked. */
      readonly result: CrowdResult;
      readonly series?: never;
    }
  | {
      /** Several runs on one chart, each line in its colour, named in a legend. */
      readonly series: readonly CurveSeries[];
      readonly result?: never;
    }
);

const BOX = { width: 720, height: 300, left: 70, right: 20, top: 18, bottom: 46 } as const;

/**
 * The evacuation curve: people still inside over time, as an SVG chart with its axes, the evacuation time
 * marked, and the playback time as a cursor — or the curves of several runs on one chart (every exit open,
 * the largest closed …), named in a legend, with moments marked beside them. A short table of the same
 * figures follows for reading aloud.
 */
export function CrowdCurve({ time = null, marks = [], ...runs }: Props) {
  const id = useId();
  const { t, formatCount } = useI18n();
  const f = useCrowdFormat();
  const single = runs.result !== undefined;
  const series: readonly CurveSeries[] = runs.result
    ? [{ key: 'run', label: '', result: runs.result, colour: '' }]
    : (runs.series ?? []);
  const first = series[0]?.result;
  const lastT = (r: CrowdResult) => Math.max(r.curve.t.at(-1) ?? 0, r.evacuationTimeS ?? 0);
  const maxT = Math.max(1, ...series.map((s) => lastT(s.result)), ...marks.map((m) => m.timeS));
  const xTicks = niceTicks(maxT, 6);
  const yTicks = niceTicks(
    Math.max(1, ...series.flatMap((s) => [s.result.agentsTotal, ...s.result.curve.remaining])),
    5,
  );
  const xEnd = xTicks.at(-1) ?? maxT;
  const yEnd = yTicks.at(-1) ?? 1;
  const sx = scale(xEnd, BOX.left, BOX.width - BOX.right);
  const sy = scale(yEnd, BOX.height - BOX.bottom, BOX.top);
  const ts = first?.curve.t ?? [];
  const remaining = first?.curve.remaining ?? [];
  const evac = single && first ? first.evacuationTimeS : null;
  // A few rows for the table: every tenth of the run, and the end (of the first run; the others beside it).
  const step = Math.max(1, Math.ceil(ts.length / 10));
  const rows = ts.map((v, i) => [v, i] as const).filter((_, i) => i % step === 0 || i === ts.length - 1);
  const remainingAt = (r: CrowdResult, at: number) => {
    let n = r.agentsTotal;
    r.curve.t.forEach((v, i) => {
      if (v <= at) n = r.curve.remaining[i] ?? n;
    });
    return n;
  };
  const desc = series
    .map((s) =>
      t('crowdCurve.desc', {
        total: formatCount(s.result.agentsTotal),
        out: formatCount(s.result.agentsOut),
        time: s.result.evacuationTimeS === null ? t('crowd.notEmptied') : f.time(s.result.evacuationTimeS),
      }),
    )
    .map((text, i) => (single ? text : `${series[i]?.label ?? ''}: ${text}`))
    .join(' ');

  return (
    <figure className="crowd-chart" data-testid="crowd-curve">
      <svg
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        data-points={ts.length}
        data-series={series.length}
      >
        <title id={`${id}-title`}>{t('crowdCurve.title')}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        <g className="chart-grid" aria-hidden="true">
          {yTicks.map((v) => (
            <line key={`y${v}`} x1={BOX.left} x2={BOX.width - BOX.right} y1={sy(v)} y2={sy(v)} />
          ))}
        </g>
        {single ? (
          <>
            <path className="chart-area" d={areaPath(ts, remaining, sx, sy)} />
            <path
              className="chart-line"
              d={linePath(ts, remaining, sx, sy)}
              data-testid="crowd-curve-line"
              data-x0={BOX.left}
            />
          </>
        ) : (
          series.map((s) => (
            <path
              key={s.key}
              className="chart-line"
              d={linePath(s.result.curve.t, s.result.curve.remaining, sx, sy)}
              strokeDasharray={s.dashed ? '7 4' : undefined}
              style={{ stroke: s.colour }}
              data-testid="crowd-curve-line"
              data-series={s.key}
              data-x0={BOX.left}
            />
          ))
        )}
        {marks.map((m) => (
          <g key={m.label} className="chart-marker" data-testid="crowd-curve-mark">
            <line x1={sx(m.timeS)} x2={sx(m.timeS)} y1={BOX.top} y2={BOX.height - BOX.bottom} />
            <text x={sx(m.timeS) + 4} y={BOX.top + 12} textAnchor="start">
              {m.label}
            </text>
          </g>
        ))}
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
      {!single && (
        <ul className="chart-legend" data-testid="crowd-curve-legend">
          {series.map((s) => (
            <li key={s.key}>
              <span
                className="chart-legend-line"
                style={{ borderTopColor: s.colour, borderTopStyle: s.dashed ? 'dashed' : 'solid' }}
                aria-hidden="true"
              />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <details className="crowd-chart-table">
        <summary>{t('crowdCurve.tableSummary')}</summary>
        <table className="table table-dense">
          <caption>{t('crowdCurve.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('crowdCurve.xAxis')}</th>
              {series.map((s) => (
                <th key={s.key} scope="col" className="numeric">
                  {single ? t('crowdCurve.yAxis') : s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([v, i]) => (
              <tr key={v}>
                <td>{f.time(v)}</td>
                {series.map((s, j) => (
                  <td key={s.key} className="numeric">
                    {formatCount(j === 0 ? (remaining[i] ?? 0) : remainingAt(s.result, v))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

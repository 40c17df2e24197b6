import type { CrowdResult } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { areaPath, linePath, scale } from './CrowdChartScale.ts';
import { useCrowdFormat } from './CrowdFormat.ts';

const SPARK = { width: 160, height: 36, pad: 2 } as const;

/** The flow through one exit over time (people/s), as a small filled line; the peak as its label. */
function Sparkline({
  t: ts,
  flow,
  maxT,
  label,
}: {
  t: readonly number[];
  flow: readonly number[];
  maxT: number;
  label: string;
}) {
  const peak = Math.max(0, ...flow);
  const sx = scale(maxT, SPARK.pad, SPARK.width - SPARK.pad);
  const sy = scale(peak > 0 ? peak : 1, SPARK.height - SPARK.pad, SPARK.pad);
  const xs = ts.slice(0, flow.length);
  return (
    <svg
      className="crowd-sparkline"
      viewBox={`0 0 ${SPARK.width} ${SPARK.height}`}
      width={SPARK.width}
      height={SPARK.height}
      role="img"
      aria-label={label}
    >
      <line className="spark-base" x1={SPARK.pad} x2={SPARK.width - SPARK.pad} y1={sy(0)} y2={sy(0)} />
      <path className="spark-area" d={areaPath(xs, flow, sx, sy)} />
      <path className="spark-line" d={linePath(xs, flow, sx, sy)} />
    </svg>
  );
}

/**
 * The people through each exit: its width, how many, the first and last passage, the mean flow between
 * them, and the flow over time as a sparkline on the time scale of the evacuation curve.
 */
export function CrowdExitFlows({ result }: { result: CrowdResult }) {
  const { t, formatCount } = useI18n();
  const f = useCrowdFormat();
  const ts = result.curve.t;
  const maxT = Math.max(ts.at(-1) ?? 0, 1);
  return (
    <div className="table-scroll">
      <table className="table" data-testid="crowd-exit-flows">
        <caption>{t('crowdFlows.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('crowdFlows.exit')}</th>
            <th scope="col" className="numeric">
              {t('crowdFlows.width')}
            </th>
            <th scope="col" className="numeric">
              {t('crowdFlows.people')}
            </th>
            <th scope="col" className="numeric">
              {t('crowdFlows.first')}
            </th>
            <th scope="col" className="numeric">
              {t('crowdFlows.last')}
            </th>
            <th scope="col" className="numeric">
              {t('crowdFlows.meanFlow')}
            </th>
            <th scope="col" className="numeric">
              {t('crowdFlows.specificFlow')}
            </th>
            <th scope="col">{t('crowdFlows.overTime')}</th>
          </tr>
        </thead>
        <tbody>
          {result.exits.map((e) => {
            const peak = Math.max(0, ...e.flowSeries);
            return (
              <tr key={e.id}>
                <th scope="row">{e.id}</th>
                <td className="numeric nowrap">{f.metres(e.widthM)}</td>
                <td className="numeric">{formatCount(e.agentsOut)}</td>
                <td className="numeric nowrap">{f.time(e.firstS)}</td>
                <td className="numeric nowrap">{f.time(e.lastS)}</td>
                <td className="numeric nowrap">{f.flow(e.flowPerS)}</td>
                <td className="numeric nowrap">
                  {e.widthM > 0
                    ? t('crowdUnit.specificFlow', { value: f.decimal(e.flowPerS / e.widthM, 2) })
                    : t('common.none')}
                </td>
                <td>
                  <Sparkline
                    t={ts}
                    flow={e.flowSeries}
                    maxT={maxT}
                    label={t('crowdFlows.sparkLabel', { exit: e.id, peak: f.flow(peak) })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

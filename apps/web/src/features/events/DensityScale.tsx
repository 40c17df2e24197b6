import { useI18n } from '../../i18n/useI18n.tsx';
import { useCrowdFormat } from '../crowd/CrowdFormat.ts';
import { DENSITY_THRESHOLDS } from '../crowd/map/crowdDensity.ts';
import { densityPosition, densityWord, DENSITY_SCALE_MAX } from './densityScale.ts';

interface Props {
  /** The peak density worked out by hand (the expected peak over the usable area); null without a peak. */
  readonly planned: number | null;
  readonly runs: readonly { readonly key: string; readonly label: string; readonly density: number }[];
}

/**
 * The peak densities against the thresholds of 2, 4 and 5 persons/m² (crowded, unstable, dangerous): a
 * scale of the four bands, each density marked on it, and said in words in a list.
 */
export function DensityScale({ planned, runs }: Props) {
  const { t } = useI18n();
  const f = useCrowdFormat();
  const marks = [
    ...(planned === null ? [] : [{ key: 'hand', label: t('eventSim.hand'), density: planned }]),
    ...runs,
  ];
  const bands = [0, ...DENSITY_THRESHOLDS, DENSITY_SCALE_MAX];
  return (
    <section className="card" aria-labelledby="event-density-title" data-testid="density-scale">
      <h2 id="event-density-title">{t('eventSim.densityTitle')}</h2>
      <p className="hint">{t('eventSim.densityHint')}</p>
      <div className="density-scale" aria-hidden="true">
        {bands.slice(0, -1).map((from, i) => (
          <span
            key={from}
            className={`density-band density-band-${i}`}
            style={{
              left: `${densityPosition(from) * 100}%`,
              width: `${(densityPosition(bands[i + 1] ?? from) - densityPosition(from)) * 100}%`,
            }}
          />
        ))}
        {marks.map((m) => (
          <span
            key={m.key}
            className={`density-mark density-mark-${m.key}`}
            style={{ left: `${densityPosition(m.density) * 100}%` }}
            title={m.label}
          />
        ))}
        {DENSITY_THRESHOLDS.map((v) => (
          <span key={v} className="density-tick" style={{ left: `${densityPosition(v) * 100}%` }}>
            {f.decimal(v, 0)}
          </span>
        ))}
      </div>
      <ul className="density-list">
        {marks.map((m) => (
          <li key={m.key} data-testid="density-mark" data-run={m.key}>
            <span className={`density-mark-key density-mark-${m.key}`} aria-hidden="true" /> {m.label}:{' '}
            <strong>{f.density(m.density)}</strong> · {t(`eventDensity.${densityWord(m.density)}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}

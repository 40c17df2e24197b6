import type { Extract, ExtractSummary } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';

/** Warnings of an import: every diagnostic the reader and the site model reported. */
export const warningCount = (summary: ExtractSummary): number =>
  Object.values(summary.diagnosticCounts).reduce((sum, n) => sum + n, 0);

/** What an imported extract contains: counts, walkable area, network, barriers, warnings. */
export function ExtractSummaryList({ extract, summary }: { extract: Extract; summary: ExtractSummary }) {
  const { t, formatArea, formatCount, formatBytes, formatDay } = useI18n();
  const rows: readonly [string, string][] = [
    [t('import.format'), `${summary.format.toUpperCase()} · ${formatBytes(extract.bytes)}`],
    [t('site.dataDate'), extract.dataDate ? formatDay(extract.dataDate) : t('site.notSet')],
    [t('import.nodes'), formatCount(summary.nodes)],
    [t('import.ways'), formatCount(summary.ways)],
    [t('import.relations'), formatCount(summary.relations)],
    [t('import.missingRefs'), formatCount(summary.missingNodeRefs)],
    [
      t('import.walkableArea'),
      summary.walkableAreaM2 === null ? t('common.none') : formatArea(summary.walkableAreaM2),
    ],
    [t('import.edges'), formatCount(summary.traversableEdges)],
    [t('import.barriers'), formatCount(summary.barriers)],
    [t('import.warnings'), formatCount(warningCount(summary))],
  ];
  return (
    <dl className="details" data-testid="extract-summary">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

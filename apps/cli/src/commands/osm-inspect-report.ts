import type { OsmInspectReport } from '@pactesur/site';

/** The report as short human-readable lines. */
export function formatReport(report: OsmInspectReport): string {
  const c = report.counts;
  const lines = [
    `${report.file} (${report.format}, ${report.bytes} bytes)`,
    `nodes ${c.nodes}, ways ${c.ways}, relations ${c.relations}, missing node references ${c.missingNodeRefs}`,
  ];
  if (c.walkableAreaM2 !== null) {
    lines.push(
      `walkable area ${c.walkableAreaM2} m², traversable edges ${c.traversableEdges} (nodes ${c.traversableNodes}), barriers ${c.barriers}`,
    );
  }
  for (const [code, n] of Object.entries(report.diagnosticCounts)) lines.push(`${code}: ${n}`);
  for (const d of report.diagnostics.filter((x) => x.severity === 'error')) lines.push(`error: ${d.message}`);
  return lines.join('\n') + '\n';
}

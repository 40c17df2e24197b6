import type { DemoAnalysis } from './demo-analyses.ts';
import type { DemoSitesReport } from './demo-sites.ts';

const KIND_WORDS: Record<string, string> = {
  'threat-analysis': 'vehicle threat analysis',
  'protection-plan': 'protection plan',
  'crowd-simulation': 'crowd evacuation',
  assessment: 'vulnerability assessment',
  event: 'event security plan',
  exercise: 'multi-agency exercise',
  practices: 'promising practices of',
  calendar: 'calendars of',
  site: 'site',
};

/** What the demo registered, in lines for the console; a site it could not register says why. */
export function describeDemoSites(report: DemoSitesReport): string[] {
  const lines: string[] = [];
  if (report.registered.length > 0) lines.push(`Demo sites registered from OpenStreetMap extracts: ${report.registered.join(', ')}.`);
  for (const s of report.skipped) lines.push(`Demo site ${s.name} not registered: ${s.reason}.`);
  return lines;
}

/** The demo analyses: started, already there, refused (why), or — once followed — finished or failed. */
export function describeDemoAnalyses(analyses: readonly DemoAnalysis[]): string[] {
  return analyses.map((a) => {
    const what = `${KIND_WORDS[a.kind] ?? a.kind} "${a.name}"`;
    if (a.outcome === 'refused') return `Demo ${what} not started: ${a.reason ?? 'unknown reason'}.`;
    if (a.status === 'ready') return `Demo ${what} finished.`;
    if (a.status === 'failed') return `Demo ${what} failed: open it in the web app to see why.`;
    if (a.status === 'processing') return `Demo ${what} still running after the follow-up time; it goes on in the background.`;
    return a.outcome === 'present' ? `Demo ${what} already there.` : `Demo ${what} started in the background.`;
  });
}

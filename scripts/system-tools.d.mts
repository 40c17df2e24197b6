/** A system program, its Debian package, and the variable that may point to it instead. */
export interface SystemTool {
  name: string;
  path: string;
  debian: string;
  env?: string;
}
export type ToolPlan = { action: 'none' } | { action: 'install'; packages: string[] } | { action: 'stop'; message: string };
export const TEST_TOOLS: SystemTool[];
export const BENCH_TOOLS: Record<string, SystemTool[]>;
export function planSystemTools(tools: SystemTool[], machine: { exists: (path: string) => boolean; isRoot: boolean; hasApt: boolean; env?: Record<string, string | undefined> }): ToolPlan;
export function ensureSystemTools(tools: SystemTool[]): boolean;

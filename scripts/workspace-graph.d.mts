/** One project of the graph: a workspace, or a project of the root tsconfig without a package.json. */
export interface GraphProject {
  /** Folder, relative to the repository root (`packages/geo`). */
  dir: string;
  /** Its package name, or null for a project without a package.json. */
  name: string | null;
  /** Workspace package names, sorted. */
  imports: string[];
  dependencies: string[];
  references: string[];
}
export function checkWorkspaceGraph(root: string): { projects: GraphProject[]; problems: string[] };

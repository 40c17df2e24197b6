/** What one RiMEA test measured, next to its criterion. */
export interface RimeaOutcome {
  readonly test: number;
  readonly title: string;
  readonly model: 'cfsm' | 'sfm';
  readonly criterion: string;
  readonly figures: Readonly<Record<string, number | string | boolean | null | readonly number[]>>;
  readonly pass: boolean;
}

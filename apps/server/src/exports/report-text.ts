// The words of the PDF report and the bill of quantities: their shape, and what every language fills in.
import type { PlanReasonCode } from '@pactesur/contracts';

/** One line of the bill of quantities, as the report says it. */
export interface BillLine {
  readonly name: string;
  readonly lines: number;
  readonly units: number;
  readonly width: string;
  readonly cost: string;
}

/** Everything the PDF report and the CSV bill say, in one language. `{name}` placeholders are filled by `fill`. */
export interface ReportText {
  readonly title: string;
  readonly site: string;
  readonly date: string;
  readonly scenario: string;
  readonly designBasis: string;
  readonly classes: string;
  readonly catalogueOwn: string;
  readonly catalogueDefault: string;
  readonly stationsPlaced: string;
  readonly stationsFromMap: string;
  readonly stationsNoneFound: string;
  readonly stationsKept: string;
  readonly edits: string;
  readonly budget: string;
  readonly none: string;
  readonly map: string;
  readonly legend: { readonly zone: string; readonly fixed: string; readonly openable: string; readonly layout: string; readonly unstopped: string; readonly station: string };
  readonly measures: string;
  /** Column titles: number, measure, rating, width, units, cost, maintenance, opens. */
  readonly columns: readonly [string, string, string, string, string, string, string, string];
  readonly locked: string;
  readonly accessibleGap: string;
  readonly notRated: string;
  readonly yes: string;
  readonly no: string;
  readonly totals: string;
  readonly bill: (q: BillLine) => string;
  readonly installation: string;
  readonly maintenance: string;
  readonly solvedOptimal: string;
  readonly solvedLimit: string;
  readonly gapUnknown: string;
  readonly verification: string;
  readonly passed: string;
  readonly unstoppedApproaches: string;
  readonly emergencyOpen: string;
  readonly pedestrianPermeable: string;
  readonly exposure: string;
  readonly unreached: string;
  readonly disclaimer: string;
  readonly noPlan: string;
  readonly constraint: string;
  readonly constraints: Readonly<Record<string, string>>;
  readonly reasons: Readonly<Record<PlanReasonCode, string>>;
  readonly vehicleClasses: Readonly<Record<string, string>>;
  /** Names of the default catalogue's products and of the speed-reduction layouts, by id. */
  readonly products: Readonly<Record<string, string>>;
  readonly productThen: string;
}

/** `one` or `many` after a count. */
export const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

import type { FreshnessContract } from '../freshness/contract';
import type { LocalizedText } from '../i18n-text';

/**
 * A KPI definition: what the dashboard measures, in whose words, against which official target.
 * Definitions are data (src/catalog/kpis); adding a KPI is a data change plus a test.
 */

/**
 * Unit of a KPI value.
 * - percent: percentage POINTS, 0–100 (45.8 means 45.8 %), the form of legal targets and reports.
 *   Ratio helpers return fractions in [0, 1]; convert with percentFromRatio.
 * - rank: position in a ranking, 1 = best (EGDI, DTI rank).
 * - score: points of a composite index (766 out of 100, DTI out of 1,000 or 0–1 in 2020).
 * - percent-per-year: growth rate in percentage points per year.
 */
export type KpiUnit =
  | 'percent'
  | 'count'
  | 'rank'
  | 'score'
  | 'percent-per-year'
  | 'per-10k-people'
  | 'aqi'
  | 'ug-per-m3'
  | 'metre'
  | 'centimetre'
  | 'vehicles-per-hour'
  | 'km-per-hour';

/**
 * Which direction is good. 'neutral' is for volumes that have no good direction (dossiers
 * received, traffic flow): they are shown and compared but get no target status.
 */
export type Polarity = 'higher-is-better' | 'lower-is-better' | 'neutral';

/**
 * Level of government a target addresses. Since 1 July 2025 local government is two-tier
 * (province, commune); targets naming the district level (cấp huyện) are historical.
 * 'national' = the country as a whole; 'any' = the same target for every level.
 */
export type GovernmentLevel = 'any' | 'national' | 'ministry' | 'province' | 'district' | 'commune';

/** How values of this KPI combine across administrative units (old → new units, communes → province). */
export type KpiAggregation =
  /** sum numerators and sum denominators, then divide; never average percentages */
  | 'ratio'
  /** counts add up */
  | 'sum'
  /** indices such as DTI: official practice for merged provinces is the mean of the old units */
  | 'mean'
  /** national-only or positional figures (ranks, sensor readings) do not aggregate */
  | 'none';

export type KpiCategory =
  | 'digital-government'
  | 'government-operations'
  | 'data'
  | 'digital-economy'
  | 'digital-society'
  | 'budget'
  | 'dossiers'
  | 'online-services'
  | 'service-index'
  | 'rankings'
  | 'health-education'
  | 'air-quality'
  | 'water'
  | 'traffic';

export type TargetComparator = '>=' | '>' | '<=' | '<';

/** One official target: reach `comparator value` by the end of `year`, per `sourceId`. */
export interface KpiTarget {
  readonly year: number;
  readonly level: GovernmentLevel;
  readonly comparator: TargetComparator;
  readonly value: number;
  /**
   * ids in src/catalog/legal-sources.ts; every target cites the document(s) it comes from.
   * Several ids = the documents agree on this figure. Where documents disagree (EGDI in 749 vs
   * 942) the catalogue holds one target per document for the same year and level.
   */
  readonly sourceIds: readonly [string, ...string[]];
  readonly note?: LocalizedText;
}

/**
 * Band used by the status rule (targets/status.ts): a value that misses the target by at most
 * this much is "at risk" rather than "off track". Relative is a fraction of the target
 * (0.1 = within 10 % of it); absolute is in the KPI's unit (5 = 5 percentage points).
 * When both are given the wider band applies.
 */
export interface AtRiskBand {
  readonly relative?: number;
  readonly absolute?: number;
}

/** Alert thresholds in the KPI's unit, raised when crossed in the bad direction of its polarity. */
export interface KpiAlertThresholds {
  readonly warning?: number;
  readonly critical?: number;
  /** hysteresis: an alert clears only once the value is this far back on the good side */
  readonly clearMargin: number;
}

export interface KpiThresholds {
  readonly atRisk?: AtRiskBand;
  readonly alert?: KpiAlertThresholds;
}

/** What the numerator and denominator count, so a ratio can be recomputed and explained. */
export interface RatioDefinition {
  readonly numerator: LocalizedText;
  readonly denominator: LocalizedText;
}

export interface KpiDefinition {
  /** stable, namespaced id: "dvc.online-dossier-share" */
  readonly id: string;
  /** official Vietnamese wording in vi */
  readonly name: LocalizedText;
  /** a short label for tiles and axes */
  readonly shortName: LocalizedText;
  readonly category: KpiCategory;
  readonly unit: KpiUnit;
  readonly polarity: Polarity;
  /** decimal places to show */
  readonly precision: number;
  /** valid range of a value, used to reject out-of-range data at the boundary */
  readonly range: { readonly min: number; readonly max: number };
  readonly aggregation: KpiAggregation;
  readonly ratio?: RatioDefinition;
  readonly targets: readonly KpiTarget[];
  readonly thresholds: KpiThresholds;
  /** id in src/catalog/departments.ts */
  readonly ownerDepartmentId: string;
  /** id in src/catalog/sources.ts */
  readonly sourceId: string;
  readonly freshness: FreshnessContract;
  /** traps a reader must know (vocabulary changes, what is and is not counted) */
  readonly notes: readonly LocalizedText[];
}

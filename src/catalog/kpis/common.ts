import type { FreshnessContract } from '../../domain/freshness/contract';
import type { KpiDefinition } from '../../domain/kpi/definition';
import type { LocalizedText } from '../../domain/i18n-text';

/** Shared pieces of KPI definitions (plain data, spread into each definition). */

export const PERCENT = {
  unit: 'percent',
  precision: 1,
  range: { min: 0, max: 100 },
  aggregation: 'ratio',
} as const satisfies Pick<KpiDefinition, 'unit' | 'precision' | 'range' | 'aggregation'>;

export const COUNT = {
  unit: 'count',
  precision: 0,
  range: { min: 0, max: Number.MAX_SAFE_INTEGER },
  aggregation: 'sum',
} as const satisfies Pick<KpiDefinition, 'unit' | 'precision' | 'range' | 'aggregation'>;

/** Within 10 % of the target = at risk (the default of targets/status.ts, written out here). */
export const DEFAULT_THRESHOLDS = { atRisk: { relative: 0.1 } } as const;

export const MONTHLY_BY_5: FreshnessContract = { kind: 'monthly', byDay: 5 };
export const YEARLY_BY_JAN_31: FreshnessContract = { kind: 'yearly', byMonth: 1, byDay: 31 };

export const NOTE_LEVEL_4: LocalizedText = {
  vi: 'Văn bản gốc dùng "mức độ 4" (Nghị định 43/2011/NĐ-CP); từ Nghị định 42/2022/NĐ-CP gọi là "DVC trực tuyến toàn trình".',
  en: 'The source says "level 4" (Decree 43/2011); since Decree 42/2022 this is a "fully online" (toàn trình) service.',
};

export const NOTE_DISTRICT_HISTORICAL: LocalizedText = {
  vi: 'Cấp huyện chấm dứt hoạt động từ 01/7/2025 (chính quyền địa phương hai cấp); chỉ tiêu cấp huyện chỉ còn ý nghĩa lịch sử.',
  en: 'The district level was abolished on 1 July 2025 (two-tier local government); district targets are historical.',
};

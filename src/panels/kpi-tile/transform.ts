import type { KpiDefinition, KpiTarget, GovernmentLevel } from '../../domain/kpi/definition';
import type { KpiObservation } from '../../domain/kpi/observation';
import type { LegalSource } from '../../domain/kpi/legal-source';
import { assessFreshness, type FreshnessState } from '../../domain/freshness/freshness';
import { assessKpi } from '../../domain/targets/assess';
import { assessAttainment } from '../../domain/targets/attainment';
import type { KpiStatus } from '../../domain/targets/status';
import { periodOnPeriod, yearOnYear, type Delta } from '../../domain/time/compare';
import { comparePeriods, parsePeriod, periodEnd, periodKey } from '../../domain/time/period';
import { formatNumber, formatPercent, formatPeriod, formatPointsDelta } from '../../i18n/format';
import type { Language } from '../../i18n/locale';

/** The tile's badge: the live status, or the verdict on a target whose year has passed. */
export type TileStatus = KpiStatus | 'achieved' | 'missed';

export interface KpiTileRow {
  period: string;
  periodText: string;
  valueText: string;
  numeratorText: string;
  denominatorText: string;
}

export interface TileTarget {
  year: number;
  text: string;
  /** official numbers of the documents the target comes from: "942/QĐ-TTg" */
  sources: string[];
  /** for a target whose year is over: the value it was judged on, e.g. "Tháng 12/2025: 55,2%" */
  verdict: string | null;
}

/** Which comparison the user asked for (URL `compare`): previous period or same period last year. */
export type CompareMode = 'prev' | 'yoy';

/** The desk filters a tile honours; both optional (no period = the latest available). */
export interface TileFilters {
  /** "YYYY-MM": show the value as at the end of this month */
  period?: string;
  compare?: CompareMode;
}

export interface TileDelta {
  text: string;
  direction: 'up' | 'down' | 'flat';
  favourable: boolean | null;
}

/** One point of the sparkline: values only, the period for its accessible summary. */
export interface SparkPoint {
  period: string;
  value: number;
}

/** How many of the latest periods (up to the one shown) the sparkline draws. */
export const SPARKLINE_PERIODS = 12;

export interface KpiTileView {
  title: string;
  valueText: string;
  periodText: string | null;
  targets: TileTarget[];
  status: TileStatus;
  freshness: FreshnessState;
  /** change against the previous period, in the KPI's unit */
  delta: TileDelta | null;
  /** change against the same period last year, in the KPI's unit */
  deltaYoy: TileDelta | null;
  /** the comparison to put first (the URL's `compare`, default previous period) */
  compare: CompareMode;
  /**
   * Set when the source's newest data is older than its freshness contract allows: the tile
   * then says so in words and with an icon, not only by colour. `sinceMs` is when it turned
   * late / stale.
   */
  staleMarker: { state: 'late' | 'stale'; sinceMs: number | null } | null;
  /** the period shown is not the newest available (a past month chosen in the URL) */
  historical: boolean;
  spark: SparkPoint[];
  asOf: string | null;
  /** who produced the latest figure, as the source says (rendered as text) */
  source: string | null;
  rows: KpiTileRow[];
}

const COMPARATOR_TEXT: Record<KpiTarget['comparator'], string> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
};

function formatValue(
  value: number | null,
  kpi: KpiDefinition,
  lang: Language,
  precision = kpi.precision,
): string {
  if (value === null) return formatNumber(null, lang);
  return kpi.unit === 'percent'
    ? formatPercent(value / 100, lang, precision)
    : formatNumber(value, lang, precision);
}

function targetText(target: KpiTarget, kpi: KpiDefinition, lang: Language): string {
  return `${COMPARATOR_TEXT[target.comparator]} ${formatValue(target.value, kpi, lang, 0)}`;
}

/**
 * The most recent catalogue target whose year is over, judged on the last observation of
 * that year: 2025 targets stay on screen as "achieved / missed" after 2025.
 */
function pastTargetVerdict(
  kpi: KpiDefinition,
  ordered: readonly KpiObservation[],
  year: number,
  level: GovernmentLevel,
): { target: KpiTarget; observation: KpiObservation | null; met: boolean | null } | null {
  const past = kpi.targets
    .filter((t) => t.year < year && (t.level === level || t.level === 'any'))
    .sort((a, b) => b.year - a.year)[0];
  if (!past) return null;
  const observation =
    [...ordered].reverse().find((o) => o.period.year === past.year && o.value !== null) ?? null;
  const met =
    observation?.value === null || observation === null
      ? null
      : assessAttainment(observation.value, past).met;
  return { target: past, observation, met };
}

function toDelta(change: Delta | null, kpi: KpiDefinition, lang: Language): TileDelta | null {
  if (change === null) return null;
  const direction = change.absolute > 0 ? 'up' : change.absolute < 0 ? 'down' : 'flat';
  const favourable =
    kpi.polarity === 'neutral' || direction === 'flat'
      ? null
      : (kpi.polarity === 'higher-is-better') === (direction === 'up');
  return {
    text:
      kpi.unit === 'percent'
        ? formatPointsDelta(change.absolute, lang, kpi.precision)
        : formatNumber(change.absolute, lang, kpi.precision),
    direction,
    favourable,
  };
}

/**
 * The observations up to a chosen month: those whose period ends by the end of that month (a
 * yearly KPI chosen at 2026-10 shows its 2025 value). No or a malformed period: all of them.
 */
export function upToPeriod<T extends { period: KpiObservation['period'] }>(
  ordered: readonly T[],
  period: string | undefined,
): readonly T[] {
  if (period === undefined) return ordered;
  const parsed = parsePeriod(period);
  if (!parsed.ok) return ordered;
  const end = periodEnd(parsed.value);
  return ordered.filter((o) => periodEnd(o.period) <= end);
}

/**
 * Pure: the observations of one KPI for one unit → what the tile shows. The latest period (or
 * the latest at the chosen month) is the headline, judged by the domain's rules
 * (docs/domain.md); the series feeds the table and the sparkline.
 */
export function toKpiTileView(
  kpi: KpiDefinition,
  observations: readonly KpiObservation[],
  lang: Language,
  legalSource: (id: string) => LegalSource | undefined,
  nowMs: number,
  level: GovernmentLevel = 'province',
  filters: TileFilters = {},
): KpiTileView {
  const all = observations
    .filter((o) => o.indicatorId === kpi.id)
    .sort((a, b) => comparePeriods(a.period, b.period));
  const newest = all.at(-1) ?? null;
  const ordered = upToPeriod(all, filters.period);
  const latest = ordered.at(-1) ?? null;
  const historical = latest !== null && latest !== newest;
  // A past month is judged as it stood when it was published (its own as-of): whether the
  // source is late today is the source's state, shown by the marker below, not that month's.
  const assessment = assessKpi(kpi, latest, level, historical ? latest.asOfMs : nowMs);
  const sourceFreshness = assessFreshness(kpi.freshness, newest?.asOfMs ?? null, nowMs);
  const sourcesOf = (t: KpiTarget) => t.sourceIds.map((id) => legalSource(id)?.number ?? id);

  let status: TileStatus = assessment.status;
  const targets: TileTarget[] = assessment.catalogueTargets.map((t) => ({
    year: t.year,
    text: targetText(t, kpi, lang),
    sources: sourcesOf(t),
    verdict: null,
  }));
  if (targets.length === 0 && latest) {
    const past = pastTargetVerdict(kpi, ordered, latest.period.year, level);
    if (past) {
      targets.push({
        year: past.target.year,
        text: targetText(past.target, kpi, lang),
        sources: sourcesOf(past.target),
        verdict: past.observation
          ? `${formatPeriod(periodKey(past.observation.period), lang)}: ${formatValue(past.observation.value, kpi, lang)}`
          : null,
      });
      if (status === 'no-target' && past.met !== null) status = past.met ? 'achieved' : 'missed';
    }
  }

  // Month-on-month: the previous period of the same kind, not merely the previous row;
  // year-on-year: the same period a year earlier (seasonality, e.g. Tết, cancels out).
  const delta = latest ? toDelta(periodOnPeriod(ordered, latest.period), kpi, lang) : null;
  const deltaYoy = latest ? toDelta(yearOnYear(ordered, latest.period), kpi, lang) : null;
  const staleMarker =
    sourceFreshness.state === 'late' || sourceFreshness.state === 'stale'
      ? {
          state: sourceFreshness.state,
          sinceMs:
            sourceFreshness.state === 'stale'
              ? sourceFreshness.staleAtMs
              : sourceFreshness.lateAtMs,
        }
      : null;

  return {
    title: kpi.name[lang],
    valueText: formatValue(latest?.value ?? null, kpi, lang),
    periodText: latest ? formatPeriod(periodKey(latest.period), lang) : null,
    targets,
    status,
    freshness: historical ? sourceFreshness.state : assessment.freshness.state,
    delta,
    deltaYoy,
    compare: filters.compare ?? 'prev',
    staleMarker,
    historical,
    spark: ordered
      .filter((o): o is KpiObservation & { value: number } => o.value !== null)
      .slice(-SPARKLINE_PERIODS)
      .map((o) => ({ period: periodKey(o.period), value: o.value })),
    asOf: latest?.asOfText ?? null,
    source: latest?.source ?? null,
    rows: ordered
      .map((o) => ({
        period: periodKey(o.period),
        periodText: formatPeriod(periodKey(o.period), lang),
        valueText: formatValue(o.value, kpi, lang),
        numeratorText: formatNumber(o.numerator, lang),
        denominatorText: formatNumber(o.denominator, lang),
      }))
      .reverse(),
  };
}

import type { KpiDefinition, KpiTarget, GovernmentLevel } from '../../domain/kpi/definition';
import type { KpiObservation } from '../../domain/kpi/observation';
import type { LegalSource } from '../../domain/kpi/legal-source';
import type { FreshnessState } from '../../domain/freshness/freshness';
import { assessKpi } from '../../domain/targets/assess';
import { assessAttainment } from '../../domain/targets/attainment';
import type { KpiStatus } from '../../domain/targets/status';
import { periodOnPeriod } from '../../domain/time/compare';
import { comparePeriods, periodKey } from '../../domain/time/period';
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

export interface KpiTileView {
  title: string;
  valueText: string;
  periodText: string | null;
  targets: TileTarget[];
  status: TileStatus;
  freshness: FreshnessState;
  /** change against the previous period, in the KPI's unit */
  delta: { text: string; direction: 'up' | 'down' | 'flat'; favourable: boolean | null } | null;
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

/**
 * Pure: the observations of one KPI for one unit → what the tile shows. The latest period is
 * the headline, judged by the domain's rules (docs/domain.md); the series feeds the table.
 */
export function toKpiTileView(
  kpi: KpiDefinition,
  observations: readonly KpiObservation[],
  lang: Language,
  legalSource: (id: string) => LegalSource | undefined,
  nowMs: number,
  level: GovernmentLevel = 'province',
): KpiTileView {
  const ordered = observations
    .filter((o) => o.indicatorId === kpi.id)
    .sort((a, b) => comparePeriods(a.period, b.period));
  const latest = ordered.at(-1) ?? null;
  const assessment = assessKpi(kpi, latest, level, nowMs);
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

  let delta: KpiTileView['delta'] = null;
  // Month-on-month: the previous period of the same kind, not merely the previous row.
  const change = latest ? (periodOnPeriod(ordered, latest.period)?.absolute ?? null) : null;
  if (change !== null) {
    const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
    const favourable =
      kpi.polarity === 'neutral' || direction === 'flat'
        ? null
        : (kpi.polarity === 'higher-is-better') === (direction === 'up');
    delta = {
      text:
        kpi.unit === 'percent'
          ? formatPointsDelta(change, lang, kpi.precision)
          : formatNumber(change, lang, kpi.precision),
      direction,
      favourable,
    };
  }

  return {
    title: kpi.name[lang],
    valueText: formatValue(latest?.value ?? null, kpi, lang),
    periodText: latest ? formatPeriod(periodKey(latest.period), lang) : null,
    targets,
    status,
    freshness: assessment.freshness.state,
    delta,
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

import type { TFunction } from 'i18next';
import { assessFreshness, type FreshnessState } from '../../domain/freshness/freshness';
import type { KpiDefinition, KpiTarget } from '../../domain/kpi/definition';
import type { LegalSource } from '../../domain/kpi/legal-source';
import type { KpiObservation } from '../../domain/kpi/observation';
import { assessAttainment } from '../../domain/targets/attainment';
import { projectTargetDate, type Projection } from '../../domain/targets/projection';
import { strictestTarget } from '../../domain/targets/select';
import { kpiStatus, type KpiStatus } from '../../domain/targets/status';
import { comparePeriods, periodKey, periodOfInstant } from '../../domain/time/period';
import { formatPeriod } from '../../i18n/format';
import type { Language } from '../../i18n/locale';
import type { CsvTable } from '../common/csv';
import { formatKpiValue, formatTarget } from '../common/kpi-format';
import { upToPeriod } from '../kpi-tile/transform';
import { appliesToProvince } from './definition';

/** A live status, or the verdict on a target whose year is over. */
export type ScoreStatus = KpiStatus | 'achieved' | 'missed';
export type ScoreTone = 'good' | 'warning' | 'bad' | 'neutral';

export const SCORE_TONE: Record<ScoreStatus, ScoreTone> = {
  'on-track': 'good',
  achieved: 'good',
  'at-risk': 'warning',
  stale: 'warning',
  'off-track': 'bad',
  missed: 'bad',
  'no-data': 'neutral',
  'no-target': 'neutral',
};

/** Problems first: a leader reads the top of the list. */
const SEVERITY: Record<ScoreStatus, number> = {
  missed: 0,
  'off-track': 1,
  'at-risk': 2,
  stale: 3,
  'no-data': 4,
  'no-target': 5,
  'on-track': 6,
  achieved: 7,
};

export interface ScorecardRow {
  key: string;
  kpiId: string;
  name: string;
  shortName: string;
  year: number;
  /** "≥ 80%" */
  targetText: string;
  /** legal document numbers: "942/QĐ-TTg" */
  sources: string[];
  value: number | null;
  valueText: string;
  period: string | null;
  periodText: string | null;
  status: ScoreStatus;
  tone: ScoreTone;
  projection: { kind: Projection['kind'] | 'closed' | 'none'; text: string };
  /** source name and as-of of the value shown (rendered as text) */
  source: string | null;
  asOf: string | null;
}

export interface ScorecardInput {
  kpi: KpiDefinition;
  observations: readonly KpiObservation[];
}

export interface ScorecardContext {
  lang: Language;
  t: TFunction;
  legalSource: (id: string) => LegalSource | undefined;
  nowMs: number;
  /** "YYYY-MM" from the desk filters; absent = the latest available */
  period?: string | undefined;
}

/** The strictest provincial target of each year, by year. */
function targetsByYear(kpi: KpiDefinition): KpiTarget[] {
  const years = [
    ...new Set(kpi.targets.filter((t) => appliesToProvince(t.level)).map((t) => t.year)),
  ].sort((a, b) => a - b);
  return years
    .map((year) =>
      strictestTarget(kpi.targets.filter((t) => t.year === year && appliesToProvince(t.level))),
    )
    .filter((t): t is KpiTarget => t !== null);
}

function projectionText(projection: Projection, target: KpiTarget, ctx: ScorecardContext) {
  const { t, lang } = ctx;
  switch (projection.kind) {
    case 'already-met':
      return t('briefing.scorecard.projectionText.alreadyMet');
    case 'insufficient-data':
      return t('briefing.scorecard.projectionText.insufficient');
    case 'not-improving':
      return t('briefing.scorecard.projectionText.notImproving');
    case 'projected': {
      // The crossing instant is the end of a month (00:00 on the 1st of the next): name that month.
      const when = formatPeriod(
        periodKey(periodOfInstant(projection.estimateMs - 1, 'month')),
        lang,
      );
      return projection.byDeadline
        ? t('briefing.scorecard.projectionText.onTime', { when })
        : t('briefing.scorecard.projectionText.late', { when, year: target.year });
    }
  }
}

function rowsOfKpi(input: ScorecardInput, ctx: ScorecardContext): ScorecardRow[] {
  const { kpi } = input;
  const { lang, t } = ctx;
  const all = input.observations
    .filter((o) => o.indicatorId === kpi.id)
    .sort((a, b) => comparePeriods(a.period, b.period));
  const newest = all.at(-1) ?? null;
  const shown = upToPeriod(all, ctx.period);
  const latest = shown.at(-1) ?? null;
  // A chosen past month is judged as published; today's lateness is the source's, not its.
  const freshness: FreshnessState =
    latest !== null && latest !== newest
      ? 'fresh'
      : assessFreshness(kpi.freshness, newest?.asOfMs ?? null, ctx.nowMs).state;
  const history = shown
    .filter((o): o is KpiObservation & { value: number } => o.value !== null)
    .map((o) => ({ period: o.period, value: o.value }));
  const band = kpi.thresholds.atRisk;

  return targetsByYear(kpi).map((target): ScorecardRow => {
    const base = {
      key: `${kpi.id}@${String(target.year)}`,
      kpiId: kpi.id,
      name: kpi.name[lang],
      shortName: kpi.shortName[lang],
      year: target.year,
      targetText: formatTarget(target, kpi, lang),
      sources: target.sourceIds.map((id) => ctx.legalSource(id)?.number ?? id),
    };
    const closed = latest !== null && target.year < latest.period.year;
    // Judged on the last value of the target's year; the value shown is that one.
    const judged = closed
      ? ([...shown].reverse().find((o) => o.period.year === target.year && o.value !== null) ??
        null)
      : latest;
    const value = judged?.value ?? null;
    let status: ScoreStatus;
    let projection: ScorecardRow['projection'];
    if (closed) {
      status =
        value === null ? 'no-data' : assessAttainment(value, target).met ? 'achieved' : 'missed';
      projection = {
        kind: 'closed',
        text: judged
          ? t('briefing.scorecard.projectionText.closed', {
              period: formatPeriod(periodKey(judged.period), lang),
            })
          : t('briefing.scorecard.projectionText.none'),
      };
    } else {
      status = kpiStatus({ value, target, freshness, ...(band ? { band } : {}) });
      if (history.length === 0) {
        projection = { kind: 'none', text: t('briefing.scorecard.projectionText.none') };
      } else {
        const p = projectTargetDate(history, target);
        projection = { kind: p.kind, text: projectionText(p, target, ctx) };
      }
    }
    return {
      ...base,
      value,
      valueText: formatKpiValue(value, kpi, lang),
      period: judged ? periodKey(judged.period) : null,
      periodText: judged ? formatPeriod(periodKey(judged.period), lang) : null,
      status,
      tone: SCORE_TONE[status],
      projection,
      source: judged?.source ?? null,
      asOf: judged?.asOfText ?? null,
    };
  });
}

/**
 * Pure: each KPI's series → one row per target year (2025, 2030): the value at the chosen
 * period, the strictest provincial target of that year, the status (live, or achieved / missed
 * once the year is over, judged on that year's last value) and the date the Theil–Sen
 * projection (domain/targets/projection) expects the target to be reached. Problems first.
 */
export function toScorecardRows(
  inputs: readonly ScorecardInput[],
  ctx: ScorecardContext,
): ScorecardRow[] {
  const rows = inputs.flatMap((input, order) =>
    rowsOfKpi(input, ctx).map((row) => ({ row, order })),
  );
  return rows
    .sort(
      (a, b) =>
        SEVERITY[a.row.status] - SEVERITY[b.row.status] ||
        a.order - b.order ||
        a.row.year - b.row.year,
    )
    .map((x) => x.row);
}

/** Counts for the one-line summary above the list. */
export function scorecardSummary(rows: readonly ScorecardRow[]) {
  return {
    total: rows.length,
    good: rows.filter((r) => r.tone === 'good').length,
    bad: rows.filter((r) => r.tone === 'bad').length,
  };
}

/** The rows as CSV: numbers as numbers, codes next to words. */
export function scorecardCsv(rows: readonly ScorecardRow[], t: TFunction): CsvTable {
  return {
    header: [
      t('panels.columns.indicator'),
      t('briefing.scorecard.kpi'),
      t('briefing.scorecard.year'),
      t('briefing.scorecard.target'),
      t('briefing.scorecard.legal'),
      t('panels.columns.periodCode'),
      t('briefing.scorecard.value'),
      t('briefing.scorecard.status'),
      t('briefing.scorecard.projection'),
      t('panels.columns.source'),
      t('panels.columns.asOf'),
    ],
    rows: rows.map((r) => [
      r.kpiId,
      r.name,
      r.year,
      r.targetText,
      r.sources.join('; '),
      r.period,
      r.value,
      t(`kpi.status.${r.status}`),
      r.projection.text,
      r.source,
      r.asOf,
    ]),
  };
}

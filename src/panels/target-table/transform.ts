import type { TFunction } from 'i18next';
import { assessFreshness } from '../../domain/freshness/freshness';
import type { KpiDefinition, KpiTarget } from '../../domain/kpi/definition';
import type { LegalSource } from '../../domain/kpi/legal-source';
import type { KpiObservation } from '../../domain/kpi/observation';
import { glideValueAt, monthIndexOfDate, type ValuedPoint } from '../../domain/targets/glide-path';
import { pillarOf, type Pillar } from '../../domain/targets/pillar';
import { targetProgress, type TargetProgress } from '../../domain/targets/progress';
import {
  comparePeriods,
  periodEndMonthIndex,
  periodKey,
  periodOfInstant,
} from '../../domain/time/period';
import { formatNumber, formatPeriod } from '../../i18n/format';
import type { Language } from '../../i18n/locale';
import type { StatusTone } from '../../ui/StatusBadge';
import type { CsvTable } from '../common/csv';
import {
  formatKpiValue,
  formatTarget,
  shortPeriodLabel,
  unitOfMeasure,
} from '../common/kpi-format';

/** The unit code under which the KPI endpoint serves the country. */
export const NATIONAL_CODE = 'VN';

/** One catalogue target to follow, and the unit whose figures measure it. */
export interface TargetEntry {
  kpi: KpiDefinition;
  target: KpiTarget;
  pillar: Pillar;
  /** the province for targets of any or provincial level; the country for national ones */
  unitCode: string;
}

/**
 * The catalogue targets a province's screen follows: those addressed to any level or to
 * provinces (measured on the province's figures) and national ones (measured on the country's,
 * e.g. the EGDI rank). Ministry, district and commune targets are left out: the district level
 * was abolished in 2025, and ministries and communes are not the unit on screen.
 */
export function targetEntries(kpis: readonly KpiDefinition[], provinceCode: string): TargetEntry[] {
  const out: TargetEntry[] = [];
  for (const kpi of kpis) {
    const pillar = pillarOf(kpi.category);
    if (pillar === null) continue;
    for (const target of kpi.targets) {
      if (target.level === 'any' || target.level === 'province') {
        out.push({ kpi, target, pillar, unitCode: provinceCode });
      } else if (target.level === 'national') {
        out.push({ kpi, target, pillar, unitCode: NATIONAL_CODE });
      }
    }
  }
  return out;
}

/** The distinct series (KPI × unit) the entries need, in order. */
export function seriesOf(entries: readonly TargetEntry[]): { kpiId: string; unitCode: string }[] {
  const seen = new Set<string>();
  const out: { kpiId: string; unitCode: string }[] = [];
  for (const e of entries) {
    const key = `${e.kpi.id}|${e.unitCode}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kpiId: e.kpi.id, unitCode: e.unitCode });
  }
  return out;
}

export type RowStatus =
  | 'achieved'
  | 'missed'
  | 'closedNoData'
  | 'met'
  | 'on-track'
  | 'at-risk'
  | 'off-track'
  | 'insufficient-data'
  | 'stale'
  | 'no-data';

export const STATUS_TONE: Record<RowStatus, StatusTone> = {
  achieved: 'good',
  met: 'good',
  'on-track': 'good',
  'at-risk': 'warning',
  stale: 'warning',
  missed: 'bad',
  'off-track': 'bad',
  closedNoData: 'neutral',
  'insufficient-data': 'neutral',
  'no-data': 'neutral',
};

/** Severity order for sorting: the rows needing attention first when sorted descending. */
const STATUS_RANK: Record<RowStatus, number> = {
  achieved: 0,
  met: 1,
  'on-track': 2,
  'insufficient-data': 3,
  'no-data': 4,
  closedNoData: 5,
  stale: 6,
  'at-risk': 7,
  'off-track': 8,
  missed: 9,
};

export interface TargetRow {
  /** unique and stable: KPI, unit, year, level, comparator, value and documents */
  key: string;
  kpiId: string;
  kpiName: string;
  unitCode: string;
  scopeText: string;
  pillar: Pillar;
  pillarText: string;
  year: number;
  level: KpiTarget['level'];
  comparator: KpiTarget['comparator'];
  targetValue: number;
  targetText: string;
  /** "%" or the catalogue's unit id */
  unitOfMeasure: string;
  /** "942/QĐ-TTg", several joined; a report (no legal instrument) says so in words */
  sourceText: string;
  /** full titles, for a tooltip-free explanation under the number */
  sourceTitles: string;
  phase: TargetProgress['phase'];
  currentValue: number | null;
  currentText: string;
  currentPeriod: string | null;
  currentPeriodText: string | null;
  glideValue: number | null;
  glideText: string;
  /** the two halves of glideText, for a narrow cell: "72,4%" and "chậm 38,4 điểm %" */
  glideExpectedText: string;
  glideGapText: string;
  paceMonth: number | null;
  paceYear: number | null;
  paceText: string;
  /** the two halves of paceText: per month, per year */
  paceMonthText: string;
  paceYearText: string;
  projectedMonth: string | null;
  projectedText: string;
  /** sort key of the projected date: epoch ms, null when none */
  projectedMs: number | null;
  status: RowStatus;
  statusRank: number;
  statusText: string;
  tone: StatusTone;
  /** verdict basis or glide-path basis, in words */
  detail: string;
  note: string | null;
  failed: boolean;
}

export interface TargetTableView {
  rows: TargetRow[];
  counts: { total: number; achieved: number; missed: number; live: number };
  failedKpis: number;
  /** latest as-of among the figures shown */
  asOf: string | null;
}

export interface TargetTableContext {
  lang: Language;
  t: TFunction;
  legalSource: (id: string) => LegalSource | undefined;
}

export interface TargetTableInput {
  entries: readonly TargetEntry[];
  /** the observations of a series; null when it failed to load; undefined while loading */
  series: (kpiId: string, unitCode: string) => readonly KpiObservation[] | null | undefined;
  nowMs: number;
  pillar: Pillar | null;
  /** the province's name, for the scope column */
  unitName: string;
}

function valued(observations: readonly KpiObservation[], kpiId: string): ValuedPoint[] {
  const byKey = new Map<string, ValuedPoint>();
  for (const o of [...observations].sort((a, b) => comparePeriods(a.period, b.period))) {
    if (o.indicatorId !== kpiId || o.value === null) continue;
    byKey.set(periodKey(o.period), { period: o.period, value: o.value });
  }
  return [...byKey.values()];
}

/** Earliest date of issue among the documents a target cites: when its plan started. */
function planStart(target: KpiTarget, legalSource: TargetTableContext['legalSource']) {
  const starts = target.sourceIds
    .map((id) => legalSource(id)?.issued ?? null)
    .map((d) => (d === null ? null : monthIndexOfDate(d)))
    .filter((m): m is number => m !== null);
  return starts.length === 0 ? null : Math.min(...starts);
}

function monthOf(epochMs: number): string {
  // the domain reads a value as at the END of its period: an instant on a month boundary
  // closes the month before
  return periodKey(periodOfInstant(epochMs - 1, 'month'));
}

function signed(value: number, kpi: KpiDefinition, lang: Language): string {
  const digits = Math.abs(value) >= 10 ? 1 : 2;
  const text = formatNumber(Math.abs(value), lang, digits);
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return kpi.unit === 'percent'
    ? `${sign}${text} ${lang === 'vi' ? 'điểm %' : 'pp'}`
    : `${sign}${text}`;
}

function toRow(entry: TargetEntry, input: TargetTableInput, ctx: TargetTableContext): TargetRow {
  const { kpi, target } = entry;
  const { lang, t } = ctx;
  const observations = input.series(kpi.id, entry.unitCode);
  const failed = observations === null;
  const history = observations ? valued(observations, kpi.id) : [];
  const latestObservation = observations
    ? ([...observations]
        .filter((o) => o.indicatorId === kpi.id && o.value !== null)
        .sort((a, b) => comparePeriods(a.period, b.period))
        .at(-1) ?? null)
    : null;
  const freshness = assessFreshness(
    kpi.freshness,
    latestObservation?.asOfMs ?? null,
    input.nowMs,
  ).state;
  const progress = targetProgress({
    history,
    target,
    nowMs: input.nowMs,
    planStartMonth: planStart(target, ctx.legalSource),
    freshness,
  });
  const documents = target.sourceIds.map((id) => ctx.legalSource(id));
  const sourceText = target.sourceIds
    .map((id, i) => {
      const doc = documents[i];
      if (!doc) return id;
      return doc.kind === 'report'
        ? `${doc.number} (${t('targets.table.reportSource')})`
        : doc.number;
    })
    .join(', ');
  const targetText = formatTarget(target, kpi, lang);
  const value = (v: number | null) => formatKpiValue(v, kpi, lang);

  let status: RowStatus;
  let current: ValuedPoint | null;
  let detail = '';
  let glideValue: number | null = null;
  let glideText = '—';
  let glideExpectedText = '—';
  let glideGapText = '';
  let paceMonthText = '—';
  let paceYearText = '';
  let paceMonth: number | null = null;
  let paceYear: number | null = null;
  let paceText = '—';
  let projectedMs: number | null = null;
  let projectedMonth: string | null = null;
  let projectedText = '—';

  if (progress.phase === 'closed') {
    status = progress.verdict === 'no-data' ? 'closedNoData' : progress.verdict;
    current = progress.judged;
    if (current) {
      detail = t('targets.detail.judged', {
        period: formatPeriod(periodKey(current.period), lang),
        value: value(current.value),
      });
    }
  } else {
    status = progress.status;
    current = progress.latest;
    if (progress.glide && current) {
      glideValue = glideValueAt(progress.glide, periodEndMonthIndex(current.period));
      const gap = progress.glideGap ?? 0;
      const gapWords =
        Math.abs(gap) < 0.05
          ? t('targets.detail.onLine')
          : t(gap > 0 ? 'targets.detail.ahead' : 'targets.detail.behind', {
              gap: signed(Math.abs(gap), kpi, lang).replace(/^\+/, ''),
            });
      glideText = t('targets.detail.glide', { expected: value(glideValue), gap: gapWords });
      glideExpectedText = value(glideValue);
      glideGapText = gapWords;
      const fromKey = periodKey(
        history.find((h) => periodEndMonthIndex(h.period) === progress.glide?.fromMonth)?.period ??
          current.period,
      );
      detail = t('targets.detail.baseline', {
        value: value(progress.glide.fromValue),
        period: formatPeriod(fromKey, lang),
        target: targetText,
        year: target.year,
      });
    }
    const pace = progress.pace;
    if (pace?.kind === 'required') {
      paceMonth = pace.perMonth;
      paceYear = pace.perYear;
      paceText = t('targets.pace.perMonthYear', {
        month: signed(pace.perMonth, kpi, lang),
        year: signed(pace.perYear, kpi, lang),
      });
      paceMonthText = t('targets.pace.perMonth', { value: signed(pace.perMonth, kpi, lang) });
      paceYearText = t('targets.pace.perYear', { value: signed(pace.perYear, kpi, lang) });
    } else if (pace?.kind === 'already-met') paceText = paceMonthText = t('targets.pace.met');
    else if (pace?.kind === 'deadline-passed') paceText = paceMonthText = t('targets.pace.passed');
    const projection = progress.projection;
    if (projection?.kind === 'already-met') projectedText = t('targets.projected.met');
    else if (projection?.kind === 'not-improving') projectedText = t('targets.projected.never');
    else if (projection?.kind === 'insufficient-data')
      projectedText = t('targets.projected.insufficient');
    else if (projection?.kind === 'projected') {
      projectedMs = projection.estimateMs;
      projectedMonth = monthOf(projection.estimateMs);
      // compact months ("04/2029"): the column must fit beside eight others at 1366 px
      const when = shortPeriodLabel(projectedMonth, lang);
      projectedText =
        projection.latestMs === null
          ? t('targets.projected.open', { when })
          : t('targets.projected.range', {
              when,
              earliest: shortPeriodLabel(
                monthOf(projection.earliestMs ?? projection.estimateMs),
                lang,
              ),
              latest: shortPeriodLabel(monthOf(projection.latestMs), lang),
            });
    }
  }

  const currentPeriod = current ? periodKey(current.period) : null;
  return {
    key: [
      kpi.id,
      entry.unitCode,
      target.year,
      target.level,
      target.comparator,
      target.value,
      target.sourceIds.join('+'),
    ].join('|'),
    kpiId: kpi.id,
    kpiName: kpi.name[lang],
    unitCode: entry.unitCode,
    scopeText: entry.unitCode === NATIONAL_CODE ? t('targets.table.national') : input.unitName,
    pillar: entry.pillar,
    pillarText: t(`targets.pillar.${entry.pillar}`),
    year: target.year,
    level: target.level,
    comparator: target.comparator,
    targetValue: target.value,
    targetText,
    unitOfMeasure: unitOfMeasure(kpi),
    sourceText,
    sourceTitles: documents
      .map((d) => (d ? `${d.number}: ${d.title[lang]}` : ''))
      .filter((s) => s !== '')
      .join('; '),
    phase: progress.phase,
    currentValue: current?.value ?? null,
    currentText: failed ? t('targets.table.loadFailed') : value(current?.value ?? null),
    currentPeriod,
    currentPeriodText: currentPeriod ? formatPeriod(currentPeriod, lang) : null,
    glideValue,
    glideText,
    glideExpectedText,
    glideGapText,
    paceMonth,
    paceYear,
    paceText,
    paceMonthText,
    paceYearText,
    projectedMonth,
    projectedText,
    projectedMs,
    status,
    statusRank: STATUS_RANK[status],
    statusText: t(`targets.status.${status}`),
    tone: STATUS_TONE[status],
    detail,
    note: target.note?.[lang] ?? null,
    failed,
  };
}

/**
 * Pure: the catalogue targets and the figures loaded for them → the targets table. Rows in
 * catalogue order (pillar filter applied); one row per target, so that documents that disagree
 * (EGDI in 749 and 942) each keep their row and source.
 */
export function toTargetTableView(
  input: TargetTableInput,
  ctx: TargetTableContext,
): TargetTableView {
  const entries = input.entries.filter((e) => input.pillar === null || e.pillar === input.pillar);
  const rows = entries.map((e) => toRow(e, input, ctx));
  const failedKpis = new Set(rows.filter((r) => r.failed).map((r) => r.kpiId)).size;
  let asOf: string | null = null;
  let asOfMs = -Infinity;
  for (const e of entries) {
    for (const o of input.series(e.kpi.id, e.unitCode) ?? []) {
      if (o.asOfMs > asOfMs) {
        asOfMs = o.asOfMs;
        asOf = o.asOfText;
      }
    }
  }
  return {
    rows,
    counts: {
      total: rows.length,
      achieved: rows.filter((r) => r.status === 'achieved').length,
      missed: rows.filter((r) => r.status === 'missed').length,
      live: rows.filter((r) => r.phase === 'live').length,
    },
    failedKpis,
    asOf,
  };
}

/** Every row with machine-readable numbers, for CSV export. */
export function targetTableCsv(view: TargetTableView, t: TFunction): CsvTable {
  return {
    header: [
      t('targets.table.csv.kpiId'),
      t('targets.table.columns.indicator'),
      t('targets.table.columns.pillar'),
      t('targets.table.columns.year'),
      t('targets.table.csv.level'),
      t('targets.table.csv.comparator'),
      t('targets.table.csv.targetValue'),
      t('panels.columns.unitOfMeasure'),
      t('targets.table.columns.source'),
      t('panels.columns.unitCode'),
      t('targets.table.csv.currentValue'),
      t('targets.table.csv.currentPeriod'),
      t('targets.table.csv.glideValue'),
      t('targets.table.csv.pacePerMonth'),
      t('targets.table.csv.pacePerYear'),
      t('targets.table.csv.projectedMonth'),
      t('targets.table.csv.status'),
    ],
    rows: view.rows.map((r) => [
      r.kpiId,
      r.kpiName,
      r.pillarText,
      r.year,
      r.level,
      r.comparator,
      r.targetValue,
      r.unitOfMeasure,
      r.sourceText,
      r.unitCode,
      r.currentValue,
      r.currentPeriod,
      r.glideValue === null ? null : Math.round(r.glideValue * 100) / 100,
      r.paceMonth === null ? null : Math.round(r.paceMonth * 1000) / 1000,
      r.paceYear === null ? null : Math.round(r.paceYear * 1000) / 1000,
      r.projectedMonth,
      r.statusText,
    ]),
  };
}

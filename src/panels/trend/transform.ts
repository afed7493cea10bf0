import type { TFunction } from 'i18next';
import { chartText, textTooltip, type ChartOption, type LineSeries } from '../../charts';
import type { KpiDefinition, KpiTarget } from '../../domain/kpi/definition';
import type { LegalSource } from '../../domain/kpi/legal-source';
import type { KpiObservation } from '../../domain/kpi/observation';
import { theilSen } from '../../domain/stats/robust';
import { deadlineMonthIndex } from '../../domain/targets/pace';
import {
  baselineAt,
  glidePath as planGlidePath,
  glideValueAt,
  monthIndexOfDate,
} from '../../domain/targets/glide-path';
import { projectTargetDate, type Projection } from '../../domain/targets/projection';
import { applicableTargets, strictestTarget } from '../../domain/targets/select';
import {
  comparePeriods,
  nextPeriod,
  periodEndMonthIndex,
  periodKey,
  periodOfInstant,
  type Period,
} from '../../domain/time/period';
import { formatPeriod } from '../../i18n/format';
import type { Language } from '../../i18n/locale';
import type { Palette } from '../../ui/tokens';
import type { CsvTable } from '../common/csv';
import {
  formatKpiValue,
  formatTarget,
  shortPeriodLabel,
  unitOfMeasure,
} from '../common/kpi-format';
import type { TrendAnnotation, TrendGlidePath } from './definition';

export interface TrendContext {
  lang: Language;
  t: TFunction;
  legalSource: (id: string) => LegalSource | undefined;
}

export interface TrendInput {
  kpi: KpiDefinition;
  unitCode: string;
  unitName: string;
  observations: readonly KpiObservation[];
  periods: number;
  showTargets: boolean;
  showProjection: boolean;
  annotations: readonly TrendAnnotation[];
  /** the planned glide path to one target; absent = none */
  glidePath?: TrendGlidePath | null;
}

export interface TrendPoint {
  key: string;
  period: Period;
  value: number | null;
  valueText: string;
  periodText: string;
  numerator: number | null;
  denominator: number | null;
  provisional: boolean;
  asOfText: string;
  source: string;
}

export interface TargetLine {
  year: number;
  comparator: KpiTarget['comparator'];
  value: number;
  /** "≥ 80%" */
  text: string;
  /** "80%": what "reach" refers to */
  valueText: string;
  /** legal document numbers, e.g. "942/QĐ-TTg" */
  sources: string[];
  /** "Mục tiêu 2025: ≥ 80% (942/QĐ-TTg)" */
  label: string;
}

export interface FuturePoint {
  key: string;
  central: number;
  lower: number | null;
  upper: number | null;
}

export interface ProjectionView {
  kind: Projection['kind'];
  target: TargetLine;
  /** the outcome in words, for the caption under the chart and the screen-reader summary */
  text: string;
  /** periods after the latest observation up to the end of the target year ('projected' only) */
  future: FuturePoint[];
  /** the fitted line at the latest observed period, where the projection starts */
  anchor: FuturePoint | null;
}

/** The planned glide path to one target (baseline at the plan's start → target at its deadline). */
export interface GlideView {
  target: TargetLine;
  /** "Lộ trình từ 25,8% (Năm 2020) đến ≥ 100% cuối năm 2030" */
  text: string;
  /** the line's value at each category it spans (period key → value) */
  values: Record<string, number>;
  /** periods after the drawn ones up to the end of the target year, for the x axis */
  future: string[];
}

export interface TrendView {
  title: string;
  kpi: KpiDefinition;
  unitCode: string;
  unitName: string;
  /** the periods drawn, oldest first */
  points: TrendPoint[];
  targets: TargetLine[];
  projection: ProjectionView | null;
  annotations: { key: string; text: string }[];
  glide: GlideView | null;
  latestText: string;
  /** one paragraph for screen readers: what the chart shows */
  summary: string;
  asOf: string | null;
  source: string | null;
}

function clamp(value: number, kpi: KpiDefinition): number {
  return Math.min(kpi.range.max, Math.max(kpi.range.min, value));
}

function targetValueText(value: number, kpi: KpiDefinition, lang: Language): string {
  return formatKpiValue(value, kpi, lang, Number.isInteger(value) ? 0 : kpi.precision);
}

/**
 * The month a projected instant falls in. The domain reads a value as at the END of its
 * period, so an instant exactly at a month boundary (00:00 on the 1st) closes the month
 * before: that is the month whose figure reaches the target.
 */
function monthText(epochMs: number, lang: Language): string {
  return formatPeriod(periodKey(periodOfInstant(epochMs - 1, 'month')), lang);
}

/** Targets that address a province (or any level) and are not already history at the window's start. */
function targetLines(kpi: KpiDefinition, fromYear: number, ctx: TrendContext): TargetLine[] {
  const lines: TargetLine[] = [];
  const sorted = [...kpi.targets].sort((a, b) => a.year - b.year || a.value - b.value);
  for (const target of sorted) {
    if (target.level !== 'any' && target.level !== 'province') continue;
    if (target.year < fromYear) continue;
    const sources = target.sourceIds.map((id) => ctx.legalSource(id)?.number ?? id);
    const same = lines.find(
      (l) =>
        l.year === target.year && l.value === target.value && l.comparator === target.comparator,
    );
    if (same) {
      for (const s of sources) if (!same.sources.includes(s)) same.sources.push(s);
      continue;
    }
    lines.push({
      year: target.year,
      comparator: target.comparator,
      value: target.value,
      text: formatTarget(target, kpi, ctx.lang),
      valueText: targetValueText(target.value, kpi, ctx.lang),
      sources,
      label: '',
    });
  }
  for (const line of lines) {
    line.label = ctx.t('panels.trend.targetWithSource', {
      year: line.year,
      target: line.text,
      sources: line.sources.join(', '),
    });
  }
  return lines;
}

function toTargetLine(target: KpiTarget, kpi: KpiDefinition, ctx: TrendContext): TargetLine {
  const sources = target.sourceIds.map((id) => ctx.legalSource(id)?.number ?? id);
  const text = formatTarget(target, kpi, ctx.lang);
  return {
    year: target.year,
    comparator: target.comparator,
    value: target.value,
    text,
    valueText: targetValueText(target.value, kpi, ctx.lang),
    sources,
    label: ctx.t('panels.trend.targetWithSource', {
      year: target.year,
      target: text,
      sources: sources.join(', '),
    }),
  };
}

function projectionText(projection: Projection, target: TargetLine, ctx: TrendContext): string {
  const { t, lang } = ctx;
  switch (projection.kind) {
    case 'already-met':
      return t('panels.trend.outcome.alreadyMet', { year: target.year, target: target.text });
    case 'insufficient-data':
      return t('panels.trend.outcome.insufficient', { required: projection.required });
    case 'not-improving':
      return t('panels.trend.outcome.notImproving', { year: target.year, target: target.text });
    case 'projected': {
      const when = monthText(projection.estimateMs, lang);
      const first =
        projection.latestMs === null
          ? t('panels.trend.outcome.projectedOpen', { target: target.valueText, when })
          : t('panels.trend.outcome.projected', {
              target: target.valueText,
              when,
              earliest: monthText(projection.earliestMs ?? projection.estimateMs, lang),
              latest: monthText(projection.latestMs, lang),
            });
      const second = projection.byDeadline
        ? t('panels.trend.outcome.inTime', { year: target.year })
        : t('panels.trend.outcome.late', { year: target.year });
      return `${first} ${second}`;
    }
  }
}

function buildProjection(
  kpi: KpiDefinition,
  points: readonly TrendPoint[],
  ctx: TrendContext,
): ProjectionView | null {
  const valued = points.filter((p): p is TrendPoint & { value: number } => p.value !== null);
  const latest = valued.at(-1);
  if (latest === undefined || kpi.polarity === 'neutral') return null;
  const target = strictestTarget(applicableTargets(kpi, latest.period.year, 'province'));
  if (target === null) return null;
  const line = toTargetLine(target, kpi, ctx);
  const projection = projectTargetDate(
    valued.map((p) => ({ period: p.period, value: p.value })),
    target,
  );
  const view: ProjectionView = {
    kind: projection.kind,
    target: line,
    text: projectionText(projection, line, ctx),
    future: [],
    anchor: null,
  };
  if (projection.kind !== 'projected') return view;

  // Same fit as the domain's projection, so the band and the stated date agree.
  const fit = theilSen(valued.map((p) => ({ x: periodEndMonthIndex(p.period), y: p.value })));
  if (fit === null) return view;
  const bounded = [
    fit.slopeLower,
    fit.slopeUpper,
    fit.interceptAtLower,
    fit.interceptAtUpper,
  ].every(Number.isFinite);
  const at = (period: Period): FuturePoint => {
    const x = periodEndMonthIndex(period);
    const central = clamp(fit.intercept + fit.slope * x, kpi);
    if (!bounded) return { key: periodKey(period), central, lower: null, upper: null };
    const a = clamp(fit.interceptAtLower + fit.slopeLower * x, kpi);
    const b = clamp(fit.interceptAtUpper + fit.slopeUpper * x, kpi);
    return { key: periodKey(period), central, lower: Math.min(a, b), upper: Math.max(a, b) };
  };
  view.anchor = at(latest.period);
  const deadline = deadlineMonthIndex(target.year);
  // Up to the end of the target year; periods already drawn are skipped.
  const lastDrawn = points.at(-1)?.period ?? latest.period;
  for (
    let period = nextPeriod(lastDrawn);
    periodEndMonthIndex(period) <= deadline;
    period = nextPeriod(period)
  ) {
    view.future.push(at(period));
  }
  return view;
}

function buildGlide(
  kpi: KpiDefinition,
  history: readonly KpiObservation[],
  points: readonly TrendPoint[],
  option: TrendGlidePath,
  ctx: TrendContext,
): GlideView | null {
  const level = option.level ?? 'province';
  const candidates = kpi.targets.filter(
    (t) =>
      t.year === option.targetYear &&
      (t.level === level || t.level === 'any') &&
      (option.sourceId === undefined || t.sourceIds.includes(option.sourceId)),
  );
  const target = strictestTarget(candidates);
  if (target === null) return null;
  const starts = target.sourceIds
    .map((id) => ctx.legalSource(id)?.issued ?? null)
    .map((d) => (d === null ? null : monthIndexOfDate(d)))
    .filter((m): m is number => m !== null);
  const valued = history
    .filter((o): o is KpiObservation & { value: number } => o.value !== null)
    .map((o) => ({ period: o.period, value: o.value }));
  const baseline = baselineAt(valued, starts.length > 0 ? Math.min(...starts) : -Infinity);
  const path = baseline ? planGlidePath(baseline, target) : null;
  if (!baseline || !path) return null;
  const line = toTargetLine(target, kpi, ctx);
  const values: Record<string, number> = {};
  const future: string[] = [];
  const place = (period: Period) => {
    const x = periodEndMonthIndex(period);
    if (x >= path.fromMonth && x <= path.toMonth) values[periodKey(period)] = glideValueAt(path, x);
  };
  for (const p of points) place(p.period);
  const last = points.at(-1)?.period;
  if (last) {
    for (let p = nextPeriod(last); periodEndMonthIndex(p) <= path.toMonth; p = nextPeriod(p)) {
      future.push(periodKey(p));
      place(p);
    }
  }
  return {
    target: line,
    text: ctx.t('targets.detail.baseline', {
      value: formatKpiValue(baseline.value, kpi, ctx.lang),
      period: formatPeriod(periodKey(baseline.period), ctx.lang),
      target: line.text,
      year: target.year,
    }),
    values,
    future,
  };
}

/** Pure: one KPI's observations for one unit → what the trend panel shows. */
export function toTrendView(input: TrendInput, ctx: TrendContext): TrendView {
  const { kpi, lang } = { kpi: input.kpi, lang: ctx.lang };
  const ordered = [...input.observations]
    .filter((o) => o.indicatorId === kpi.id)
    .sort((a, b) => comparePeriods(a.period, b.period));
  // One value per period: the last one given wins (a revision replaces the first figure).
  const byKey = new Map<string, KpiObservation>();
  for (const o of ordered) byKey.set(periodKey(o.period), o);
  const windowed = [...byKey.values()].slice(-Math.max(1, input.periods));

  const points: TrendPoint[] = windowed.map((o) => ({
    key: periodKey(o.period),
    period: o.period,
    value: o.value,
    valueText: formatKpiValue(o.value, kpi, lang),
    periodText: formatPeriod(periodKey(o.period), lang),
    numerator: o.numerator,
    denominator: o.denominator,
    provisional: o.status === 'provisional',
    asOfText: o.asOfText,
    source: o.source,
  }));

  const first = points[0];
  const last = points.at(-1);
  const latestValued = [...points].reverse().find((p) => p.value !== null);
  const targets = input.showTargets && first ? targetLines(kpi, first.period.year, ctx) : [];
  const projection = input.showProjection ? buildProjection(kpi, points, ctx) : null;
  const glide = input.glidePath
    ? buildGlide(kpi, [...byKey.values()], points, input.glidePath, ctx)
    : null;
  // A national target (EGDI) is not among the province's lines: the glide path brings its own.
  if (
    glide &&
    !targets.some((l) => l.year === glide.target.year && l.value === glide.target.value)
  ) {
    targets.push(glide.target);
  }
  const keys = new Set([
    ...points.map((p) => p.key),
    ...(projection?.future ?? []).map((f) => f.key),
    ...(glide?.future ?? []),
  ]);
  const annotations = input.annotations
    .filter((a) => keys.has(a.period))
    .map((a) => ({ key: a.period, text: a.label[lang] }));

  const latestText = latestValued
    ? `${latestValued.valueText} (${latestValued.periodText})`
    : formatKpiValue(null, kpi, lang);
  const summaryParts = [
    first && last
      ? ctx.t('panels.trend.summary', {
          kpi: kpi.name[lang],
          unit: input.unitName,
          count: points.length,
          from: first.periodText,
          to: last.periodText,
          latest: latestText,
        })
      : kpi.name[lang],
    ...targets.map((l) => `${l.label}.`),
    projection?.text ?? '',
    glide ? `${glide.text}.` : '',
  ];
  return {
    title: kpi.name[lang],
    kpi,
    unitCode: input.unitCode,
    unitName: input.unitName,
    points,
    targets,
    projection,
    annotations,
    glide,
    latestText,
    summary: summaryParts.filter((s) => s !== '').join(' '),
    asOf: last?.asOfText ?? null,
    source: last?.source ?? null,
  };
}

export interface TrendChartContext {
  lang: Language;
  t: TFunction;
  palette: Palette;
  /** false when the user prefers reduced motion, and on the wall */
  animate: boolean;
}

function axisValueText(value: number, kpi: KpiDefinition, lang: Language): string {
  return formatKpiValue(value, kpi, lang, Number.isInteger(value) ? 0 : 1);
}

/** Pure: the view → the ECharts option (asserted on in tests, never on pixels). */
export function trendChartOption(view: TrendView, ctx: TrendChartContext): ChartOption {
  const { kpi } = view;
  const { lang, t, palette } = ctx;
  const future = view.projection?.future ?? [];
  const futureKeys = future.map((f) => f.key);
  // The glide path may run further than the projection (to a later deadline, or when there is
  // no projection): both lists are the periods after the last drawn one, so take the longer.
  const glideFuture = view.glide?.future ?? [];
  const categories = [
    ...view.points.map((p) => p.key),
    ...(glideFuture.length > futureKeys.length ? glideFuture : futureKeys),
  ];
  const pastCount = view.points.length;
  const valueName = chartText(kpi.shortName[lang]);
  const projectionName = t('panels.trend.projection');
  const bandName = t('panels.trend.band');
  const projection = view.projection;
  const anchor = projection?.anchor ?? null;
  const hasBand = anchor !== null && anchor.lower !== null && future.every((f) => f.lower !== null);

  const targetMarks = view.targets.map((line) => ({
    name: chartText(line.label),
    yAxis: line.value,
    label: { formatter: chartText(line.label), position: 'insideEndTop' as const },
    lineStyle: { color: palette.text, type: 'dashed' as const, width: 2 },
  }));
  const annotationMarks = view.annotations.map((a) => ({
    name: chartText(a.text),
    xAxis: a.key,
    label: { formatter: chartText(a.text), position: 'insideEndTop' as const },
    lineStyle: { color: palette.textMuted, type: 'dotted' as const, width: 1 },
  }));
  // Markers only where they mean something, so ECharts' symbol sampling cannot hide them:
  // provisional figures get a hollow marker (not colour alone), and a value between two gaps
  // a dot (it has no line to show it).
  const values = view.points.map((p, i) => {
    if (p.provisional) return { value: p.value, symbol: 'emptyCircle', symbolSize: 12 };
    const isolated =
      p.value !== null &&
      (view.points[i - 1]?.value ?? null) === null &&
      (view.points[i + 1]?.value ?? null) === null;
    return isolated ? { value: p.value, symbol: 'circle', symbolSize: 8 } : p.value;
  });

  const blank = (n: number): null[] => Array.from({ length: n }, () => null);
  const series: LineSeries[] = [
    {
      id: 'value',
      type: 'line',
      name: valueName,
      data: [...values, ...blank(future.length)],
      connectNulls: false,
      color: palette.series[0],
      symbol: 'none',
      showAllSymbol: true,
      z: 3,
      markLine: {
        silent: true,
        symbol: 'none',
        data: [...targetMarks, ...annotationMarks],
      },
    },
  ];
  if (anchor && future.length > 0) {
    const before = blank(pastCount - 1);
    series.push({
      id: 'projection',
      type: 'line',
      name: projectionName,
      data: [...before, anchor.central, ...future.map((f) => f.central)],
      color: palette.series[1],
      lineStyle: { type: 'dashed' },
      symbol: 'none',
      z: 2,
    });
    if (hasBand) {
      // Confidence band as a stacked area: an invisible lower line, then the width on top.
      series.push(
        {
          id: 'band-lower',
          type: 'line',
          data: [...before, anchor.lower, ...future.map((f) => f.lower)],
          stack: 'band',
          symbol: 'none',
          lineStyle: { opacity: 0 },
          silent: true,
          z: 1,
        },
        {
          id: 'band',
          type: 'line',
          name: bandName,
          data: [
            ...before,
            (anchor.upper ?? 0) - (anchor.lower ?? 0),
            ...future.map((f) => (f.upper ?? 0) - (f.lower ?? 0)),
          ],
          stack: 'band',
          symbol: 'none',
          color: palette.series[1],
          lineStyle: { opacity: 0 },
          areaStyle: { color: palette.series[1], opacity: 0.2 },
          silent: true,
          z: 1,
        },
      );
    }
  }

  const glide = view.glide;
  const glideName = t('targets.chart.glide');
  if (glide) {
    series.push({
      id: 'glide',
      type: 'line',
      name: glideName,
      data: categories.map((key) => glide.values[key] ?? null),
      color: palette.textMuted,
      lineStyle: { type: 'dotted', width: 2 },
      symbol: 'none',
      connectNulls: false,
      z: 2,
    });
  }

  const legend = [
    valueName,
    ...(series.some((s) => s.id === 'projection') ? [projectionName] : []),
    ...(glide ? [glideName] : []),
  ];
  if (hasBand && future.length > 0) legend.push(bandName);

  return {
    animation: ctx.animate,
    grid: { left: 8, right: 24, top: 40, bottom: 8, outerBoundsMode: 'same' },
    legend: { top: 0, left: 0, data: legend },
    tooltip: textTooltip('axis', (index) => {
      const key = categories[index];
      if (key === undefined) return null;
      const rows = [];
      const point = index < pastCount ? view.points[index] : undefined;
      if (point) {
        const mark = point.provisional ? ` ${t('panels.trend.provisionalMark')}` : '';
        rows.push({ symbol: '●', label: kpi.shortName[lang], value: `${point.valueText}${mark}` });
      }
      const f = index >= pastCount ? future[index - pastCount] : undefined;
      if (f) {
        rows.push({
          symbol: '┄',
          label: projectionName,
          value: formatKpiValue(f.central, kpi, lang),
        });
        if (f.lower !== null && f.upper !== null) {
          rows.push({
            symbol: '░',
            label: bandName,
            value: `${formatKpiValue(f.lower, kpi, lang)} – ${formatKpiValue(f.upper, kpi, lang)}`,
          });
        }
      }
      const planned = glide?.values[key];
      if (planned !== undefined) {
        rows.push({ symbol: '┈', label: glideName, value: formatKpiValue(planned, kpi, lang) });
      }
      const year = Number(key.slice(0, 4));
      const target = view.targets.find((l) => l.year >= year);
      if (target) {
        rows.push({
          symbol: '╌',
          label: t('kpi.target', { year: target.year }),
          value: target.text,
        });
      }
      return { title: formatPeriod(key, lang), rows };
    }),
    xAxis: {
      type: 'category',
      data: categories,
      boundaryGap: false,
      axisLabel: { formatter: (key: string) => shortPeriodLabel(key, lang), hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      ...(kpi.unit === 'percent' ? { min: 0, max: 100 } : { scale: true }),
      // Rank 1 is the best: draw it at the top.
      inverse: kpi.unit === 'rank',
      axisLabel: { formatter: (value: number) => axisValueText(value, kpi, lang) },
    },
    series,
  };
}

/** The numbers behind the chart, for CSV export: one row per period, oldest first. */
export function trendCsv(view: TrendView, t: TFunction): CsvTable {
  return {
    header: [
      t('panels.columns.indicator'),
      t('panels.columns.unitCode'),
      t('panels.columns.unit'),
      t('panels.columns.periodCode'),
      t('panels.columns.period'),
      t('panels.columns.value'),
      t('panels.columns.unitOfMeasure'),
      t('panels.columns.numerator'),
      t('panels.columns.denominator'),
      t('panels.columns.status'),
      t('panels.columns.asOf'),
      t('panels.columns.source'),
    ],
    rows: view.points.map((p) => [
      view.kpi.id,
      view.unitCode,
      view.unitName,
      p.key,
      p.periodText,
      p.value,
      unitOfMeasure(view.kpi),
      p.numerator,
      p.denominator,
      t(p.provisional ? 'panels.dataStatus.provisional' : 'panels.dataStatus.final'),
      p.asOfText,
      p.source,
    ]),
  };
}

import type { TFunction } from 'i18next';
import type { KpiDefinition } from '../../domain/kpi/definition';
import type { LegalSource } from '../../domain/kpi/legal-source';
import type { KpiObservation } from '../../domain/kpi/observation';
import { formatDateTime, formatPeriod } from '../../i18n/format';
import type { Language } from '../../i18n/locale';
import { toKpiTileView, type CompareMode } from '../../panels/kpi-tile/transform';
import {
  SCORE_TONE,
  scorecardSummary,
  toScorecardRows,
  type ScorecardRow,
  type ScoreTone,
} from '../../panels/scorecard/transform';

export interface BriefingKeyRow {
  kpiId: string;
  name: string;
  valueText: string;
  periodText: string;
  /** the change the user compares with (previous period or same period last year) */
  changeText: string;
  statusText: string;
  tone: ScoreTone;
  source: string;
  asOfText: string;
}

export interface BriefingModel {
  unitName: string;
  periodText: string;
  compareText: string;
  generatedAtText: string;
  scorecard: ScorecardRow[];
  summary: { total: number; good: number; bad: number };
  keyKpis: BriefingKeyRow[];
}

export interface BriefingInput {
  unitName: string;
  /** "YYYY-MM" or absent (latest available) */
  period?: string | undefined;
  compare?: CompareMode | undefined;
  nowMs: number;
  /** every KPI of the scorecard, with its series (loaded ones only) */
  scorecard: readonly { kpi: KpiDefinition; observations: readonly KpiObservation[] }[];
  /** the key indicators, in order, with their series */
  keyKpis: readonly { kpi: KpiDefinition; observations: readonly KpiObservation[] }[];
}

export interface BriefingContext {
  lang: Language;
  t: TFunction;
  legalSource: (id: string) => LegalSource | undefined;
}

/**
 * Pure: the overview's numbers for one unit and period, laid out as a document. The same
 * transforms as the panels (tile view, scorecard rows) so the paper says what the screen says.
 */
export function toBriefingModel(input: BriefingInput, ctx: BriefingContext): BriefingModel {
  const { lang, t } = ctx;
  const compare = input.compare ?? 'prev';
  const scorecard = toScorecardRows(input.scorecard, {
    lang,
    t,
    legalSource: ctx.legalSource,
    nowMs: input.nowMs,
    period: input.period,
  });
  const keyKpis = input.keyKpis.map(({ kpi, observations }): BriefingKeyRow => {
    const view = toKpiTileView(kpi, observations, lang, ctx.legalSource, input.nowMs, 'province', {
      ...(input.period === undefined ? {} : { period: input.period }),
      compare,
    });
    const delta = compare === 'yoy' ? view.deltaYoy : view.delta;
    return {
      kpiId: kpi.id,
      name: kpi.name[lang],
      valueText: view.valueText,
      periodText: view.periodText ?? '—',
      changeText: delta ? delta.text : '—',
      statusText: t(`kpi.status.${view.status}`),
      tone: SCORE_TONE[view.status],
      source: view.source ?? '—',
      asOfText: view.asOf ? formatDateTime(view.asOf, lang) : '—',
    };
  });
  return {
    unitName: input.unitName,
    periodText: input.period
      ? formatPeriod(input.period, lang)
      : t('briefing.document.latestPeriod'),
    compareText: t(`briefing.filters.${compare}`),
    generatedAtText: `${formatDateTime(input.nowMs, lang)} (UTC+7)`,
    scorecard,
    summary: scorecardSummary(scorecard),
    keyKpis,
  };
}

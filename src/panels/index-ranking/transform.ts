import type { TFunction } from 'i18next';
import type { IndexPeriod } from '../../data/queries/index-scores';
import type { KpiDefinition } from '../../domain/kpi/definition';
import { formatPeriod } from '../../i18n/format';
import type { Language } from '../../i18n/locale';
import type { RankedRow, RankingView } from '../ranking-bar/transform';
import { formatIndexScore, indexScoreDigits } from './format';

export interface IndexRankingContext {
  lang: Language;
  t: TFunction;
}

export interface IndexRankingInput {
  /** the catalogue KPI naming the index (title, short name, id in CSV) */
  kpi: KpiDefinition;
  period: IndexPeriod;
  /** every current province, catalogue order: code and name in the user's language */
  units: readonly { code: string; name: string }[];
  ownCode: string;
}

/**
 * Pure: one index period → the ranking bar's view, so the index ranking draws with the same
 * chart, table and CSV as every other ranking. Ranks are the period's (published, or
 * re-ranked among the 34 for an aggregated pre-reform period), not recomputed here. Provinces
 * without a score are listed unranked.
 */
export function toIndexRankingView(
  input: IndexRankingInput,
  ctx: IndexRankingContext,
): RankingView {
  const { period, ownCode } = input;
  const { lang, t } = ctx;
  const maxTotal = period.units[0]?.maxTotal ?? 100;
  // Scores print with the index's own precision (4 decimals on DTI's 0–1 scale).
  const kpi: KpiDefinition = { ...input.kpi, precision: indexScoreDigits(maxTotal) };
  const byCode = new Map(period.units.map((u) => [u.unitCode, u]));
  const rows: RankedRow[] = input.units.map(({ code, name }) => {
    const score = byCode.get(code);
    const rank = score?.total == null ? null : score.rank;
    return {
      code,
      name,
      value: score?.total ?? null,
      valueText: formatIndexScore(score?.total ?? null, maxTotal, lang),
      rank,
      rankText: rank === null ? t('panels.ranking.notRanked') : String(rank),
      own: code === ownCode,
      asOfText: score?.asOfText ?? null,
      source: score?.source ?? null,
    };
  });
  rows.sort((a, b) => {
    if (a.rank === null || b.rank === null) return a.rank === null ? (b.rank === null ? 0 : 1) : -1;
    return a.rank - b.rank;
  });
  const ranked = rows.filter((r) => r.rank !== null);
  const own = rows.find((r) => r.own) ?? null;
  const ownText = own
    ? own.rank === null
      ? t('panels.ranking.ownUnranked', { unit: own.name })
      : t('panels.ranking.ownRank', { unit: own.name, rank: own.rank, total: period.rankOf })
    : null;
  const periodText = formatPeriod(period.key, lang);
  const latestAsOf = period.units.reduce<{ ms: number; text: string } | null>(
    (a, u) => (a === null || u.asOfMs > a.ms ? { ms: u.asOfMs, text: u.asOfText } : a),
    null,
  );
  return {
    title: kpi.name[lang],
    kpi,
    period: period.period,
    periodText,
    rows,
    bars: ranked,
    hiddenCount: 0,
    rankedCount: ranked.length,
    failedCount: 0,
    own,
    ownText,
    target: null,
    summary: t('panels.ranking.summary', {
      kpi: kpi.shortName[lang],
      total: ranked.length,
      period: periodText,
      own: ownText ? `${ownText}.` : '',
    }).trim(),
    asOf: latestAsOf?.text ?? null,
    source: period.units[0]?.source ?? null,
  };
}

import type { TFunction } from 'i18next';
import type { IndexHistory, IndexPeriod } from '../../data/queries/index-scores';
import { latestIndexPeriod } from '../../data/queries/index-scores';
import type { LocalizedText } from '../../domain/i18n-text';
import { periodKey, shiftPeriod } from '../../domain/time/period';
import { formatNumber, formatPeriod } from '../../i18n/format';
import type { Language } from '../../i18n/locale';
import type { CsvTable } from '../common/csv';

export interface Index766CardContext {
  lang: Language;
  t: TFunction;
}

export interface Index766CardInput {
  history: IndexHistory;
  unitCode: string;
  /** the five groups of Decision 766/QĐ-TTg, in order (src/catalog/index-766.ts) */
  groups: readonly { id: string; name: LocalizedText; maxPoints: number }[];
}

export type Direction = 'up' | 'down' | 'same';

export interface CardGroup {
  id: string;
  name: string;
  score: number | null;
  max: number;
  scoreText: string;
  maxText: string;
  /** points gained (+) or lost (−) on last month; null without last month's figure */
  change: number | null;
  changeText: string;
  direction: Direction | null;
}

export interface Index766CardView {
  periodKey: string;
  periodText: string;
  total: number | null;
  totalText: string;
  maxTotal: number;
  maxText: string;
  rank: number | null;
  rankOf: number;
  /** the latest period was published on the former units and aggregated here */
  aggregated: boolean;
  /** the calendar month before the latest one (compared with whether or not it has data) */
  previousText: string;
  /** last month was published on the former units: its figures are means of them */
  previousAggregated: boolean;
  hasPrevious: boolean;
  totalChange: number | null;
  totalChangeText: string;
  totalDirection: Direction | null;
  /** places moved up (+) or down (−); null without both ranks */
  rankChange: number | null;
  groups: CardGroup[];
  biggestLoser: CardGroup | null;
  /** which group lost most, or that none lost, or that there is nothing to compare: in words */
  lossText: string;
  asOf: string | null;
  source: string | null;
}

/** Two decimals, always signed: "+1,25", "−0,40", "0,00". */
export function signedPoints(value: number | null, lang: Language): string {
  if (value === null || !Number.isFinite(value)) return formatNumber(null, lang);
  const rounded = Math.round(value * 100) / 100;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  return `${sign}${formatNumber(Math.abs(rounded), lang, 2)}`;
}

function direction(change: number | null): Direction | null {
  if (change === null) return null;
  const rounded = Math.round(change * 100) / 100;
  return rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'same';
}

function delta(now: number | null | undefined, before: number | null | undefined): number | null {
  return now == null || before == null ? null : now - before;
}

/**
 * Pure: the 766 history → the card of one province for the latest published month: score and
 * rank of 34, the five groups against their maxima, and the change on the month before. The
 * group that lost most is named in words; "no data last month" is said, never shown as zero.
 */
export function toIndex766CardView(
  input: Index766CardInput,
  ctx: Index766CardContext,
): Index766CardView | null {
  const { history, unitCode } = input;
  const { lang, t } = ctx;
  const latest = latestIndexPeriod(history);
  const own = latest?.units.find((u) => u.unitCode === unitCode);
  if (!latest || !own) return null;
  const previousKey = periodKey(shiftPeriod(latest.period, -1));
  const previous: IndexPeriod | undefined = history.periods.find((p) => p.key === previousKey);
  // Last month counts when it has any figure: a missing group leaves only that group unknown.
  const before = previous?.units.find(
    (u) => u.unitCode === unitCode && (u.total !== null || u.groups.some((g) => g.score !== null)),
  );
  const previousText = formatPeriod(previousKey, lang);

  const knownIds = new Set(input.groups.map((g) => g.id));
  const catalogue = [
    ...input.groups.map((g) => ({ id: g.id, name: g.name[lang], max: g.maxPoints })),
    // A group the catalogue does not know is still shown, under its id.
    ...own.groups
      .filter((g) => !knownIds.has(g.id))
      .map((g) => ({ id: g.id, name: g.id, max: g.max })),
  ];
  const groups: CardGroup[] = catalogue.map(({ id, name, max }) => {
    const now = own.groups.find((g) => g.id === id);
    const change = delta(now?.score, before?.groups.find((g) => g.id === id)?.score);
    return {
      id,
      name,
      score: now?.score ?? null,
      max: now?.max ?? max,
      scoreText: formatNumber(now?.score ?? null, lang, 2),
      maxText: formatNumber(now?.max ?? max, lang),
      change,
      changeText: signedPoints(change, lang),
      direction: direction(change),
    };
  });
  const losers = groups.filter((g) => g.direction === 'down');
  const biggestLoser = losers.reduce<CardGroup | null>(
    (worst, g) => (worst === null || (g.change ?? 0) < (worst.change ?? 0) ? g : worst),
    null,
  );
  let lossText: string;
  if (!before) lossText = t('rankings.card.noPrevious', { period: previousText });
  else if (biggestLoser)
    lossText = t('rankings.card.biggestLoss', {
      group: biggestLoser.name,
      delta: biggestLoser.changeText,
    });
  else lossText = t('rankings.card.noLoss', { period: previousText });

  const totalChange = delta(own.total, before?.total);
  return {
    periodKey: latest.key,
    periodText: formatPeriod(latest.key, lang),
    total: own.total,
    totalText: formatNumber(own.total, lang, 2),
    maxTotal: own.maxTotal,
    maxText: formatNumber(own.maxTotal, lang),
    rank: own.rank,
    rankOf: latest.rankOf,
    aggregated: latest.reportedOn === 'former',
    previousText,
    previousAggregated: previous?.reportedOn === 'former',
    hasPrevious: before !== undefined,
    totalChange,
    totalChangeText: signedPoints(totalChange, lang),
    totalDirection: direction(totalChange),
    rankChange: own.rank !== null && before?.rank != null ? before.rank - own.rank : null,
    groups,
    biggestLoser,
    lossText,
    asOf: own.asOfText,
    source: own.source,
  };
}

/** The card's numbers for CSV export: one row per group and one for the total. */
export function index766CardCsv(view: Index766CardView, unitCode: string, t: TFunction): CsvTable {
  return {
    header: [
      t('panels.columns.periodCode'),
      t('panels.columns.unitCode'),
      t('rankings.card.group'),
      t('rankings.rankOverTime.score'),
      t('rankings.rankOverTime.maxScore'),
      t('rankings.card.change'),
      t('panels.columns.rank'),
      t('rankings.rankOverTime.rankOf'),
      t('panels.columns.asOf'),
      t('panels.columns.source'),
    ],
    rows: [
      ...view.groups.map((g) => [
        view.periodKey,
        unitCode,
        g.name,
        g.score,
        g.max,
        g.change === null ? null : Math.round(g.change * 100) / 100,
        null,
        null,
        view.asOf,
        view.source,
      ]),
      [
        view.periodKey,
        unitCode,
        t('rankings.index.index766'),
        view.total,
        view.maxTotal,
        view.totalChange === null ? null : Math.round(view.totalChange * 100) / 100,
        view.rank,
        view.rankOf,
        view.asOf,
        view.source,
      ],
    ],
  };
}

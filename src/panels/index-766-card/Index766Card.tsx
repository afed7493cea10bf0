import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ADMIN_UNITS } from '../../catalog/admin-units';
import { INDEX_766_CONFIG } from '../../catalog/index-766';
import { getDataSource } from '../../catalog/sources';
import { safeFileName } from '../../charts';
import { indexScoreQueries, type IndexHistory } from '../../data/queries/index-scores';
import { periodKey, periodOfInstant, shiftPeriod } from '../../domain/time/period';
import { useLanguage } from '../../i18n/use-language';
import { PanelFrame } from '../../ui/panel/PanelFrame';
import { PanelEmpty, PanelError, PanelLoading } from '../../ui/panel/PanelStates';
import { useNow } from '../../ui/use-now';
import { DataTable, type DataColumn } from '../common/DataTable';
import { describeError } from '../common/describe-error';
import { PanelActions } from '../common/PanelActions';
import { index766CardCsv, toIndex766CardView, type CardGroup, type Direction } from './transform';
import styles from './Index766Card.module.css';

const ARROW: Record<Direction, string> = { up: '▲', down: '▼', same: '■' };

function Change({ direction, text }: { direction: Direction | null; text: string }) {
  const { t } = useTranslation();
  if (direction === null) return <span className={styles.change}>—</span>;
  return (
    <span className={styles.change} data-direction={direction}>
      <span aria-hidden="true">{ARROW[direction]} </span>
      {text} <span className="visually-hidden">({t(`rankings.card.${direction}`)})</span>
    </span>
  );
}

function GroupTable({ groups, caption }: { groups: readonly CardGroup[]; caption: string }) {
  const { t } = useTranslation();
  const columns: DataColumn<CardGroup>[] = [
    { id: 'group', header: t('rankings.card.group'), text: (g) => g.name, rowHeader: true },
    {
      id: 'score',
      header: t('rankings.card.groupScore'),
      text: (g) => `${g.scoreText}/${g.maxText}`,
      sortValue: (g) => g.score,
      align: 'end',
    },
    {
      id: 'change',
      header: t('rankings.card.change'),
      text: (g) => g.changeText,
      sortValue: (g) => g.change,
      align: 'end',
    },
  ];
  return <DataTable caption={caption} columns={columns} rows={groups} rowKey={(g) => g.id} />;
}

interface Props {
  unitCode: string;
}

/** Months before the current one asked for first. */
const CARD_WINDOW_MONTHS = 6;

function hasScore(history: IndexHistory, unitCode: string): boolean {
  return history.periods.some((p) =>
    p.units.some((u) => u.unitCode === unitCode && u.total !== null),
  );
}

/** Chỉ số 766 of the province: score, rank of 34, the five groups and what changed last month. */
export function Index766Card({ unitCode }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  // The card needs the latest month and the one before: it asks for a recent window (about
  // 7 × 34 rows instead of the whole history, ~1 MB), and for the whole history only when the
  // window holds nothing for the province (a source months late, a trainer clock in the past).
  const now = useNow(60 * 60_000);
  const from = periodKey(shiftPeriod(periodOfInstant(now, 'month'), -CARD_WINDOW_MONTHS));
  const recent = useQuery(indexScoreQueries.history({ index: 'index766', from }));
  const recentHasUnit = recent.data ? hasScore(recent.data, unitCode) : false;
  const needFull = recent.isSuccess && !recentHasUnit;
  const full = useQuery({ ...indexScoreQueries.history({ index: 'index766' }), enabled: needFull });
  const query = needFull ? full : recent;
  const unitName = ADMIN_UNITS.currentByCode(unitCode)?.name ?? unitCode;
  const view = useMemo(
    () =>
      query.data
        ? toIndex766CardView(
            { history: query.data, unitCode, groups: INDEX_766_CONFIG.groups },
            { lang, t },
          )
        : null,
    [query.data, unitCode, lang, t],
  );
  const title = t('rankings.card.title', { unit: unitName });
  const sourceName = view?.source ?? getDataSource('national-portal-766')?.name[lang] ?? '';
  const errorText = query.error ? describeError(query.error, t) : null;

  let body;
  if (!query.data) {
    body = errorText ? (
      <PanelError message={errorText} onRetry={() => void query.refetch()} />
    ) : (
      <PanelLoading />
    );
  } else if (view === null) {
    body = <PanelEmpty />;
  } else {
    body = (
      <div className={styles.card}>
        <p className={styles.headline}>
          <span className={styles.score}>
            <span data-testid="index766-score" className="tabular">
              {view.totalText}
            </span>
            <span className={styles.max}>/{view.maxText}</span>
          </span>
          <span className={styles.rank} data-testid="index766-rank">
            {view.rank === null
              ? t('rankings.card.notRanked')
              : t('rankings.card.rank', { rank: view.rank, total: view.rankOf })}
          </span>
          <span className={styles.period}>{view.periodText}</span>
        </p>
        <p className={styles.line}>
          <Change
            direction={view.totalDirection}
            text={t('rankings.card.totalChange', {
              delta: view.totalChangeText,
              period: view.previousText,
            })}
          />
          {view.rankChange !== null && (
            <>
              {' · '}
              <Change
                direction={view.rankChange > 0 ? 'up' : view.rankChange < 0 ? 'down' : 'same'}
                text={
                  view.rankChange > 0
                    ? t('rankings.card.rankChangeUp', { count: view.rankChange })
                    : view.rankChange < 0
                      ? t('rankings.card.rankChangeDown', { count: -view.rankChange })
                      : t('rankings.card.rankSame')
                }
              />
            </>
          )}
        </p>
        <ul className={styles.groups} aria-label={t('rankings.card.group')}>
          {view.groups.map((g) => {
            const loser = view.biggestLoser?.id === g.id;
            const share = g.score === null ? 0 : Math.max(0, Math.min(1, g.score / g.max));
            return (
              <li key={g.id} className={styles.group}>
                <span className={loser ? styles.loser : undefined}>
                  {loser && <span aria-hidden="true">▼ </span>}
                  {g.name}
                </span>
                <span className="tabular">
                  {g.scoreText}/{g.maxText}
                </span>
                <Change direction={g.direction} text={g.changeText} />
                <span className={styles.bar} aria-hidden="true">
                  <span className={styles.fill} style={{ width: `${String(share * 100)}%` }} />
                </span>
              </li>
            );
          })}
        </ul>
        <p className={styles.line} data-testid="index766-loss">
          <strong>{view.lossText}</strong>
        </p>
        {view.aggregated && (
          <p className={styles.note}>
            {t('rankings.ranking.aggregated', { period: view.periodText })}
          </p>
        )}
        {view.hasPrevious && view.previousAggregated && (
          <p className={styles.note}>
            {t('rankings.card.aggregatedPrevious', { period: view.previousText })}
          </p>
        )}
      </div>
    );
  }

  return (
    <PanelFrame
      title={title}
      type="index-766-card"
      source={{ name: sourceName, asOf: view?.asOf ?? null }}
      refreshError={query.data && errorText ? t('panel.refreshFailed') : null}
      table={view ? <GroupTable groups={view.groups} caption={title} /> : undefined}
      actions={
        view ? (
          <PanelActions
            csv={{
              filename: `${safeFileName('index766', unitCode, view.periodKey)}.csv`,
              build: () => index766CardCsv(view, unitCode, t),
            }}
          />
        ) : null
      }
    >
      {body}
    </PanelFrame>
  );
}

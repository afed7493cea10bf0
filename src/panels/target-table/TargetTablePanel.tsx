import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ADMIN_UNITS } from '../../catalog/admin-units';
import { KPI_DEFINITIONS } from '../../catalog/kpis/registry';
import { getLegalSource } from '../../catalog/legal-sources';
import { safeFileName } from '../../charts';
import type { Pillar } from '../../domain/targets/pillar';
import { useLanguage } from '../../i18n/use-language';
import { PanelFrame } from '../../ui/panel/PanelFrame';
import { PanelEmpty, PanelError, PanelLoading } from '../../ui/panel/PanelStates';
import { useNow } from '../../ui/use-now';
import { ChartCaption } from '../common/ChartBody';
import { describeError } from '../common/describe-error';
import { PanelActions } from '../common/PanelActions';
import { TargetTableBody } from './TargetTableBody';
import {
  seriesOf,
  targetEntries,
  targetTableCsv,
  toTargetTableView,
  type TargetRow,
} from './transform';
import { useTargetSeries } from './use-target-data';
import styles from './TargetTable.module.css';

interface Props {
  unitCode: string;
  pillar: Pillar | null;
  pageSize?: number;
  /** key of the row whose glide path is shown elsewhere on the screen */
  selectedKey?: string | null;
  /** offered when the screen can show a row's glide path */
  onSelect?: (row: TargetRow) => void;
}

/** Every catalogued target with its legal source, current value, glide path, pace and status. */
export function TargetTablePanel({
  unitCode,
  pillar,
  pageSize = 12,
  selectedKey,
  onSelect,
}: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const now = useNow(60_000);
  const entries = useMemo(() => targetEntries(KPI_DEFINITIONS, unitCode), [unitCode]);
  const series = useMemo(() => seriesOf(entries), [entries]);
  const data = useTargetSeries(series);
  const unit = ADMIN_UNITS.currentByCode(unitCode);
  const unitName = unit?.name ?? unitCode;
  const loaded = !data.pending;

  const view = useMemo(
    () =>
      loaded && !data.allFailed
        ? toTargetTableView(
            {
              entries,
              series: (kpiId, code) => data.byKey.get(`${kpiId}|${code}`),
              nowMs: now,
              pillar,
              unitName,
            },
            { lang, t, legalSource: getLegalSource },
          )
        : null,
    [loaded, data.allFailed, data.byKey, entries, now, pillar, unitName, lang, t],
  );

  const title = pillar
    ? t('targets.table.titlePillar', { pillar: t(`targets.pillar.${pillar}`) })
    : t('targets.table.title');
  const errorText = data.firstError ? describeError(data.firstError, t) : null;

  let body;
  let actions = null;
  if (view === null) {
    body =
      data.allFailed && errorText ? (
        <PanelError message={errorText} onRetry={data.retry} />
      ) : (
        <PanelLoading />
      );
  } else if (view.rows.length === 0) {
    body = <PanelEmpty />;
  } else {
    actions = (
      <PanelActions
        csv={{
          filename: `${safeFileName('muc-tieu', unitCode, pillar ?? '')}.csv`,
          build: () => targetTableCsv(view, t),
        }}
      />
    );
    body = (
      <>
        <p className={styles.summary}>
          {t('targets.table.count', {
            count: view.counts.total,
            achieved: view.counts.achieved,
            missed: view.counts.missed,
            live: view.counts.live,
          })}
        </p>
        {view.failedKpis > 0 && (
          <ChartCaption>{t('targets.table.failed', { count: view.failedKpis })}</ChartCaption>
        )}
        <TargetTableBody
          rows={view.rows}
          caption={`${title} — ${t('targets.table.caption')}`}
          pageSize={pageSize}
          selectedKey={selectedKey ?? null}
          {...(onSelect ? { onSelect } : {})}
        />
      </>
    );
  }

  return (
    <PanelFrame
      title={title}
      type="target-table"
      source={{ name: t('targets.table.sourceName'), asOf: view?.asOf ?? null }}
      refreshError={view !== null && data.refreshFailed ? t('panel.refreshFailed') : null}
      actions={actions}
    >
      {body}
    </PanelFrame>
  );
}

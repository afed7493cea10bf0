import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { getKpi } from '../../catalog/kpis/registry';
import { getDataSource } from '../../catalog/sources';
import { formatNumber, formatPercent } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import {
  EN_MAP_MESSAGES,
  ProvinceMap,
  ProvinceTable,
  VI_MAP_MESSAGES,
  sequentialColors,
  thresholdLegend,
} from '../../map';
import { PanelFrame } from '../../ui/panel/PanelFrame';
import { PanelError, PanelLoading } from '../../ui/panel/PanelStates';
import type { ThemeName } from '../../ui/tokens';
import { describeError } from '../common/describe-error';
import { useProvinceRanking } from '../ranking-bar/use-ranking';
import type { ChoroplethOptions } from './definition';
import { choroplethThresholds, toUnitValues } from './transform';
import styles from './ChoroplethPanel.module.css';

interface Props {
  options: ChoroplethOptions;
  unitCode: string;
  theme: ThemeName;
  /** a province clicked or chosen by keyboard on the map or in its table */
  onSelectUnit?: (code: string) => void;
}

/** The 34 provinces coloured by one KPI; the own unit is selected; clicking selects another. */
export function ChoroplethPanel({ options, unitCode, theme, onSelectUnit }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const kpi = getKpi(options.kpiId);
  const ranking = useProvinceRanking(kpi, options.kpiId, unitCode, null);
  const view = ranking.view;

  const legend = useMemo(() => {
    if (!kpi) return null;
    const thresholds = choroplethThresholds(kpi);
    return thresholdLegend({
      title: kpi.shortName[lang],
      thresholds,
      colors: sequentialColors(theme, thresholds.length + 1),
      format: (v) =>
        kpi.unit === 'percent'
          ? formatPercent(v / 100, lang, 0)
          : formatNumber(v, lang, kpi.precision),
      noData: {
        label: t('panel.freshness.no-data'),
        color: theme === 'wall' ? '#3a4656' : '#b8bec6',
      },
    });
  }, [kpi, lang, theme, t]);
  const values = useMemo(
    () => (view && kpi ? toUnitValues(view.rows, choroplethThresholds(kpi)) : {}),
    [view, kpi],
  );

  if (!kpi || !legend) {
    return (
      <PanelFrame title={options.kpiId}>
        <PanelError message={`Unknown KPI "${options.kpiId}"`} />
      </PanelFrame>
    );
  }

  const title = view?.periodText ? `${kpi.name[lang]} — ${view.periodText}` : kpi.name[lang];
  const messages = lang === 'vi' ? VI_MAP_MESSAGES : EN_MAP_MESSAGES;
  const errorText = ranking.firstError ? describeError(ranking.firstError, t) : null;
  const select = (code: string | null) => {
    if (code !== null) onSelectUnit?.(code);
  };

  let body;
  if (view === null) {
    body =
      errorText && !ranking.pending ? (
        <PanelError message={errorText} onRetry={ranking.retry} />
      ) : (
        <PanelLoading />
      );
  } else {
    body = (
      <div className={styles.map}>
        <ProvinceMap
          unitSet="current"
          values={values}
          legend={legend}
          selectedCode={unitCode}
          onSelect={select}
          ariaLabel={title}
          theme={theme}
          messages={messages}
        />
      </div>
    );
  }

  return (
    <PanelFrame
      title={title}
      source={{
        name: view?.source ?? getDataSource(kpi.sourceId)?.name[lang] ?? kpi.sourceId,
        asOf: view?.asOf ?? null,
      }}
      refreshError={view !== null && ranking.refreshFailed ? t('panel.refreshFailed') : null}
      table={
        view ? (
          <ProvinceTable
            unitSet="current"
            values={values}
            legend={legend}
            caption={title}
            selectedCode={unitCode}
            onSelect={select}
            messages={messages}
          />
        ) : undefined
      }
    >
      {body}
    </PanelFrame>
  );
}

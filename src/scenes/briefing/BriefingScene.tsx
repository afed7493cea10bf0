import { useMemo, useState } from 'react';
import { Link, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ADMIN_UNITS } from '../../catalog/admin-units';
import { getKpi } from '../../catalog/kpis/registry';
import { getLegalSource } from '../../catalog/legal-sources';
import type { KpiDefinition } from '../../domain/kpi/definition';
import { useLanguage } from '../../i18n/use-language';
import type { SceneProps } from '../../panels/scene';
import { deskFilters } from '../../panels/kpi-tile/filters';
import { scorecardKpis } from '../../panels/scorecard/definition';
import { useKpiSeriesSet } from '../../panels/scorecard/use-kpi-series';
import { StatusBadge } from '../../ui/StatusBadge';
import { BRIEFING_KEY_KPIS } from './definition';
import { toBriefingModel } from './model';
import styles from './BriefingScene.module.css';

const KEY_KPIS: readonly KpiDefinition[] = BRIEFING_KEY_KPIS.map((id) => getKpi(id)).filter(
  (k): k is KpiDefinition => k !== undefined,
);
const SCORECARD_KPIS = scorecardKpis({});
// One query per KPI, shared with the overview's panels (same query keys).
const ALL_KPIS = [...new Map([...KEY_KPIS, ...SCORECARD_KPIS].map((k) => [k.id, k])).values()];

/** Báo cáo giao ban: the overview's numbers for the unit and period, as a printable A4 document. */
export function BriefingScene({ unitCode }: SceneProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const search: unknown = useSearch({ strict: false });
  const { period, compare = 'prev' } = deskFilters(search);
  // The time the report was generated: fixed when the page opens, as on a printed document.
  const [generatedAt] = useState(() => Date.now());
  const series = useKpiSeriesSet(ALL_KPIS, unitCode);
  const unit = ADMIN_UNITS.currentByCode(unitCode);
  const unitName = unit ? (lang === 'vi' ? unit.fullName : unit.name) : unitCode;

  const model = useMemo(() => {
    const byId = new Map(series.loaded.map((l) => [l.kpi.id, l]));
    return toBriefingModel(
      {
        unitName,
        period,
        compare,
        nowMs: generatedAt,
        scorecard: SCORECARD_KPIS.flatMap((k) => byId.get(k.id) ?? []),
        keyKpis: KEY_KPIS.flatMap((k) => byId.get(k.id) ?? []),
      },
      { lang, t, legalSource: getLegalSource },
    );
  }, [series.loaded, unitName, period, compare, generatedAt, lang, t]);

  const pending = series.pending.length;
  const failed = series.failed.map((f) => f.kpi.shortName[lang]);

  return (
    <article className={styles.document} aria-labelledby="briefing-title" data-testid="briefing">
      <div className={styles.toolbar}>
        <Link to="/" search={(prev: Record<string, unknown>) => prev}>
          {t('briefing.document.back')}
        </Link>
        <button
          type="button"
          className="button"
          onClick={() => {
            window.print();
          }}
        >
          {t('briefing.document.print')}
        </button>
      </div>
      <header className={styles.header}>
        <h1 id="briefing-title" className={styles.title}>
          {t('briefing.title')}
        </h1>
        <dl className={styles.meta}>
          <dt>{t('briefing.document.unit')}</dt>
          <dd data-testid="briefing-unit">{model.unitName}</dd>
          <dt>{t('briefing.document.period')}</dt>
          <dd data-testid="briefing-period">{model.periodText}</dd>
          <dt>{t('briefing.document.comparison')}</dt>
          <dd>{model.compareText}</dd>
          <dt>{t('briefing.document.generatedAt')}</dt>
          <dd data-testid="briefing-generated">{model.generatedAtText}</dd>
        </dl>
      </header>

      <p className={styles.progress} role="status">
        {pending > 0 ? t('briefing.document.loading', { count: pending }) : ''}
      </p>
      {failed.length > 0 && (
        <p className={styles.warning} role="alert">
          {t('briefing.document.incomplete', { count: failed.length, names: failed.join(', ') })}
        </p>
      )}

      <section aria-labelledby="briefing-scorecard" className={styles.section}>
        <h2 id="briefing-scorecard">{t('briefing.document.scorecard')}</h2>
        <p>{t('briefing.scorecard.summary', model.summary)}</p>
        <table className={styles.table} data-testid="briefing-scorecard">
          <thead>
            <tr>
              <th scope="col">{t('briefing.scorecard.kpi')}</th>
              <th scope="col">{t('briefing.scorecard.value')}</th>
              <th scope="col">{t('briefing.scorecard.target')}</th>
              <th scope="col">{t('briefing.scorecard.legal')}</th>
              <th scope="col">{t('briefing.scorecard.status')}</th>
              <th scope="col">{t('briefing.scorecard.projection')}</th>
            </tr>
          </thead>
          <tbody>
            {model.scorecard.map((row) => (
              <tr key={row.key} data-kpi={row.kpiId} data-year={row.year}>
                <th scope="row">{row.name}</th>
                <td className="tabular">
                  {row.valueText}
                  {row.periodText && <span className={styles.muted}> ({row.periodText})</span>}
                </td>
                <td>
                  {row.targetText} ({row.year})
                </td>
                <td>{row.sources.join(', ')}</td>
                <td>
                  <StatusBadge tone={row.tone} label={t(`kpi.status.${row.status}`)} />
                </td>
                <td>{row.projection.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="briefing-key" className={styles.section}>
        <h2 id="briefing-key">{t('briefing.document.keyKpis')}</h2>
        <table className={styles.table} data-testid="briefing-key-kpis">
          <thead>
            <tr>
              <th scope="col">{t('briefing.scorecard.kpi')}</th>
              <th scope="col">{t('briefing.scorecard.value')}</th>
              <th scope="col">{t('briefing.document.valuePeriod')}</th>
              <th scope="col">
                {t('briefing.document.change')} ({model.compareText.toLowerCase()})
              </th>
              <th scope="col">{t('briefing.scorecard.status')}</th>
              <th scope="col">{t('briefing.document.source')}</th>
              <th scope="col">{t('briefing.document.asOf')}</th>
            </tr>
          </thead>
          <tbody>
            {model.keyKpis.map((row) => (
              <tr key={row.kpiId} data-kpi={row.kpiId}>
                <th scope="row">{row.name}</th>
                <td className="tabular" data-testid="briefing-value">
                  {row.valueText}
                </td>
                <td>{row.periodText}</td>
                <td className="tabular">{row.changeText}</td>
                <td>
                  <StatusBadge tone={row.tone} label={row.statusText} />
                </td>
                <td data-testid="briefing-source">{row.source}</td>
                <td data-testid="briefing-asof">{row.asOfText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <footer className={styles.footer}>{t('briefing.document.footer')}</footer>
    </article>
  );
}

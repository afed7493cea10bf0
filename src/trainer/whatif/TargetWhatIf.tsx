import { useId, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { KPI_DEFINITIONS, getKpi } from '../../catalog/kpis/registry';
import { kpiQueries } from '../../data/queries/kpi';
import { periodKey } from '../../domain/time/period';
import { formatDate, formatNumber, formatPeriod } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { kpisWith2030Target, targetWhatIf } from './target-model';
import styles from './WhatIf.module.css';

const OFFERED = kpisWith2030Target(KPI_DEFINITIONS);
export const DEFAULT_WHAT_IF_KPI = OFFERED.some((k) => k.id === 'society.e-payment-accounts')
  ? 'society.e-payment-accounts'
  : (OFFERED[0]?.id ?? '');

interface Props {
  readonly unitCode: string;
  readonly kpiId: string | undefined;
  readonly pace: number | undefined;
  readonly onChange: (next: { kpi?: string; pace?: number }) => void;
}

/** "If the share rises N points a month, when do we reach the 2030 target?" */
export function TargetWhatIf({ unitCode, kpiId, pace, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { kpi: useId(), pace: useId() };
  const kpi = OFFERED.find((k) => k.id === kpiId) ?? getKpi(DEFAULT_WHAT_IF_KPI);
  const [draftPace, setDraftPace] = useState<number>(pace ?? 3);
  const perMonth = pace ?? draftPace;
  const series = useQuery({
    ...kpiQueries.series({ indicatorId: kpi?.id ?? '', unitCode }),
    enabled: kpi !== undefined,
  });
  const history = useMemo(
    () =>
      (series.data ?? [])
        .filter((o) => o.value !== null)
        .map((o) => ({ period: o.period, value: o.value as number })),
    [series.data],
  );
  if (!kpi) return null;
  const vm = targetWhatIf(kpi, history, perMonth);
  const digits = 1;
  const num = (v: number) => formatNumber(v, lang, digits);

  return (
    <section
      id="trainer-whatif-target"
      data-panel-type="trainer-whatif-target"
      className={styles.box}
      aria-labelledby="trainer-whatif-target-title"
    >
      <h3 id="trainer-whatif-target-title" className={styles.title}>
        {t('trainer.target.heading')}
      </h3>
      <div className={styles.form}>
        <label htmlFor={ids.kpi}>{t('trainer.target.kpi')}</label>
        <select
          id={ids.kpi}
          value={kpi.id}
          onChange={(e) => {
            onChange({ kpi: e.target.value });
          }}
        >
          {OFFERED.map((k) => (
            <option key={k.id} value={k.id}>
              {k.shortName[lang]}
            </option>
          ))}
        </select>
        <label htmlFor={ids.pace}>{t('trainer.target.pace')}</label>
        <input
          id={ids.pace}
          type="number"
          step={0.5}
          min={-20}
          max={20}
          value={perMonth}
          data-testid="trainer-pace"
          onChange={(e) => {
            const n = Number(e.target.value);
            if (e.target.value !== '' && Number.isFinite(n) && n >= -20 && n <= 20) {
              setDraftPace(n);
              onChange({ pace: n });
            }
          }}
        />
      </div>
      {series.isPending && <p>{t('trainer.loadingData')}</p>}
      {series.isError && (
        <p role="alert">{t('trainer.loadFailed', { message: series.error.message })}</p>
      )}
      {vm && series.isSuccess && (
        <div className={styles.results} data-testid="trainer-target-result">
          <p>
            {t('trainer.target.targetLine', {
              comparator: vm.target.comparator.replace('>=', '≥').replace('<=', '≤'),
              value: num(vm.target.value),
            })}
          </p>
          {vm.latest === null ? (
            <p>{t('trainer.target.noData')}</p>
          ) : (
            <>
              <p
                data-testid="trainer-target-latest"
                data-value={vm.latest.value}
                data-period={periodKey(vm.latest.period)}
              >
                {t('trainer.target.latest', {
                  value: num(vm.latest.value),
                  period: formatPeriod(periodKey(vm.latest.period), lang),
                })}
              </p>
              <p className={styles.answer} aria-live="polite" data-testid="trainer-target-answer">
                {vm.atPace?.kind === 'projected' && (
                  <time dateTime={new Date(vm.atPace.estimateMs).toISOString()}>
                    {t(
                      vm.atPace.byDeadline ? 'trainer.target.atPace' : 'trainer.target.atPaceLate',
                      {
                        pace: num(perMonth),
                        date: formatDate(vm.atPace.estimateMs, lang),
                      },
                    )}
                  </time>
                )}
                {vm.atPace?.kind === 'never' && t('trainer.target.never')}
                {vm.atPace?.kind === 'already-met' && t('trainer.target.alreadyMet')}
              </p>
              <p>
                {vm.required?.kind === 'required' &&
                  t('trainer.target.required', {
                    pace: formatNumber(vm.required.perMonth, lang, 2),
                  })}
                {vm.required?.kind === 'deadline-passed' && t('trainer.target.deadlinePassed')}
              </p>
              <p className={styles.muted}>
                {t('trainer.target.trend', {
                  text:
                    vm.trend.kind === 'projected'
                      ? t('trainer.target.trendProjected', {
                          date: formatDate(vm.trend.estimateMs, lang),
                          slope: formatNumber(vm.trend.slopePerMonth, lang, 2),
                        })
                      : vm.trend.kind === 'insufficient-data'
                        ? t('trainer.target.trendInsufficient', {
                            points: vm.trend.points,
                            required: vm.trend.required,
                          })
                        : vm.trend.kind === 'already-met'
                          ? t('trainer.target.alreadyMet')
                          : t('trainer.target.trendNotImproving'),
                })}
              </p>
            </>
          )}
        </div>
      )}
    </section>
  );
}

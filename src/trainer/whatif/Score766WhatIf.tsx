import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { INDEX_766_CONFIG } from '../../catalog/index-766';
import { indexScoreQueries } from '../../data/queries/index-scores';
import { comparePeriods, periodKey } from '../../domain/time/period';
import { formatNumber, formatPeriod } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { score766WhatIf, startingRatios, type ComponentRatios } from './score766-model';
import styles from './WhatIf.module.css';

const COMPONENTS = INDEX_766_CONFIG.groups.flatMap((g) =>
  g.components.map((c) => ({ group: g, component: c })),
);

/** "If online payment rises 10 points, what happens to the 766 score and rank?" */
export function Score766WhatIf({ unitCode }: { readonly unitCode: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const scores = useQuery(indexScoreQueries.published({ index: 'index766' }));
  const [changes, setChanges] = useState<ComponentRatios>({});

  // The latest month published on the 34 current provinces.
  const latest = useMemo(() => {
    const rows = (scores.data ?? []).filter((s) => s.rankOf === 34 || s.rankOf === null);
    const last = rows.reduce<(typeof rows)[number] | null>(
      (best, s) => (best === null || comparePeriods(s.period, best.period) > 0 ? s : best),
      null,
    );
    if (last === null) return null;
    const key = periodKey(last.period);
    return {
      period: last.period,
      published: rows.filter((s) => periodKey(s.period) === key),
    };
  }, [scores.data]);

  const own = latest?.published.find((p) => p.unitCode === unitCode) ?? null;
  const year = latest?.period.year ?? 2025;
  const start = useMemo(
    () => (own ? startingRatios(INDEX_766_CONFIG, own, year) : {}),
    [own, year],
  );
  const ratios = { ...start, ...changes };
  const vm = latest
    ? score766WhatIf({
        config: INDEX_766_CONFIG,
        published: latest.published,
        unitCode,
        year,
        ratios,
      })
    : null;
  const points = (v: number | null) => (v === null ? '—' : formatNumber(v, lang, 2));
  const rank = (v: number | null) => (v === null ? '—' : formatNumber(v, lang));
  const groupName = (id: string) =>
    INDEX_766_CONFIG.groups.find((g) => g.id === id)?.name[lang] ?? id;
  const componentName = (id: string) =>
    COMPONENTS.find((c) => c.component.id === id)?.component.name[lang] ?? id;
  const best = vm?.gains[0];

  return (
    <section
      id="trainer-whatif-766"
      data-panel-type="trainer-whatif-766"
      className={styles.box}
      aria-labelledby="trainer-whatif-766-title"
    >
      <h3 id="trainer-whatif-766-title" className={styles.title}>
        {t('trainer.score766.heading')}
      </h3>
      {scores.isPending && <p>{t('trainer.loadingData')}</p>}
      {scores.isError && (
        <p role="alert">{t('trainer.loadFailed', { message: scores.error.message })}</p>
      )}
      {scores.isSuccess && vm === null && <p>{t('trainer.score766.noData')}</p>}
      {latest && vm && (
        <>
          <p className={styles.muted}>
            {t('trainer.score766.source', { period: formatPeriod(periodKey(latest.period), lang) })}
          </p>
          <div className={styles.answer} aria-live="polite" data-testid="trainer-766-result">
            <p data-testid="trainer-766-score" data-after={vm.adjusted.total ?? ''}>
              {t('trainer.score766.score', {
                before: points(vm.baseline.total),
                after: points(vm.adjusted.total),
              })}
            </p>
            <p data-testid="trainer-766-rank" data-after={vm.adjustedRank ?? ''}>
              {t('trainer.score766.rank', {
                before: rank(vm.baselineRank),
                after: rank(vm.adjustedRank),
                of: vm.rankOf,
              })}
            </p>
          </div>
          {best && best.gainPerPoint > 0 && (
            <p>
              {t('trainer.score766.best', {
                group: groupName(best.groupId),
                component: componentName(best.componentId),
                gain: formatNumber(best.gainPerPoint, lang, 3),
              })}
            </p>
          )}
          <div className={styles.sliders}>
            {COMPONENTS.map(({ component }) => {
              const value = Math.round((ratios[component.id] ?? 0) * 100);
              return (
                <label key={component.id} className={styles.slider}>
                  <span>{t('trainer.score766.component', { name: component.name[lang] })}</span>
                  <input
                    type="range"
                    min={0}
                    max={100}
                    step={1}
                    value={value}
                    data-component={component.id}
                    aria-valuetext={formatNumber(value, lang)}
                    onChange={(e) => {
                      const next = Number(e.target.value) / 100;
                      setChanges((c) => ({ ...c, [component.id]: next }));
                    }}
                  />
                  <output>{formatNumber(value, lang)}</output>
                </label>
              );
            })}
          </div>
          <button
            type="button"
            onClick={() => {
              setChanges({});
            }}
          >
            {t('trainer.score766.resetRatios')}
          </button>
          <table className={styles.table}>
            <caption>{t('trainer.score766.gains')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('trainer.score766.groupCol')}</th>
                <th scope="col">{t('trainer.score766.componentCol')}</th>
                <th scope="col">{t('trainer.score766.gainCol')}</th>
              </tr>
            </thead>
            <tbody>
              {vm.gains.map((g) => (
                <tr key={g.groupId}>
                  <th scope="row">{groupName(g.groupId)}</th>
                  <td>{componentName(g.componentId)}</td>
                  <td>{formatNumber(g.gainPerPoint, lang, 3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

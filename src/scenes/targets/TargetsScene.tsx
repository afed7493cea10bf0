import { useMemo } from 'react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ADMIN_UNITS } from '../../catalog/admin-units';
import { PILLARS, type Pillar } from '../../domain/targets/pillar';
import { useLanguage } from '../../i18n/use-language';
import { PanelSlot, type PanelSpec } from '../../panels/registry';
import type { SceneProps } from '../../panels/scene';
import { TargetTablePanel } from '../../panels/target-table/TargetTablePanel';
import { resolveTrendOptions } from '../../panels/trend/definition';
import { TrendPanel } from '../../panels/trend/TrendPanel';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { PanelFrame } from '../../ui/panel/PanelFrame';
import { PanelError } from '../../ui/panel/PanelStates';
import { TARGETS_PANELS } from './definition';
import { readSearch, type TargetsSearch } from './search';
import { parseTargetKey } from './selection';
import styles from './TargetsScene.module.css';

function Crashed({ title, onRetry }: { title: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <PanelFrame title={title}>
      <PanelError message={t('panel.crashed')} onRetry={onRetry} />
    </PanelFrame>
  );
}

/** Mục tiêu 2025–2030: every catalogued target, its legal source, where it stands, and its path. */
export function TargetsScene({ unitCode, theme, onSelectUnit }: SceneProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const navigate = useNavigate();
  const raw: unknown = useSearch({ strict: false });
  const search = useMemo(() => readSearch(raw), [raw]);
  const pillar: Pillar | null = search.pillar ?? null;
  const selected = parseTargetKey(search.target);
  const unit = ADMIN_UNITS.currentByCode(unitCode);
  const unitName = unit ? (lang === 'vi' ? unit.fullName : unit.name) : unitCode;

  const update = (next: Partial<TargetsSearch>) => {
    void navigate({
      to: '.',
      search: (prev: Record<string, unknown>) => ({ ...prev, ...next }),
    });
  };

  const render = (spec: PanelSpec) => {
    if (spec.type === 'target-table') {
      return (
        <ErrorBoundary
          fallback={(_e, reset) => <Crashed title={t('targets.title')} onRetry={reset} />}
        >
          <TargetTablePanel
            unitCode={unitCode}
            pillar={pillar ?? spec.pillar ?? null}
            {...(spec.pageSize === undefined ? {} : { pageSize: spec.pageSize })}
            selectedKey={search.target ?? null}
            onSelect={(row) => {
              update({ target: row.key });
            }}
          />
        </ErrorBoundary>
      );
    }
    if (spec.type === 'trend' && selected) {
      // The chosen row's target: its own KPI, unit (the country for national targets) and year.
      const options = resolveTrendOptions({
        ...spec,
        kpiId: selected.kpiId,
        glidePath: {
          targetYear: selected.year,
          level: selected.level,
          ...(selected.sourceId ? { sourceId: selected.sourceId } : {}),
        },
      });
      return (
        <ErrorBoundary
          key={search.target}
          fallback={(_e, reset) => <Crashed title={selected.kpiId} onRetry={reset} />}
        >
          <TrendPanel options={options} unitCode={selected.unitCode} />
        </ErrorBoundary>
      );
    }
    return <PanelSlot spec={spec} context={{ unitCode, theme, onSelectUnit }} />;
  };

  return (
    <section aria-labelledby="targets-title">
      <h1 id="targets-title" className={styles.title}>
        {t('targets.title')} <span className={styles.unit}>· {unitName}</span>
      </h1>
      <p className={styles.intro}>{t('targets.intro')}</p>
      <fieldset className={styles.filter}>
        <legend>{t('targets.filter.label')}</legend>
        {[null, ...PILLARS].map((p) => (
          <button
            key={p ?? 'all'}
            type="button"
            className={styles.filterButton}
            aria-pressed={pillar === p}
            onClick={() => {
              update({ pillar: p ?? undefined });
            }}
          >
            {p === null ? t('targets.filter.all') : t(`targets.pillar.${p}`)}
          </button>
        ))}
      </fieldset>
      <div className={styles.grid}>
        {TARGETS_PANELS.map(({ panel }, index) => (
          <div key={`${panel.type}-${String(index)}`}>{render(panel)}</div>
        ))}
      </div>
    </section>
  );
}

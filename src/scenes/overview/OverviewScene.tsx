import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ADMIN_UNITS } from '../../catalog/admin-units';
import { getKpi } from '../../catalog/kpis/registry';
import { kpiQueries } from '../../data/queries/kpi';
import { PanelLoading } from '../../ui/panel/PanelStates';
import { useLanguage } from '../../i18n/use-language';
import { PanelSlot, type PanelSpec } from '../../panels/registry';
import { OVERVIEW_PANELS } from './definition';
import { MAP_KPIS } from './map-kpis';
import { overviewSearchSchema } from './search';
import { deskFilters } from '../../panels/kpi-tile/filters';
import type { SceneProps } from '../../panels/scene';
import { useOnScreen } from './use-on-screen';
import styles from './OverviewScene.module.css';

/** The choropleth coloured by the KPI chosen in the URL (`mapKpi`), other panels as defined. */
function withMapKpi(panel: PanelSpec, mapKpi: string | undefined): PanelSpec {
  return panel.type === 'choropleth' && mapKpi ? { ...panel, kpiId: mapKpi } : panel;
}

/** How long the headline may hold the other panels back before they load anyway. */
const LEAD_GRACE_MS = 2500;

/**
 * The headline number first: the other panels (dozens of requests: every province for the
 * ranking and the map, every target KPI for the scorecard) mount once the first KPI tile's
 * series has settled, or after a grace period, so their requests do not queue in front of it.
 */
function useLeadSettled(unitCode: string): boolean {
  const lead = OVERVIEW_PANELS[0]?.panel;
  const kpiId = lead?.type === 'kpi-tile' ? lead.kpiId : '';
  const query = useQuery({
    ...kpiQueries.series({ indicatorId: kpiId, unitCode }),
    enabled: getKpi(kpiId) !== undefined,
  });
  const [graceOver, setGraceOver] = useState(false);
  useEffect(() => {
    const id = window.setTimeout(() => {
      setGraceOver(true);
    }, LEAD_GRACE_MS);
    return () => {
      window.clearTimeout(id);
    };
  }, []);
  return graceOver || getKpi(kpiId) === undefined || query.status !== 'pending';
}

interface SlotProps {
  wide: boolean | undefined;
  type: string;
  /** false: mount at once (the wall shows every panel; the first screen of the desk) */
  deferred: boolean;
  children: ReactNode;
}

/**
 * A grid cell whose panel mounts once it comes near the viewport; until then an empty box of
 * a panel's height holds its place (no loading state: nothing is loading yet).
 */
function Slot({ wide, type, deferred, children }: SlotProps) {
  const ref = useRef<HTMLDivElement>(null);
  const onScreen = useOnScreen(ref, deferred);
  return (
    <div ref={ref} className={wide ? styles.wide : undefined} data-slot={type}>
      {onScreen ? children : <div className={styles.deferred} aria-hidden="true" />}
    </div>
  );
}

/** Tổng quan: where the province stands against its targets. */
export function OverviewScene({ unitCode, theme, onSelectUnit }: SceneProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const navigate = useNavigate();
  const chooserId = useId();
  // Root filters (kept across screens) and the overview's own map choice; strict: false so
  // the wall, which renders the same scene under another route, reads them too.
  const search: unknown = useSearch({ strict: false });
  const { period, compare } = deskFilters(search);
  const parsed = overviewSearchSchema.safeParse(search);
  const mapKpi = parsed.success ? parsed.data.mapKpi : undefined;
  const mapDefault = OVERVIEW_PANELS.find((p) => p.panel.type === 'choropleth')?.panel;
  const mapValue = mapKpi ?? (mapDefault && 'kpiId' in mapDefault ? mapDefault.kpiId : '');
  const unit = ADMIN_UNITS.currentByCode(unitCode);
  const unitName = unit ? (lang === 'vi' ? unit.fullName : unit.name) : unitCode;
  const context = { unitCode, theme, onSelectUnit, period, compare };
  const leadSettled = useLeadSettled(unitCode);
  // Keyboard users reach every panel by Tab, not by scrolling: once focus enters the scene (or
  // the map's KPI is chosen), every deferred panel mounts. The wall shows all panels at once.
  const [revealed, setRevealed] = useState(false);
  const defer = theme !== 'wall' && !revealed;

  return (
    <section
      aria-labelledby="overview-title"
      onFocus={() => {
        setRevealed(true);
      }}
    >
      <div className={styles.heading}>
        <h1 id="overview-title" className={styles.title}>
          {t('nav.overview')} <span className={styles.unit}>· {unitName}</span>
        </h1>
        <div className={styles.tools}>
          {mapDefault && (
            <span className={styles.chooser}>
              <label htmlFor={chooserId}>{t('briefing.overview.mapKpi')}</label>
              <select
                id={chooserId}
                value={mapValue}
                onChange={(event) => {
                  setRevealed(true);
                  void navigate({
                    to: '.',
                    search: (prev: Record<string, unknown>) => ({
                      ...prev,
                      mapKpi: event.target.value,
                    }),
                  });
                }}
              >
                {MAP_KPIS.map((kpi) => (
                  <option key={kpi.id} value={kpi.id}>
                    {kpi.shortName[lang]}
                  </option>
                ))}
              </select>
            </span>
          )}
          <Link
            to="/briefing"
            search={(prev: Record<string, unknown>) => prev}
            className="button"
            data-testid="briefing-link"
          >
            {t('briefing.overview.briefingLink')}
          </Link>
        </div>
      </div>
      <div className={styles.grid}>
        {OVERVIEW_PANELS.map(({ panel, wide }, index) => (
          <Slot
            key={`${panel.type}-${String(index)}`}
            wide={wide}
            type={panel.type}
            deferred={index > 0 && defer}
          >
            {index === 0 || leadSettled ? (
              <PanelSlot spec={withMapKpi(panel, mapKpi)} context={context} />
            ) : (
              <div className={styles.waiting}>
                <PanelLoading />
              </div>
            )}
          </Slot>
        ))}
      </div>
    </section>
  );
}

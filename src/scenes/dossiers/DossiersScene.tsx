import { useId, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useRouter, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ADMIN_UNITS } from '../../catalog/admin-units';
import {
  BREAKDOWN_FIRST_PERIOD,
  departmentUnitCode,
  dossierQueries,
} from '../../data/queries/dossiers';
import { useLanguage } from '../../i18n/use-language';
import {
  DossierDrillProvider,
  type DossierDrill,
  type DrillTarget,
} from '../../panels/dossier-common/drill';
import { departmentIdOf, departmentName } from '../../panels/dossier-common/names';
import { useDossierPeriod } from '../../panels/dossier-common/use-period';
import { lateSortFrom } from '../../panels/late-dossiers/transform';
import { PanelSlot, type PanelSpec } from '../../panels/registry';
import type { SceneProps } from '../../panels/scene';
import { Breadcrumbs, type Crumb } from '../../ui/Breadcrumbs';
import { PanelLoading } from '../../ui/panel/PanelStates';
import { DOSSIERS_PANELS } from './definition';
import { searchSchema, type DossiersSearch } from './search';
import styles from './DossiersScene.module.css';

type SearchUpdate = Partial<DossiersSearch>;

/** Hồ sơ TTHC: the backlog, its age and the late dossiers, drilled down by department and procedure. */
export function DossiersScene({ unitCode, theme, onSelectUnit }: SceneProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const router = useRouter();
  const navigate = useNavigate();
  const departmentSelectId = useId();
  const procedureSelectId = useId();
  // Read loosely and validated here with the scene's own schema (every field has a fallback),
  // so the scene never depends on how the route tree is typed.
  const raw: unknown = useSearch({ strict: false });
  const search = useMemo(() => readSearch(raw), [raw]);
  const askedPeriod = search.period;
  const { period } = useDossierPeriod(unitCode, askedPeriod);
  const preReform = period !== null && period < BREAKDOWN_FIRST_PERIOD;

  // The drill-down is checked against the data: a stale or mistyped link falls back a level
  // with a notice instead of showing empty panels.
  const departments = useQuery({
    ...dossierQueries.breakdown(unitCode, period ?? '', 'department'),
    enabled: period !== null && !preReform,
  });
  const units = useQuery(dossierQueries.units(unitCode));
  const departmentIds = useMemo(
    () => departments.data?.map((s) => departmentIdOf(s.unitCode) ?? s.unitCode) ?? null,
    [departments.data],
  );
  // Before 07/2025 there is no breakdown to drill into: the province only.
  const askedDepartment = preReform ? undefined : search.department;
  const departmentUnknown =
    askedDepartment !== undefined &&
    departmentIds !== null &&
    !departmentIds.includes(askedDepartment);
  // A department is handed to the panels only once the source has confirmed it, so a bad link
  // never sends a request for a unit that does not exist.
  const checkingDepartment =
    askedDepartment !== undefined && departmentIds === null && departments.error === null;
  const department = departmentUnknown || departmentIds === null ? undefined : askedDepartment;
  const procedures = useQuery({
    ...dossierQueries.procedures(
      department ? departmentUnitCode(unitCode, department) : unitCode,
      period ?? '',
    ),
    enabled: period !== null && department !== undefined && !preReform,
  });
  const askedProcedure = department === undefined ? undefined : search.procedure;
  const procedureUnknown =
    askedProcedure !== undefined &&
    procedures.data !== undefined &&
    !procedures.data.some((p) => p.procedureCode === askedProcedure);
  const procedure = procedureUnknown ? undefined : askedProcedure;

  const targetOf = (update: SearchUpdate): DrillTarget => {
    const next = (prev: Record<string, unknown>) => ({ ...prev, ...update });
    return {
      href: router.buildLocation({ to: '.', search: next }).href,
      go: () => {
        void navigate({ to: '.', search: next });
      },
    };
  };
  const levelUpdate = (dept: string | undefined, proc: string | undefined): SearchUpdate => ({
    department: dept,
    procedure: proc,
    page: undefined,
  });

  const lateSort = lateSortFrom(search.sort, search.dir);
  const drill: DossierDrill = {
    toDepartment: (id) => targetOf(levelUpdate(id, undefined)),
    toProcedure: (dept, code) => targetOf(levelUpdate(dept, code)),
    lateList: {
      sort: lateSort,
      page: search.page ?? 1,
      onSort: (next) => {
        targetOf({
          sort: next.columnId as DossiersSearch['sort'],
          dir: next.direction === 'ascending' ? 'asc' : 'desc',
          page: undefined,
        }).go();
      },
      onPage: (page) => {
        targetOf({ page: page === 1 ? undefined : page }).go();
      },
    },
  };

  const unit = ADMIN_UNITS.currentByCode(unitCode);
  const unitName = unit ? (lang === 'vi' ? unit.fullName : unit.name) : unitCode;
  const procedureName = procedures.data?.find((p) => p.procedureCode === procedure)?.procedureName;
  const crumbs: Crumb[] = [
    { key: 'province', label: unitName, ...link(targetOf(levelUpdate(undefined, undefined))) },
  ];
  if (department !== undefined) {
    crumbs.push({
      key: 'department',
      label: departmentName(department, lang, units.data),
      ...link(targetOf(levelUpdate(department, undefined))),
    });
  }
  if (department !== undefined && procedure !== undefined) {
    crumbs.push({ key: 'procedure', label: procedureName ?? procedure });
  }

  const scopeFilters = { period: period ?? undefined, department, procedure };
  const bind = (panel: PanelSpec): PanelSpec =>
    panel.type === 'dossier-backlog' ||
    panel.type === 'aging-buckets' ||
    panel.type === 'dossier-flow' ||
    panel.type === 'late-dossiers'
      ? { ...panel, ...scopeFilters }
      : panel;
  const context = { unitCode, theme, onSelectUnit, period: period ?? undefined };

  return (
    <section aria-labelledby="dossiers-title">
      <h1 id="dossiers-title" className={styles.title}>
        {t('dossiers.title')} <span className={styles.unit}>· {unitName}</span>
      </h1>
      <p className={styles.intro}>{t('dossiers.intro')}</p>
      <Breadcrumbs label={t('dossiers.crumbs.label')} items={crumbs} />
      <div className={styles.filters} role="group" aria-label={t('dossiers.filters.label')}>
        <span className={styles.filter}>
          <label htmlFor={departmentSelectId}>{t('dossiers.filters.department')}</label>
          <select
            id={departmentSelectId}
            value={department ?? ''}
            onChange={(event) => {
              targetOf(levelUpdate(event.target.value || undefined, undefined)).go();
            }}
          >
            <option value="">{t('dossiers.filters.allDepartments')}</option>
            {(departmentIds ?? [])
              .map((id) => ({ id, name: departmentName(id, lang, units.data) }))
              .sort((a, b) => a.name.localeCompare(b.name, lang))
              .map(({ id, name }) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
          </select>
        </span>
        {department !== undefined && (
          <span className={styles.filter}>
            <label htmlFor={procedureSelectId}>{t('dossiers.filters.procedure')}</label>
            <select
              id={procedureSelectId}
              value={procedure ?? ''}
              onChange={(event) => {
                targetOf(levelUpdate(department, event.target.value || undefined)).go();
              }}
            >
              <option value="">{t('dossiers.filters.allProcedures')}</option>
              {(procedures.data ?? []).map((p) => (
                <option key={p.procedureCode} value={p.procedureCode}>
                  {p.procedureCode} · {p.procedureName}
                </option>
              ))}
            </select>
          </span>
        )}
      </div>
      {departmentUnknown && (
        <p className={styles.notice} role="status">
          {t('dossiers.filters.unknownDepartment', { id: askedDepartment })}
        </p>
      )}
      {procedureUnknown && (
        <p className={styles.notice} role="status">
          {t('dossiers.filters.unknownProcedure', { code: askedProcedure })}
        </p>
      )}
      {preReform && (
        <p className={styles.notice} role="status">
          {t('dossiers.filters.preReform')}
        </p>
      )}
      <DossierDrillProvider value={drill}>
        {checkingDepartment ? (
          <PanelLoading />
        ) : (
          <div className={styles.grid}>
            {DOSSIERS_PANELS.map(({ panel, wide }, index) => (
              <div
                key={`${panel.type}-${String(index)}`}
                className={wide ? styles.wide : undefined}
              >
                <PanelSlot spec={bind(panel)} context={context} />
              </div>
            ))}
          </div>
        )}
      </DossierDrillProvider>
    </section>
  );
}

/** A crumb's link from a drill target. */
function link(target: DrillTarget): Pick<Crumb, 'href' | 'onNavigate'> {
  return { href: target.href, onNavigate: target.go };
}

/** The scene's parameters and the desk's month, from whatever the router hands over. */
function readSearch(raw: unknown): DossiersSearch & { period: string | undefined } {
  const parsed = searchSchema.safeParse(raw);
  const own = parsed.success ? parsed.data : {};
  const period =
    typeof raw === 'object' && raw !== null && 'period' in raw ? raw.period : undefined;
  return {
    ...own,
    period:
      typeof period === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(period) ? period : undefined,
  };
}

import { adminUnitsProblems } from '../domain/admin-units/validate';
import { isValidContract } from '../domain/freshness/freshness';
import { floodLevelsValid } from '../domain/alerts/flood';
import { index766ConfigProblems } from '../domain/scoring/index-766';
import { ADMIN_UNITS, ADMIN_UNITS_DATA } from './admin-units';
import raw from './admin-units.json';
import { DEPARTMENTS, getDepartment } from './departments';
import { FLOOD_STATIONS } from './flood-stations';
import { INDEX_766_CONFIG } from './index-766';
import { getKpi, KPI_DEFINITIONS } from './kpis/registry';
import { getLegalSource, LEGAL_SOURCES } from './legal-sources';
import { DATA_SOURCES, getDataSource } from './sources';

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
const duplicates = (xs: readonly string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);

describe('KPI catalogue integrity', () => {
  it('has unique, namespaced ids', () => {
    expect(duplicates(ids(KPI_DEFINITIONS))).toEqual([]);
    for (const k of KPI_DEFINITIONS) expect(k.id).toMatch(/^[a-z0-9]+(?:\.[a-z0-9-]+)+$/);
  });

  it('names every KPI in Vietnamese and English', () => {
    for (const k of KPI_DEFINITIONS) {
      for (const text of [k.name, k.shortName]) {
        expect(text.vi.trim(), k.id).not.toBe('');
        expect(text.en.trim(), k.id).not.toBe('');
      }
      // official Vietnamese wording carries diacritics (or is an acronym such as VN_AQI, DTI)
      expect(/[\u0080-\uffff]/.test(k.name.vi) || /^[A-Z0-9_. ]+/.test(k.name.vi), k.id).toBe(true);
    }
  });

  it('cites an existing source for every target, and keeps targets in range', () => {
    for (const k of KPI_DEFINITIONS) {
      for (const t of k.targets) {
        expect(t.sourceIds.length, k.id).toBeGreaterThan(0);
        for (const s of t.sourceIds) expect(getLegalSource(s), `${k.id} → ${s}`).toBeDefined();
        expect(t.value, k.id).toBeGreaterThanOrEqual(k.range.min);
        expect(t.value, k.id).toBeLessThanOrEqual(k.range.max);
        const higher = t.comparator === '>=' || t.comparator === '>';
        expect(higher, `${k.id}: comparator agrees with polarity`).toBe(
          k.polarity === 'higher-is-better',
        );
      }
    }
  });

  it('references existing departments and sources, with valid freshness contracts', () => {
    for (const k of KPI_DEFINITIONS) {
      expect(getDepartment(k.ownerDepartmentId), k.id).toBeDefined();
      expect(getDataSource(k.sourceId), k.id).toBeDefined();
      expect(isValidContract(k.freshness), k.id).toBe(true);
      expect(k.range.min, k.id).toBeLessThan(k.range.max);
      expect(Number.isInteger(k.precision) && k.precision >= 0 && k.precision <= 4, k.id).toBe(
        true,
      );
    }
  });

  it('ratio KPIs are shares or rates; percent KPIs stay within 0–100', () => {
    for (const k of KPI_DEFINITIONS) {
      if (k.aggregation === 'ratio') expect(['percent', 'per-10k-people'], k.id).toContain(k.unit);
      if (k.unit === 'percent') expect(k.range, k.id).toEqual({ min: 0, max: 100 });
      if (k.polarity === 'neutral') expect(k.targets, k.id).toEqual([]);
    }
  });

  it('covers every KPI the issue lists', () => {
    const required = [
      // kpis.md §2, digital government
      'dvc.full-online-services',
      'dvc.eligible-procedures-full-online',
      'dvc.online-dossier-share',
      'dvc.satisfaction',
      'dvc.procedures-cut',
      'dvc.redesigned-services',
      'dvc.seamless-identity',
      'ops.work-files-online',
      'ops.reporting-on-national-system',
      'ops.signed-e-documents',
      'ops.digital-inspections',
      'ops.online-training',
      'ops.staff-basic-digital-skills',
      'ops.staff-data-skills',
      'ops.services-24-7',
      'ops.ai-data-platform',
      'data.open-data-agencies',
      'data.national-databases',
      'participation.non-state-new-services',
      'rank.egdi',
      'rank.epi',
      'rank.ogdi',
      // digital economy and society
      'economy.digital-share-gdp',
      'economy.digital-share-sector',
      'economy.labour-productivity',
      'society.fibre-households',
      'society.fibre-communes',
      'society.smartphone',
      'society.e-payment-accounts',
      'society.digital-address',
      'budget.dx-share',
      'budget.security-share',
      // dossiers and online services a province reports
      'dossiers.received',
      'dossiers.processed-early',
      'dossiers.processed-on-time',
      'dossiers.processed-late',
      'dossiers.pending-within-deadline',
      'dossiers.pending-overdue',
      'dossiers.online-payment-share',
      'dossiers.digitised-components-share',
      'dossiers.electronic-results-share',
      'dvc.partial-online-services',
      // sensors
      'env.aqi',
      'env.pm25',
      'water.level',
      'traffic.flow',
    ];
    expect(required.filter((id) => getKpi(id) === undefined)).toEqual([]);
  });

  it('keeps both EGDI targets with their sources (749 vs 942)', () => {
    const egdi = getKpi('rank.egdi')!;
    const summary = egdi.targets.map((t) => `${t.year} ≤ ${t.value} (${t.sourceIds.join(',')})`);
    expect(summary).toEqual([
      '2025 ≤ 70 (qd-749-ttg-2020)',
      '2025 ≤ 50 (qd-942-ttg-2021)',
      '2030 ≤ 50 (qd-749-ttg-2020)',
      '2030 ≤ 30 (qd-942-ttg-2021)',
    ]);
  });

  it('notes the traps: work files are not dossiers; level 4 is now "toàn trình"', () => {
    const work = getKpi('ops.work-files-online')!;
    expect(work.category).not.toBe('dossiers');
    expect(work.notes.map((n) => n.vi).join(' ')).toContain('KHÔNG phải hồ sơ TTHC');
    expect(work.targets.map((t) => `${t.year}/${t.level}=${t.value}`)).toEqual(
      expect.arrayContaining(['2025/province=90', '2025/district=80', '2025/commune=60']),
    );
    for (const id of ['dvc.full-online-services', 'dvc.eligible-procedures-full-online']) {
      const k = getKpi(id)!;
      expect(k.notes.map((n) => n.vi).join(' '), id).toContain('toàn trình');
      for (const t of k.targets) expect(t.note?.vi, id).toContain('toàn trình');
    }
  });

  it('defines dvc.online-dossier-share as the brief states', () => {
    expect(getKpi('dvc.online-dossier-share')).toMatchObject({
      name: { vi: 'Tỷ lệ hồ sơ TTHC được xử lý hoàn toàn trực tuyến' },
      unit: 'percent',
      polarity: 'higher-is-better',
      targets: [{ year: 2025, comparator: '>=', value: 80, sourceIds: ['qd-942-ttg-2021'] }],
    });
    expect(getKpi('no.such-kpi')).toBeUndefined();
  });
});

describe('sources, departments, legal sources', () => {
  it('have unique ids and valid references', () => {
    expect(duplicates(ids(DATA_SOURCES))).toEqual([]);
    expect(duplicates(ids(DEPARTMENTS))).toEqual([]);
    expect(duplicates(ids(LEGAL_SOURCES))).toEqual([]);
    for (const s of DATA_SOURCES) {
      expect(getDepartment(s.ownerDepartmentId), s.id).toBeDefined();
      expect(isValidContract(s.freshness), s.id).toBe(true);
    }
    for (const l of LEGAL_SOURCES) {
      if (l.issued !== null) expect(l.issued, l.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(l.title.vi, l.id).not.toBe('');
    }
  });

  it('every legal source is cited by something', () => {
    const cited = new Set([
      ...KPI_DEFINITIONS.flatMap((k) => k.targets.flatMap((t) => t.sourceIds)),
      ...FLOOD_STATIONS.map((s) => s.sourceId),
    ]);
    // documents cited by the domain itself rather than by a target
    const citedInCode = [
      'qd-766-ttg-2022',
      'nq-76-cp-2021',
      'nd-43-2011',
      'nd-42-2022',
      'qd-922-btttt-2022',
      'qd-1459-tcmt-2019',
      'nq-202-2025-qh15',
      'qd-19-2025-ttg',
      'qcvn-05-2023-btnmt',
    ];
    for (const id of citedInCode) cited.add(id);
    expect(LEGAL_SOURCES.filter((l) => !cited.has(l.id)).map((l) => l.id)).toEqual([]);
  });
});

describe('766 configuration and flood stations', () => {
  it('the 766 configuration is consistent and names existing KPIs', () => {
    expect(index766ConfigProblems(INDEX_766_CONFIG)).toEqual([]);
    const kpiIds = INDEX_766_CONFIG.groups.flatMap((g) =>
      g.components.flatMap((c) => (c.kpiId ? [c.kpiId] : [])),
    );
    expect(kpiIds.filter((id) => getKpi(id) === undefined)).toEqual([]);
    const componentIds = INDEX_766_CONFIG.groups.flatMap((g) => g.components.map((c) => c.id));
    expect(duplicates(componentIds)).toEqual([]);
  });

  it('flood stations have ordered levels, a legal source and an existing unit', () => {
    expect(duplicates(ids(FLOOD_STATIONS))).toEqual([]);
    for (const s of FLOOD_STATIONS) {
      expect(floodLevelsValid(s.levels), s.id).toBe(true);
      expect(getLegalSource(s.sourceId), s.id).toBeDefined();
      expect(ADMIN_UNITS.currentByCode(s.unitCode), s.id).toBeDefined();
    }
  });
});

describe('administrative units data', () => {
  it('is complete and consistent: 34 current, 63 former, mapping both ways', () => {
    expect(adminUnitsProblems(raw)).toEqual([]);
    expect(ADMIN_UNITS_DATA.current).toHaveLength(34);
    expect(ADMIN_UNITS_DATA.former).toHaveLength(63);
    expect(ADMIN_UNITS_DATA.current.filter((u) => u.type === 'city').map((u) => u.name)).toEqual([
      'Hà Nội',
      'Hải Phòng',
      'Huế',
      'Đà Nẵng',
      'Hồ Chí Minh',
      'Cần Thơ',
    ]);
    // 11 unchanged units, 23 formed from 52 former ones
    const unchanged = ADMIN_UNITS_DATA.current.filter((u) => u.formedFrom.length === 1);
    expect(unchanged).toHaveLength(11);
    expect(
      ADMIN_UNITS_DATA.current.filter((u) => u.formedFrom.length > 1).flatMap((u) => u.formedFrom),
    ).toHaveLength(52);
  });

  it('matches the mapping table of admin-units.md', () => {
    const table: Record<string, string[]> = {
      '01': ['01'],
      '04': ['04'],
      '08': ['02', '08'],
      '11': ['11'],
      '12': ['12'],
      '14': ['14'],
      '15': ['10', '15'],
      '19': ['06', '19'],
      '20': ['20'],
      '22': ['22'],
      '24': ['24', '27'],
      '25': ['17', '25', '26'],
      '31': ['30', '31'],
      '33': ['33', '34'],
      '37': ['35', '36', '37'],
      '38': ['38'],
      '40': ['40'],
      '42': ['42'],
      '44': ['44', '45'],
      '46': ['46'],
      '48': ['48', '49'],
      '51': ['51', '62'],
      '52': ['52', '64'],
      '56': ['56', '58'],
      '66': ['54', '66'],
      '68': ['60', '67', '68'],
      '75': ['70', '75'],
      '79': ['74', '77', '79'],
      '80': ['72', '80'],
      '82': ['82', '87'],
      '86': ['83', '84', '86'],
      '91': ['89', '91'],
      '92': ['92', '93', '94'],
      '96': ['95', '96'],
    };
    const actual = Object.fromEntries(
      ADMIN_UNITS_DATA.current.map((u) => [u.code, [...u.formedFrom].sort()]),
    );
    expect(actual).toEqual(table);
  });

  it('carries the official areas and populations of merged units (Resolution 202)', () => {
    const figures: [string, number, number][] = [
      ['08', 13795.5, 1865270],
      ['15', 13256.92, 1778785],
      ['51', 14832.55, 2161755],
      ['79', 6772.59, 14002598],
      ['91', 9888.91, 4952238],
      ['92', 6360.83, 4199824],
      ['52', 21576.53, 3583693],
      ['68', 24233.07, 3872999],
    ];
    for (const [code, area, population] of figures) {
      expect(ADMIN_UNITS.currentByCode(code), code).toMatchObject({ areaKm2: area, population });
    }
  });
});

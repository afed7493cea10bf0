import { KPI, field, freshMocks, getJson, list } from '../testing';

// Cold generation of a seed takes a second or two; the whole suite runs files in parallel.
vi.setConfig({ testTimeout: 30_000 });

/** Behaviour of the KPI REST endpoints beyond the schema: filters, paging, errors. */
beforeEach(() => freshMocks());

const obs = async (query: string) =>
  list((await getJson(`${KPI}/kpi-observations?${query}`)).body, 'observations');

describe('KPI observations endpoint', () => {
  test('a ranking batch (many units, a window) answers each unit as its own request would', async () => {
    const units = ['92', '93', '94', '01', '79', '08'];
    const batch = await obs(
      `indicatorId=dvc.online-dossier-share&unitCode=${units.join(',')}&periodFrom=2026-08`,
    );
    // every unit's rows, in the order asked (generated with pauses for the page in between)
    expect([...new Set(batch.map((o) => field(o, 'unitCode')))]).toEqual(['92', '01', '79', '08']);
    for (const unit of units) {
      const single = await obs(
        `indicatorId=dvc.online-dossier-share&unitCode=${unit}&periodFrom=2026-08`,
      );
      expect(batch.filter((o) => field(o, 'unitCode') === unit)).toEqual(single);
    }
    expect(batch.every((o) => String(field(o, 'period')) >= '2026-08')).toBe(true);
  });

  test('the first client’s from/to and the contract’s periodFrom/periodTo agree', async () => {
    const a = await obs('indicatorId=dvc.online-dossier-share&unitCode=92&from=2026-01&to=2026-06');
    const b = await obs(
      'indicatorId=dvc.online-dossier-share&unitCode=92&periodFrom=2026-01&periodTo=2026-06',
    );
    expect(a.map((o) => field(o, 'period'))).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    expect(b).toEqual(a);
  });

  test('history: former units before 7/2025, current ones after; the running month is provisional', async () => {
    const tuyenQuang = await obs('indicatorId=dossiers.received&unitCode=02');
    expect(tuyenQuang.at(-1)).toMatchObject({ period: '2025-06', status: 'final' });
    const current = await obs('indicatorId=dossiers.received&unitCode=08');
    expect(current.at(-1)).toMatchObject({
      period: '2026-11',
      status: 'provisional',
      asOf: '2026-11-21T16:30:00+07:00',
    });
    expect(current.at(-2)).toMatchObject({ period: '2026-10', status: 'final' });
    // Monthly-by-day-10 source: October published on 10 November, November not yet.
    expect((await obs('indicatorId=dvc.satisfaction&unitCode=08')).at(-1)).toMatchObject({
      period: '2026-10',
    });
  });

  test('paging with limit and cursor returns every row once', async () => {
    const all = await obs('indicatorId=dossiers.online-filing-share&unitCode=92,01');
    const rows: unknown[] = [];
    let cursor: unknown;
    do {
      const r = await getJson(
        `${KPI}/kpi-observations?indicatorId=dossiers.online-filing-share&unitCode=92,01&limit=40${typeof cursor === 'string' ? `&cursor=${cursor}` : ''}`,
      );
      rows.push(...list(r.body, 'observations'));
      cursor = field(r.body, 'nextCursor');
    } while (cursor);
    expect(rows).toEqual(all);
  });

  test('a province ranking: one indicator, one period, every unit in force', async () => {
    const rows = await obs('indicatorId=dossiers.online-filing-share&period=2026-10');
    expect(rows.filter((o) => /^\d{2}$/.test(String(field(o, 'unitCode'))))).toHaveLength(34);
  });

  test.each([
    ['', 'indicatorId or unitCode'],
    ['indicatorId=dvc.online-dossier-share&unitCode=92&period=2025-13', 'period'],
    ['indicatorId=dvc.online-dossier-share&unitCode=92&limit=0', 'limit'],
    ['indicatorId=dvc.online-dossier-share&unitCode=92&limit=abc', 'limit'],
    ['indicatorId=dvc.online-dossier-share&unitCode=92&cursor=nope', 'cursor'],
    ['indicatorId=Bad Id&unitCode=92', 'indicatorId'],
  ])('?%s → 400 problem (%s)', async (query, message) => {
    const r = await getJson(`${KPI}/kpi-observations?${query}`);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ status: 400, title: 'Bad Request' });
    expect(String(field(r.body, 'detail'))).toContain(message);
  });

  test('unknown units and KPIs give an empty page, not an error', async () => {
    expect(await obs('indicatorId=no.such-kpi&unitCode=92')).toEqual([]);
    expect(await obs('indicatorId=dvc.online-dossier-share&unitCode=99')).toEqual([]);
    expect(await obs('indicatorId=env.aqi&unitCode=92')).toEqual([]); // served by SensorThings
  });
});

describe('companion endpoints', () => {
  test('department breakdown adds up to the province', async () => {
    const province = field(
      (await getJson(`${KPI}/dossier-statistics?unitCode=92&period=2026-10`)).body,
      'statistics',
      0,
    );
    const departments = list(
      (await getJson(`${KPI}/dossier-statistics?unitCode=92&period=2026-10&breakdown=department`))
        .body,
      'statistics',
    );
    const communes = list(
      (
        await getJson(
          `${KPI}/dossier-statistics?unitCode=92&period=2026-10&breakdown=commune&limit=10000`,
        )
      ).body,
      'statistics',
    );
    for (const key of ['received', 'processedLate', 'pendingOverdue', 'paidOnline']) {
      const sum = [...departments, ...communes].reduce(
        (s: number, r) => s + (field(r, key) as number),
        0,
      );
      expect(sum, key).toBe(field(province, key));
    }
  });

  test('units of a province: departments after the 2025 reorganisation and real commune names', async () => {
    const units = list((await getJson(`${KPI}/units?parent=92&limit=10000`)).body, 'units');
    const names = units.map((u) => field(u, 'name'));
    for (const name of [
      'Sở Nội vụ',
      'Sở Tư pháp',
      'Sở Xây dựng',
      'Sở Tài chính',
      'Sở Nông nghiệp và Môi trường',
      'Sở Khoa học và Công nghệ',
      'Sở Y tế',
      'Công an tỉnh',
      'Văn phòng Ủy ban nhân dân tỉnh',
      'Phường Ninh Kiều',
    ]) {
      expect(names).toContain(name);
    }
    expect(units.filter((u) => field(u, 'kind') !== 'department')).toHaveLength(103);
  });

  test('errors of the companions', async () => {
    expect((await getJson(`${KPI}/dossier-statistics`)).status).toBe(400);
    expect(
      (await getJson(`${KPI}/dossier-statistics?unitCode=02&breakdown=department`)).status,
    ).toBe(400);
    expect((await getJson(`${KPI}/late-dossiers?unitCode=92&status=lost`)).status).toBe(400);
    expect((await getJson(`${KPI}/index-scores?index=pci`)).status).toBe(400);
    expect((await getJson(`${KPI}/procedure-statistics?unitCode=92&period=2026`)).status).toBe(400);
  });
});

describe('warmSteps (generation in slices)', () => {
  test('warming the caches step by step changes nothing in the observations', async () => {
    const { clearGeneratorCaches } = await import('../caches');
    const { observationsFor, warmSteps } = await import('./observations');
    const gen = { seed: 1, nowMs: Date.parse('2026-11-22T12:00:00+07:00'), stories: [] };
    for (const [id, unit] of [
      ['dvc.online-dossier-share', '92'],
      ['dossiers.received', 'VN'],
      ['dossiers.on-time-share', '92.so-tu-phap'],
    ] as const) {
      clearGeneratorCaches();
      const cold = observationsFor(gen, id, unit);
      clearGeneratorCaches();
      let steps = 0;
      for (const step = warmSteps(gen, id, unit); step.next().done !== true;) steps += 1;
      expect(steps).toBeGreaterThan(0);
      expect(observationsFor(gen, id, unit)).toEqual(cold);
    }
    // KPIs without dossier counts behind them have nothing to warm
    expect(warmSteps(gen, 'health.beds-per-10k', '92').next().done).toBe(true);
  });
});

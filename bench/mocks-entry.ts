/**
 * Measurements of the mock generators, loaded by bench/mocks.mjs through Vite's module runner
 * (TypeScript and JSON imports, as in the app). Not a test: it prints nothing and returns figures.
 */
import { freezeClock } from '../mocks/clock';
import { clearGeneratorCaches } from '../mocks/caches';
import { evaluateConditions } from '../mocks/alerts/service';
import { lateDossiers, provinceCells } from '../mocks/kpi/dossiers';
import { dtiYear, dtiYearsPublished, index766Month } from '../mocks/kpi/indices';
import { observationsFor, servedKpiIds } from '../mocks/kpi/observations';
import { answer, currentService } from '../mocks/sta/handlers';
import { buildNetwork } from '../mocks/sta/network';
import { observationResult, tickSegments, tickTime } from '../mocks/sta/values';
import { setMockDatastreamCount, setMockProvince } from '../mocks/scenario';
import { REFORM_MONTH_INDEX, monthIndexAt, vnIso } from '../mocks/time';

export interface Figure {
  readonly name: string;
  readonly ms: number;
  readonly items: number;
  readonly note: string;
}

const NOW = Date.parse('2026-11-22T10:02:00+07:00');
const SEED = 20250701;
const BASE = 'http://bench.invalid/api/sta/v1.1';

function time<T>(run: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = run();
  return { ms: Math.round((performance.now() - t0) * 10) / 10, value };
}

function median(runs: number[]): number {
  const s = [...runs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Everything the dashboard can ask about one province, from cold caches. */
function fullProvince(province: string): number {
  const gen = { seed: SEED, nowMs: NOW, stories: [] };
  let items = 0;
  // Every served KPI, the whole history (former units before 7/2025 are the constituents).
  for (const id of servedKpiIds()) items += observationsFor(gen, id, province).length;
  // Breakdown by department, commune and procedure, every month since the reform.
  for (let x = REFORM_MONTH_INDEX; x <= monthIndexAt(NOW); x++)
    items += provinceCells(gen, province, x)?.length ?? 0;
  items += lateDossiers(gen, province, vnIso).length;
  for (let x = REFORM_MONTH_INDEX; x <= monthIndexAt(NOW) - 1; x++)
    items += index766Month(SEED, x).length;
  for (const y of dtiYearsPublished(NOW)) items += dtiYear(SEED, y).length;
  // Its sensor network (300 datastreams): latest value of each, and the last 24 hours.
  setMockProvince(province);
  setMockDatastreamCount(300);
  const svc = currentService(gen, BASE);
  items += sensorDay(svc.ctx);
  items += evaluateConditions(gen, province).length;
  return items;
}

/** Values of the last 24 hours of every datastream of a network. */
function sensorDay(ctx: ReturnType<typeof currentService>['ctx']): number {
  let n = 0;
  let checksum = 0;
  for (const ds of ctx.network.datastreams) {
    for (const [a, b] of tickSegments(ctx, ds)) {
      for (let k = b; k >= a && tickTime(ds, k) > NOW - 86_400_000; k--) {
        checksum += observationResult(ctx, ds, k);
        n++;
      }
    }
  }
  return checksum === Number.NEGATIVE_INFINITY ? -1 : n;
}

export function runBenchmarks(repeats = 3): Figure[] {
  freezeClock(NOW);
  // Warm the JIT on another province, so that "cold" measures empty caches, not compilation.
  fullProvince('01');
  const figures: Figure[] = [];
  const add = (name: string, runs: { ms: number; items: number }[], note: string) => {
    figures.push({ name, ms: median(runs.map((r) => r.ms)), items: runs[0]?.items ?? 0, note });
  };

  for (const province of ['92', '79']) {
    const cold = Array.from({ length: repeats }, () => {
      clearGeneratorCaches();
      const r = time(() => fullProvince(province));
      return { ms: r.ms, items: r.value };
    });
    add(
      `full province ${province}, cold`,
      cold,
      'every served KPI (full history), department/commune/procedure breakdown of every month since 7/2025, late-dossier list, 766 and DTI, 300 datastreams × 24 h, alert conditions',
    );
    const warm = Array.from({ length: repeats }, () => {
      const r = time(() => fullProvince(province));
      return { ms: r.ms, items: r.value };
    });
    add(
      `full province ${province}, warm`,
      warm,
      'the same again: what the browser worker answers from its caches (sensor values are never cached)',
    );
  }

  const gen = { seed: SEED, nowMs: NOW, stories: [] };
  const build = Array.from({ length: repeats }, () => {
    const r = time(() => buildNetwork(SEED, '01', 5000));
    return { ms: r.ms, items: r.value.datastreams.length };
  });
  add(
    'network of 5,000 datastreams: build',
    build,
    'Things, Locations, Datastreams of Hà Nội at 5,000 datastreams',
  );

  setMockProvince('01');
  setMockDatastreamCount(5000);
  const svc = currentService(gen, BASE);
  const latest = Array.from({ length: repeats }, () => {
    let pages = 0;
    const r = time(() => {
      let items = 0;
      for (let skip = 0; skip < 5000; skip += 1000) {
        const url = new URL(
          `${BASE}/Datastreams?$top=1000&$skip=${skip}&$expand=Observations($orderby=phenomenonTime desc;$top=1)`,
        );
        const body = answer(svc, url).body as { value: unknown[] };
        items += body.value.length;
        pages++;
      }
      return items;
    });
    return { ms: r.ms, items: r.value, pages };
  });
  add(
    '5,000 datastreams: latest observation of each (5 pages of 1,000, serialised)',
    latest,
    '$expand=Observations($orderby=phenomenonTime desc;$top=1), through the query engine',
  );

  const day = Array.from({ length: repeats }, () => {
    const r = time(() => sensorDay(svc.ctx));
    return { ms: r.ms, items: r.value };
  });
  add('5,000 datastreams: 24 hours of values', day, 'raw value generation (no JSON)');

  const national = Array.from({ length: repeats }, () => {
    clearGeneratorCaches();
    const r = time(() => observationsFor(gen, 'dvc.online-dossier-share', 'VN').length);
    return { ms: r.ms, items: r.value };
  });
  add(
    'national series (VN), cold',
    national,
    'dvc.online-dossier-share 2020-01 … now, 63 provinces + ministries, calibration included',
  );

  return figures;
}

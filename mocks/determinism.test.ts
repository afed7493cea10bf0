import { clearGeneratorCaches } from './caches';
import { applyScenarioSpec } from './scenario';
import { ALERTS, KPI, STA, freshMocks, getJson } from './testing';

// Cold generation of a seed takes a second or two; the whole suite runs files in parallel.
vi.setConfig({ testTimeout: 30_000 });

/** Same seed and clock → byte-identical data, from a cold start each time. */
const URLS = [
  `${KPI}/kpi-observations?indicatorId=dvc.online-dossier-share,dossiers.pending-overdue&unitCode=92,VN,02`,
  `${KPI}/kpi-observations?indicatorId=dossiers.online-filing-share&period=2026-10`,
  `${KPI}/dossier-statistics?unitCode=79&periodFrom=2025-07&breakdown=department`,
  `${KPI}/dossier-statistics?unitCode=01&period=2026-09&breakdown=commune`,
  `${KPI}/late-dossiers?unitCode=92&limit=200`,
  `${KPI}/index-scores`,
  `${KPI}/source-health`,
  `${STA}/Things?$expand=Locations,Datastreams($expand=Observations($top=2;$orderby=phenomenonTime desc))&$top=1000`,
  `${STA}/Observations?$filter=phenomenonTime ge 2026-11-20T00:00:00Z and result gt 10&$top=1000&$count=true`,
  `${ALERTS}/alerts`,
];

async function snapshot(seed: number): Promise<string[]> {
  await freshMocks();
  clearGeneratorCaches();
  applyScenarioSpec(`seed:${seed},story:flood/-4h`);
  const out: string[] = [];
  for (const url of URLS) out.push((await getJson(url)).text);
  return out;
}

describe('determinism', () => {
  test('the same seed gives byte-identical payloads', async () => {
    const a = await snapshot(7);
    const b = await snapshot(7);
    a.forEach((text, i) => {
      expect(text, URLS[i]).toBe(b[i]);
    });
    expect(a.every((t) => t.length > 100)).toBe(true);
  });

  test('another seed gives other data', async () => {
    const a = await snapshot(7);
    const c = await snapshot(8);
    const differing = a.filter((text, i) => text !== c[i]);
    expect(differing.length).toBeGreaterThanOrEqual(URLS.length - 1);
  });
});

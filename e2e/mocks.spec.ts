import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * Browser checks of the mocks: the worker serves every source, scenarios switch by URL, and
 * alert actions survive a reload (IndexedDB).
 */
test('sources answer in the browser; alert actions survive a reload', async ({ page }) => {
  await page.goto('/?unit=01');
  await page.waitForFunction(() => 'iocMocks' in window);
  const sta = await page.evaluate(async () => {
    const r = await fetch(
      '/api/sta/v1.1/Datastreams?$top=3&$expand=Observations($orderby=phenomenonTime desc;$top=1)&$count=true',
    );
    return (await r.json()) as { '@iot.count': number; value: { name: string }[] };
  });
  expect(sta['@iot.count']).toBe(300);
  const alerts = await page.evaluate(async () => {
    const r = await fetch('/api/alerts/v1/alerts');
    return (await r.json()) as { alerts: { id: string; state: string }[] };
  });
  const id = alerts.alerts[0]!.id;
  const ack = await page.evaluate(async (alertId) => {
    const r = await fetch(`/api/alerts/v1/alerts/${alertId}/acknowledge`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ by: 'Trực ban IOC', note: 'Đã nhận' }),
    });
    return r.status;
  }, id);
  expect(ack).toBe(200);
  await page.reload();
  await page.waitForFunction(() => 'iocMocks' in window);
  const after = await page.evaluate(async (alertId) => {
    const r = await fetch(`/api/alerts/v1/alerts/${alertId}`);
    return (await r.json()) as { state: string; acknowledgedBy: string };
  }, id);
  expect(after).toMatchObject({ state: 'acknowledged', acknowledgedBy: 'Trực ban IOC' });
  await page.evaluate(() => fetch('/__mocks/reset', { method: 'POST' }));
});

test('a scenario from the URL: story and virtual clock, and the console handle', async ({
  page,
}) => {
  // 5 h 45 min in: the flood's hold above alarm III (5 h–6.5 h), so the latest reading is
  // critical whatever the minute the test runs at (on the rise, a reading one tick old is not).
  await page.goto('/?unit=01&mock=story:flood/-5h45m,sensors:markup');
  await page.waitForFunction(() => 'iocMocks' in window);
  const scenario = await page.evaluate(
    async () => (await (await fetch('/__mocks/scenario')).json()) as { spec: string },
  );
  expect(scenario.spec).toContain('story:flood');
  const name = await page.evaluate(async () => {
    const r = await fetch('/api/sta/v1.1/Things(1)');
    return ((await r.json()) as { name: string }).name;
  });
  expect(name).toContain('<script>');
  const flood = await page.evaluate(async () => {
    const r = await fetch('/api/alerts/v1/alerts?kind=flood');
    return (await r.json()) as { alerts: { severity: string }[] };
  });
  expect(flood.alerts[0]?.severity).toBe('critical');
  expect(
    await page.evaluate(() => typeof (window as unknown as { iocMocks?: unknown }).iocMocks),
  ).toBe('object');
});

/** Objects named `name` (a Blink class such as MessagePort) alive in the page after a GC. */
async function liveObjects(page: Page, name: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const nameField = fields.indexOf('name');
  let count = 0;
  for (let i = nameField; i < snapshot.nodes.length; i += fields.length) {
    if (snapshot.strings[snapshot.nodes[i] ?? -1] === name) count++;
  }
  return count;
}

test('the mock worker leaves nothing behind per response (a wall runs on it for days)', async ({
  page,
}) => {
  await page.goto('/sources');
  await page.waitForFunction(() => 'iocMocks' in window);
  const before = await liveObjects(page, 'MessagePort');
  const served = await page.evaluate(async () => {
    let ok = 0;
    for (let i = 0; i < 200; i++) {
      const r = await fetch('/api/alerts/v1/alerts?limit=1');
      await r.json();
      if (r.ok) ok++;
    }
    return ok;
  });
  expect(served).toBe(200);
  // MSW mirrors every response to the page for its life-cycle events; unread, each mirror kept
  // a message port alive (one per response before mocks/browser.ts cancelled them).
  expect((await liveObjects(page, 'MessagePort')) - before).toBeLessThan(20);
});

import { fromVnDateTime } from '../../src/domain/time/zone';
import { aqiBand } from '../../src/domain/alerts/aqi';
import { buildNetwork, networkSizes } from './network';
import { aqi, baseWaterLevel, nowCast, pm25, trafficFlow, trafficSpeed } from './values';

/** Daily and seasonal patterns of kpis.md §5, on the default network of Hà Nội. */
const SEED = 20250701;
const net = buildNetwork(SEED, '01', 300);
const of = (kind: string) => net.things.filter((t) => t.kind === kind);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const days = (year: number, month: number) =>
  Array.from({ length: 28 }, (_, d) => d + 1).map((d) => ({ year, month, d }));

describe('sensor values', () => {
  test('network sizes: a few hundred datastreams by default, exactly N when scaled', () => {
    expect(net.datastreams).toHaveLength(300);
    for (const n of [50, 300, 1234, 5000]) {
      const s = networkSizes(n);
      expect(3 * s.air + s.water + s.flood + 3 * s.traffic).toBe(n);
    }
  });

  test('traffic peaks at 7–9 h and 16–19 h on weekdays, is quiet at night, and slows when busy', () => {
    const segment = of('traffic')[0]!;
    const weekdays = days(2026, 11).filter(({ year, month, d }) => {
      const dow = new Date(fromVnDateTime(year, month, d, 12) + 7 * 3_600_000).getUTCDay();
      return dow >= 1 && dow <= 5;
    });
    const at = (h: number) =>
      mean(
        weekdays.map(({ year, month, d }) =>
          trafficFlow(SEED, segment, fromVnDateTime(year, month, d, h)),
        ),
      );
    expect(at(8)).toBeGreaterThan(1.4 * at(12));
    expect(at(18)).toBeGreaterThan(at(12));
    expect(at(3)).toBeLessThan(at(8) / 5);
    const speedAt = (h: number) =>
      mean(
        weekdays.map(({ year, month, d }) =>
          trafficSpeed(SEED, segment, fromVnDateTime(year, month, d, h)),
        ),
      );
    expect(speedAt(18)).toBeLessThan(speedAt(3));
  });

  test('PM2.5 is higher at night and in the northern dry season; AQI follows the 1459 bands', () => {
    const station = of('air-quality')[0]!;
    const monthly = (month: number, h: number) =>
      mean(
        days(2026, month).map(({ year, d }) =>
          pm25(SEED, station, fromVnDateTime(year, month, d, h)),
        ),
      );
    expect(monthly(1, 2)).toBeGreaterThan(monthly(1, 14));
    expect(monthly(1, 14)).toBeGreaterThan(1.8 * monthly(7, 14));
    const a = aqi(SEED, station, fromVnDateTime(2026, 1, 10, 23));
    expect(aqiBand(a)).not.toBeNull();
    expect(nowCast([10, 10, 10])).toBeCloseTo(10);
    expect(nowCast([100, 10, 10, 10])).toBeGreaterThan(50);
  });

  test('rivers rise in their flood season (north: August)', () => {
    const station = of('water-level')[0]!;
    const level = (month: number) =>
      mean(
        days(2026, month).map(({ year, d }) =>
          baseWaterLevel(SEED, station, fromVnDateTime(year, month, d, 12)),
        ),
      );
    expect(level(8)).toBeGreaterThan(level(2) + 1);
  });
});

import { DATA_SOURCES } from '../../src/catalog/sources';
import { assessFreshness } from '../../src/domain/freshness/freshness';
import { fromVnDateTime, toVnDateTime } from '../../src/domain/time/zone';
import type { RequestContext } from '../context';
import { noise } from '../random';
import { peekFault, type MockSourceId } from '../scenario';
import type { SensorKind } from '../scenarios/stories';
import { currentService } from '../sta/handlers';
import { tickSegments, tickTime } from '../sta/values';
import { monthIndex, monthIndexAt, vnIso } from '../time';
import { latestDelivery } from './dossiers';
import { dtiPublishedAt, egdiPublishedAt, index766PublishedAt } from './indices';

/**
 * GET /source-health: every catalogue source (src/catalog/sources.ts) with its last delivery,
 * its freshness under its contract and whether the mock behind it is failing. This is where a
 * leader sees that a department did not report: the monthly digital-transformation report is
 * late in some months (decided by the seed), and sensor outages show as "degraded".
 */
export interface SourceHealth {
  readonly sourceId: string;
  readonly name: string;
  readonly protocol: string;
  readonly ownerDepartmentId: string;
  readonly status: 'up' | 'degraded' | 'down';
  readonly freshness: 'fresh' | 'late' | 'stale' | 'no-data';
  readonly lastDeliveryAt: string | null;
  readonly lateAt: string | null;
  readonly staleAt: string | null;
  /** sensor sources: datastreams in the network and those silent for more than 2 cadences */
  readonly datastreams?: number;
  readonly silentDatastreams?: number;
  readonly message?: string;
}

const SENSOR_SOURCES: Readonly<Record<string, SensorKind>> = {
  'air-quality-sensors': 'air-quality',
  'hydrology-stations': 'water-level',
  'urban-flood-sensors': 'urban-flood',
  'traffic-sensors': 'traffic',
};

function lastYearly(now: number, month: number, day: number): number {
  const y = toVnDateTime(now).year;
  const thisYear = fromVnDateTime(y, month, day, 16, 0);
  return thisYear <= now ? thisYear : fromVnDateTime(y - 1, month, day, 16, 0);
}

/** The monthly DX report: due by day 5; in some months (seeded) the department is late. */
export function dxMonthlyDelivery(seed: number, now: number): number {
  const t = toVnDateTime(now);
  const x = monthIndex(t.year, t.month);
  const late = noise(seed, 901, x) < 0.4;
  const thisMonth = fromVnDateTime(t.year, t.month, late ? 9 : 4, 16, 0);
  if (thisMonth <= now) return thisMonth;
  // Not yet delivered this month: last month's delivery.
  const prev = toVnDateTime(fromVnDateTime(t.year, t.month, 1) - 1);
  const prevLate = noise(seed, 901, x - 1) < 0.4;
  return fromVnDateTime(prev.year, prev.month, prevLate ? 9 : 4, 16, 0);
}

function lastDelivery(sourceId: string, seed: number, now: number): number | null {
  switch (sourceId) {
    case 'one-stop-dossiers':
    case 'citizen-feedback':
      return latestDelivery(now);
    case 'national-portal-766': {
      let x = monthIndexAt(now);
      while (index766PublishedAt(x) > now) x--;
      return index766PublishedAt(x);
    }
    case 'dx-monthly-report':
      return dxMonthlyDelivery(seed, now);
    case 'dx-annual-report':
      return lastYearly(now, 1, 28);
    case 'statistics-annual':
      return lastYearly(now, 3, 25);
    case 'dti-annual': {
      let y = toVnDateTime(now).year;
      while (dtiPublishedAt(y) > now) y--;
      return dtiPublishedAt(y);
    }
    case 'un-egdi':
      return egdiPublishedAt(2024);
    default:
      return null;
  }
}

const MOCK_OF_PROTOCOL: Readonly<Record<string, MockSourceId | null>> = {
  'kpi-rest': 'kpi',
  sensorthings: 'sensors',
  'file-import': null,
};

export function sourceHealth(ctx: RequestContext): Record<string, unknown> {
  const now = ctx.gen.nowMs;
  const service = currentService(ctx.gen, 'http://mock.invalid/api/sta/v1.1');
  const net = service.ctx.network;
  const sources: SourceHealth[] = DATA_SOURCES.map((source) => {
    const mock = MOCK_OF_PROTOCOL[source.protocol] ?? null;
    const fault = mock === null ? null : peekFault(mock);
    const kind = SENSOR_SOURCES[source.id];
    let last: number | null;
    let datastreams: number | undefined;
    let silent: number | undefined;
    if (kind !== undefined) {
      const streams = net.datastreams.filter((d) => d.property.kind === kind);
      datastreams = streams.length;
      silent = 0;
      last = null;
      for (const ds of streams) {
        const segs = tickSegments(service.ctx, ds);
        const end = segs[segs.length - 1]?.[1];
        const t = end === undefined ? null : tickTime(ds, end) + ds.property.lagMs;
        if (t === null || now - t > 2 * ds.property.cadenceMs + ds.property.lagMs) silent++;
        if (t !== null && (last === null || t > last)) last = t;
      }
    } else {
      last = lastDelivery(source.id, ctx.gen.seed, now);
    }
    const assessment = assessFreshness(source.freshness, last, now);
    const down =
      fault === 'down' ||
      fault === 'http-500' ||
      fault === 'http-503' ||
      fault === 'timeout' ||
      fault === 'malformed-json';
    const degraded = fault === 'slow' || (silent !== undefined && silent > 0);
    const status = down ? 'down' : degraded ? 'degraded' : 'up';
    const message = down
      ? 'Nguồn không phản hồi (kịch bản mô phỏng)'
      : silent
        ? `${silent}/${datastreams ?? 0} luồng dữ liệu không gửi số liệu`
        : assessment.state === 'late'
          ? 'Đơn vị chưa cập nhật dữ liệu đúng hạn'
          : undefined;
    return {
      sourceId: source.id,
      name: source.name.vi,
      protocol: source.protocol,
      ownerDepartmentId: source.ownerDepartmentId,
      status,
      freshness: assessment.state,
      lastDeliveryAt: last === null ? null : vnIso(last),
      lateAt: assessment.lateAtMs === null ? null : vnIso(assessment.lateAtMs),
      staleAt: assessment.staleAtMs === null ? null : vnIso(assessment.staleAtMs),
      ...(datastreams === undefined ? {} : { datastreams, silentDatastreams: silent ?? 0 }),
      ...(message === undefined ? {} : { message }),
    };
  });
  return { checkedAt: vnIso(now), province: net.province, sources };
}

/**
 * Test helpers: domain observations and wire payloads built by hand, so panel tests do not
 * depend on the mock generators (which other work reshapes).
 */
import type { KpiObservation } from '../../../domain/kpi/observation';
import { monthPeriod } from '../../../domain/time/period';

const pad = (n: number) => String(n).padStart(2, '0');

export function observation(
  indicatorId: string,
  unitCode: string,
  year: number,
  month: number,
  value: number | null,
  extra: Partial<KpiObservation> = {},
): KpiObservation {
  const asOfText = `${year}-${pad(month)}-28T10:00:00+07:00`;
  return {
    indicatorId,
    unitCode,
    period: monthPeriod(year, month),
    value,
    numerator: null,
    denominator: null,
    target: null,
    source: 'test',
    asOfMs: Date.parse(asOfText),
    asOfText,
    method: null,
    status: 'final',
    ...extra,
  };
}

/** A monthly series ending at (year, month): values[0] is the oldest. */
export function monthlySeries(
  indicatorId: string,
  unitCode: string,
  end: { year: number; month: number },
  values: readonly (number | null)[],
): KpiObservation[] {
  const endIndex = end.year * 12 + end.month - 1;
  return values.map((value, i) => {
    const index = endIndex - (values.length - 1 - i);
    return observation(indicatorId, unitCode, Math.floor(index / 12), (index % 12) + 1, value);
  });
}

/** The same series as a GET /kpi-observations payload (for MSW handlers in component tests). */
export function wirePayload(observations: readonly KpiObservation[]): {
  observations: Record<string, unknown>[];
} {
  return {
    observations: observations.map((o) => ({
      indicatorId: o.indicatorId,
      unitCode: o.unitCode,
      period:
        o.period.kind === 'month'
          ? `${o.period.year}-${pad(o.period.month)}`
          : o.period.kind === 'quarter'
            ? `${o.period.year}-Q${o.period.quarter}`
            : String(o.period.year),
      value: o.value,
      ...(o.numerator !== null && o.denominator !== null
        ? { numerator: o.numerator, denominator: o.denominator }
        : {}),
      source: o.source,
      asOf: o.asOfText,
      status: o.status,
    })),
  };
}

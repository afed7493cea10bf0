import type { KpiAggregation } from '../kpi/definition';
import type { KpiObservation } from '../kpi/observation';
import { comparePeriods, periodKey } from '../time/period';
import { aggregateGroups } from './aggregate';
import { unitSetForPeriod } from './unit-set';

/**
 * One unbroken series for a current (post-2025) province: periods before 1 July 2025 are
 * reported on the former units it was formed from, so they are aggregated to it (ratios by
 * summed numerators and denominators, indices by mean); later periods are its own. Without
 * this, "Tuyên Quang" would show old Tuyên Quang (08) until June 2025 and Hà Giang + Tuyên
 * Quang after: a jump that is only a change of borders.
 *
 * A KPI that does not aggregate ('none') keeps former-unit history only for an unchanged unit.
 */
export function continuousSeries(
  observations: readonly KpiObservation[],
  unitCode: string,
  formedFrom: readonly string[],
  method: KpiAggregation,
  scale: number,
): KpiObservation[] {
  const unchanged = formedFrom.length === 1 && formedFrom[0] === unitCode;
  const own: KpiObservation[] = [];
  const formerByPeriod = new Map<string, KpiObservation[]>();
  for (const o of observations) {
    if (unitSetForPeriod(o.period).set === 'current') {
      if (o.unitCode === unitCode) own.push(o);
    } else if (formedFrom.includes(o.unitCode)) {
      const key = `${o.indicatorId}|${periodKey(o.period)}`;
      formerByPeriod.set(key, [...(formerByPeriod.get(key) ?? []), o]);
    }
  }

  const history: KpiObservation[] = [];
  for (const members of formerByPeriod.values()) {
    const first = members[0];
    if (!first) continue;
    if (unchanged) {
      history.push(...members);
      continue;
    }
    if (method === 'none') continue;
    const aggregated = aggregateGroups(
      members,
      [{ code: unitCode, members: formedFrom }],
      method,
      scale,
    );
    const unit = aggregated.ok ? aggregated.value.units[0] : undefined;
    if (!unit || unit.value === null) continue;
    const latest = members.reduce((a, b) => (b.asOfMs > a.asOfMs ? b : a));
    history.push({
      ...first,
      unitCode,
      value: unit.value,
      numerator: unit.numerator,
      denominator: unit.denominator,
      target: null,
      asOfMs: latest.asOfMs,
      asOfText: latest.asOfText,
      method: `${method} of former units ${unit.from.join(' + ')}${unit.complete ? '' : ` (missing ${unit.missing.join(', ')})`}`,
      status: members.every((m) => m.status === 'final') && unit.complete ? 'final' : 'provisional',
    });
  }
  return [...history, ...own].sort((a, b) => comparePeriods(a.period, b.period));
}

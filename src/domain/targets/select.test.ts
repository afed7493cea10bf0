import { getKpi } from '../../catalog/kpis/registry';
import { applicableTargets, strictestTarget, targetFromValue, targetsFor } from './select';

function kpi(id: string) {
  const k = getKpi(id);
  if (!k) throw new Error(`no KPI ${id}`);
  return k;
}

describe('target selection', () => {
  it('keeps both EGDI targets and judges against the stricter (942)', () => {
    const egdi = kpi('rank.egdi');
    const targets2025 = targetsFor(egdi, 2025, 'national');
    expect(targets2025.map((t) => [t.value, t.sourceIds[0]])).toEqual([
      [70, 'qd-749-ttg-2020'],
      [50, 'qd-942-ttg-2021'],
    ]);
    expect(strictestTarget(targets2025)?.value).toBe(50);
    expect(strictestTarget(targetsFor(egdi, 2030, 'national'))?.value).toBe(30);
  });

  it('picks the level-specific work-file target and never a dossier one', () => {
    const work = kpi('ops.work-files-online');
    expect(targetsFor(work, 2025, 'commune').map((t) => t.value)).toEqual([60]);
    expect(targetsFor(work, 2025, 'province').map((t) => t.value)).toEqual([90]);
    expect(
      targetsFor(kpi('dvc.online-dossier-share'), 2025, 'commune').map((t) => t.value),
    ).toEqual([80]);
  });

  it('judges a value against the first target year at or after it', () => {
    const full = kpi('dvc.full-online-services');
    expect(applicableTargets(full, 2024, 'province').map((t) => t.year)).toEqual([2025]);
    expect(applicableTargets(full, 2027, 'province').map((t) => t.value)).toEqual([100]);
    expect(applicableTargets(full, 2031, 'province')).toEqual([]);
  });

  it('prefers ">" over ">=" at the same value, and higher over lower', () => {
    expect(
      strictestTarget([
        { comparator: '>=', value: 80 },
        { comparator: '>', value: 80 },
      ])?.comparator,
    ).toBe('>');
    expect(
      strictestTarget([
        { comparator: '>', value: 80 },
        { comparator: '>=', value: 90 },
      ])?.value,
    ).toBe(90);
    expect(strictestTarget([])).toBeNull();
  });

  it('reads a source target with the polarity of its KPI', () => {
    expect(targetFromValue(35, 'higher-is-better')).toEqual({ comparator: '>=', value: 35 });
    expect(targetFromValue(50, 'lower-is-better')).toEqual({ comparator: '<=', value: 50 });
    expect(targetFromValue(1, 'neutral')).toBeNull();
  });
});

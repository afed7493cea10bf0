import fc from 'fast-check';
import { ADMIN_UNITS_DATA } from '../../catalog/admin-units';
import { ratio } from '../kpi/ratio';
import {
  aggregateFormerToCurrent,
  aggregateGroups,
  reformGroups,
  type UnitGroup,
  type UnitValue,
} from './aggregate';

function units(result: ReturnType<typeof aggregateFormerToCurrent>) {
  if (!result.ok) throw new Error(result.error);
  return new Map(result.value.units.map((u) => [u.unitCode, u]));
}

describe('63 → 34 aggregation', () => {
  it('sums numerators and denominators for a ratio (Gia Lai = Bình Định + old Gia Lai)', () => {
    // Bình Định 10/2023 online payment 71.2 % of 1,000; old Gia Lai 20 % of 3,000.
    const values: UnitValue[] = [
      { unitCode: '52', value: 71.2, numerator: 712, denominator: 1000 },
      { unitCode: '64', value: 20, numerator: 600, denominator: 3000 },
    ];
    const gialai = units(aggregateFormerToCurrent(values, ADMIN_UNITS_DATA, 'ratio', 100)).get(
      '52',
    );
    expect(gialai?.value).toBeCloseTo((100 * 1312) / 4000, 10); // 32.8 %, not the mean 45.6 %
    expect(gialai?.numerator).toBe(1312);
    expect(gialai?.denominator).toBe(4000);
    expect(gialai?.complete).toBe(true);
    expect(gialai?.from).toEqual(['52', '64']);
  });

  it('means indices (DTI of merged Lâm Đồng from three former provinces)', () => {
    const values: UnitValue[] = [
      { unitCode: '60', value: 0.36 },
      { unitCode: '67', value: 0.3 },
      { unitCode: '68', value: 0.42 },
    ];
    expect(
      units(aggregateFormerToCurrent(values, ADMIN_UNITS_DATA, 'mean')).get('68')?.value,
    ).toBeCloseTo(0.36, 10);
  });

  it('sums counts', () => {
    const values: UnitValue[] = [
      { unitCode: '74', value: 100 },
      { unitCode: '77', value: 50 },
      { unitCode: '79', value: 1000 },
    ];
    expect(units(aggregateFormerToCurrent(values, ADMIN_UNITS_DATA, 'sum')).get('79')?.value).toBe(
      1150,
    );
  });

  it('flags a unit with a missing constituent as incomplete, and a unit with none as null', () => {
    const got = units(
      aggregateFormerToCurrent(
        [{ unitCode: '79', value: 10, numerator: 1, denominator: 10 }],
        ADMIN_UNITS_DATA,
        'ratio',
        100,
      ),
    );
    expect(got.get('79')).toMatchObject({ value: 10, complete: false, missing: ['74', '77'] });
    expect(got.get('01')).toMatchObject({ value: null, complete: false, from: [] });
  });

  it('does not average a ratio without counts: such a member counts as missing', () => {
    const got = units(
      aggregateFormerToCurrent(
        [
          { unitCode: '52', value: 71.2 },
          { unitCode: '64', value: 20, numerator: 2, denominator: 10 },
        ],
        ADMIN_UNITS_DATA,
        'ratio',
        100,
      ),
    );
    expect(got.get('52')).toMatchObject({ value: 20, missing: ['52'], complete: false });
  });

  it('reports codes that belong to no current unit and refuses non-aggregable KPIs', () => {
    const r = aggregateFormerToCurrent([{ unitCode: '99', value: 1 }], ADMIN_UNITS_DATA, 'sum');
    expect(r.ok && r.value.unknownCodes).toEqual(['99']);
    expect(aggregateFormerToCurrent([], ADMIN_UNITS_DATA, 'none').ok).toBe(false);
  });

  it('the grouping covers each former unit exactly once', () => {
    const members = reformGroups(ADMIN_UNITS_DATA).flatMap((g) => g.members);
    expect(members).toHaveLength(63);
    expect(new Set(members).size).toBe(63);
  });
});

describe('aggregation properties', () => {
  const counts = fc
    .tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }))
    .map(([a, b]) => ({ numerator: Math.min(a, b), denominator: Math.max(a, b) }));

  const formerCodes = ADMIN_UNITS_DATA.former.map((u) => u.code);

  it('aggregating old units then taking the ratio equals the ratio of the merged counts', () => {
    fc.assert(
      fc.property(fc.array(counts, { minLength: 63, maxLength: 63 }), (cs) => {
        const values: UnitValue[] = cs.map((c, i) => ({
          unitCode: formerCodes[i]!,
          value: null,
          ...c,
        }));
        const result = aggregateFormerToCurrent(values, ADMIN_UNITS_DATA, 'ratio', 1);
        if (!result.ok) return false;
        return result.value.units.every((u) => {
          const members = ADMIN_UNITS_DATA.current.find((c) => c.code === u.unitCode)!.formedFrom;
          const num = members.reduce((s, m) => s + cs[formerCodes.indexOf(m)]!.numerator, 0);
          const den = members.reduce((s, m) => s + cs[formerCodes.indexOf(m)]!.denominator, 0);
          const expected = ratio(num, den);
          return expected === null
            ? u.value === null
            : Math.abs((u.value ?? NaN) - expected) < 1e-12;
        });
      }),
    );
  });

  it('aggregating in two steps equals aggregating at once (communes → provinces → region)', () => {
    fc.assert(
      fc.property(fc.array(counts, { minLength: 6, maxLength: 6 }), (cs) => {
        const leaves: UnitValue[] = cs.map((c, i) => ({ unitCode: `c${i}`, value: null, ...c }));
        const step1: UnitGroup[] = [
          { code: 'p1', members: ['c0', 'c1', 'c2'] },
          { code: 'p2', members: ['c3', 'c4', 'c5'] },
        ];
        const mid = aggregateGroups(leaves, step1, 'ratio');
        if (!mid.ok) return false;
        const twoStep = aggregateGroups(
          mid.value.units,
          [{ code: 'r', members: ['p1', 'p2'] }],
          'ratio',
        );
        const oneStep = aggregateGroups(
          leaves,
          [{ code: 'r', members: leaves.map((l) => l.unitCode) }],
          'ratio',
        );
        return (
          twoStep.ok &&
          oneStep.ok &&
          twoStep.value.units[0]!.value === oneStep.value.units[0]!.value
        );
      }),
    );
  });

  it('a ratio aggregate of valid parts stays in [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(counts, { minLength: 1, maxLength: 20 }), (cs) => {
        const values = cs.map((c, i) => ({ unitCode: String(i), value: null, ...c }));
        const r = aggregateGroups(
          values,
          [{ code: 'g', members: values.map((v) => v.unitCode) }],
          'ratio',
        );
        const v = r.ok ? r.value.units[0]!.value : NaN;
        return v === null || (v >= 0 && v <= 1);
      }),
    );
  });
});

import { ADMIN_UNITS_DATA } from '../../catalog/admin-units';
import { dtiForCurrentUnits } from './dti';

describe('DTI for merged provinces', () => {
  it('is the mean of the former provinces, total and per pillar', () => {
    const r = dtiForCurrentUnits(
      [
        { unitCode: '52', total: 0.42, pillars: { cqs: 0.5, kts: 0.3 } },
        { unitCode: '64', total: 0.36, pillars: { cqs: 0.4, kts: 0.2 } },
        { unitCode: '48', total: 0.4874 },
        { unitCode: '49', total: 0.3 },
      ],
      ADMIN_UNITS_DATA,
    );
    if (!r.ok) throw new Error(r.error);
    const gialai = r.value.find((u) => u.unitCode === '52')!;
    expect(gialai.total.value).toBeCloseTo(0.39, 10);
    expect(gialai.pillars.cqs?.value).toBeCloseTo(0.45, 10);
    expect(gialai.pillars.kts?.value).toBeCloseTo(0.25, 10);
    const danang = r.value.find((u) => u.unitCode === '48')!;
    expect(danang.total.value).toBeCloseTo((0.4874 + 0.3) / 2, 10);
    expect(danang.pillars.cqs).toMatchObject({ value: null, complete: false });
    const hcm = r.value.find((u) => u.unitCode === '79')!;
    expect(hcm.total).toMatchObject({ value: null, complete: false });
  });

  it('refuses codes that are not former units', () => {
    expect(dtiForCurrentUnits([{ unitCode: '00', total: 0.5 }], ADMIN_UNITS_DATA).ok).toBe(false);
  });
});

import { monthPeriod } from '../time/period';
import { dossierRatios, pendingTotal, processedTotal, type DossierStats } from './stats';

const binhDinh: DossierStats = {
  unitCode: '52',
  period: monthPeriod(2023, 10),
  received: 12500,
  receivedOnline: 6275,
  processedEarly: 9100,
  processedOnTime: 2650,
  processedLate: 150,
  pendingWithinDeadline: 820,
  pendingOverdue: 35,
  returnedOrWithdrawn: null,
  feeBearing: 4000,
  paidOnline: 2848,
  digitisedComponents: 7600,
  electronicResults: 7426,
  asOfMs: 0,
  asOfText: '',
  source: 'test',
};

describe('dossier ratios', () => {
  it('derives the shares with their counts (Bình Định-like month)', () => {
    const r = dossierRatios(binhDinh);
    expect(processedTotal(binhDinh)).toBe(11900);
    expect(pendingTotal(binhDinh)).toBe(855);
    expect(r['dossiers.online-filing-share']?.value).toBeCloseTo(50.2, 10);
    expect(r['dossiers.online-payment-share']?.value).toBeCloseTo(71.2, 10);
    expect(r['dossiers.digitised-components-share']?.value).toBeCloseTo(60.8, 10);
    expect(r['dossiers.electronic-results-share']?.value).toBeCloseTo(62.4, 1);
    expect(r['dossiers.on-time-share']).toEqual({
      numerator: 11750,
      denominator: 11900,
      value: (11750 / 11900) * 100,
    });
  });

  it('leaves out ratios the source cannot give, and zero denominators', () => {
    const r = dossierRatios({
      ...binhDinh,
      feeBearing: null,
      paidOnline: null,
      received: 0,
      receivedOnline: 0,
    });
    expect(r['dossiers.online-payment-share']).toBeNull();
    expect(r['dossiers.online-filing-share']).toEqual({
      numerator: 0,
      denominator: 0,
      value: null,
    });
  });
});

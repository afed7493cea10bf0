import { monthPeriod } from '../time/period';
import { dedupeObservations, observationKey } from './dedupe';
import type { KpiObservation } from './observation';

function obs(partial: Partial<KpiObservation>): KpiObservation {
  return {
    indicatorId: 'dvc.online-dossier-share',
    unitCode: '52',
    period: monthPeriod(2023, 10),
    value: 50.2,
    numerator: null,
    denominator: null,
    target: null,
    source: 'test',
    asOfMs: 1000,
    asOfText: '',
    method: null,
    status: 'provisional',
    ...partial,
  };
}

describe('dedupeObservations', () => {
  it.each([
    [
      'a final figure beats a later provisional one',
      [obs({ status: 'final', asOfMs: 1, value: 1 }), obs({ asOfMs: 9, value: 2 })],
      1,
    ],
    [
      'the later as-of wins among equals',
      [obs({ asOfMs: 9, value: 2 }), obs({ asOfMs: 1, value: 1 })],
      2,
    ],
    ['the later row wins on a full tie', [obs({ value: 1 }), obs({ value: 2 })], 2],
  ])('%s', (_label, input, value) => {
    const out = dedupeObservations(input);
    expect(out).toHaveLength(1);
    expect(out[0]?.value).toBe(value);
  });

  it('keeps distinct KPI / unit / period triples, in key order', () => {
    const out = dedupeObservations([
      obs({ unitCode: '64' }),
      obs({ period: monthPeriod(2023, 9) }),
      obs({}),
      obs({}),
    ]);
    expect(out.map(observationKey)).toEqual([
      'dvc.online-dossier-share|52|2023-09',
      'dvc.online-dossier-share|52|2023-10',
      'dvc.online-dossier-share|64|2023-10',
    ]);
  });
});

import { mergeObservations, type SensorObservation } from './types';

const o = (id: string, t: number, result: number): SensorObservation => ({
  id,
  phenomenonTimeMs: t,
  phenomenonTimeText: '',
  resultTimeMs: null,
  result,
  datastreamId: '17',
});

describe('mergeObservations', () => {
  it('de-duplicates a back-fill against live data by @iot.id and orders by time', () => {
    const backfill = [o('3', 300, 3), o('1', 100, 1), o('2', 200, 2)];
    const live = [o('3', 300, 33), o('4', 400, 4)];
    expect(mergeObservations(backfill, live).map((x) => [x.id, x.result])).toEqual([
      ['1', 1],
      ['2', 2],
      ['3', 33],
      ['4', 4],
    ]);
  });
});

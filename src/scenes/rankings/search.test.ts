import { panelSpecSchema } from '../../panels/registry';
import { RANKINGS_PANELS, rankingsPanels } from './definition';
import { searchSchema } from './search';

describe('rankings search parameters', () => {
  test.each([
    [{}, { index: undefined, peers: undefined }],
    [
      { index: 'dti', peers: '01,79' },
      { index: 'dti', peers: ['01', '79'] },
    ],
    [{ peers: ['01', '79'] }, { index: undefined, peers: ['01', '79'] }],
    // one typo does not drop the other peers; repeats dropped; former-only codes are not current
    [{ peers: '01,xx,79,01,02' }, { index: undefined, peers: ['01', '79'] }],
    [
      { peers: '01,79,31,48,92,04,08' },
      { index: undefined, peers: ['01', '79', '31', '48', '92'] },
    ],
    [
      { index: 'egdi', peers: ',,' },
      { index: undefined, peers: undefined },
    ],
    [{ peers: 42 }, { index: undefined, peers: undefined }],
  ])('%j → %j', (raw, expected) => {
    expect(searchSchema.parse(raw)).toEqual(expected);
  });
});

describe('rankings panels', () => {
  test('every panel of every selection is a valid spec; the 766 card only with the 766 index', () => {
    const dti = rankingsPanels({ index: 'dti', peers: ['01'] });
    for (const { panel } of [...RANKINGS_PANELS, ...dti]) {
      expect(panelSpecSchema.safeParse(panel).success).toBe(true);
    }
    expect(RANKINGS_PANELS.map((p) => p.panel.type)).toEqual([
      'rank-over-time',
      'index-ranking',
      'index-766-card',
    ]);
    expect(dti.map((p) => p.panel)).toEqual([
      { type: 'rank-over-time', kpiId: 'dti.score', peers: ['01'] },
      { type: 'index-ranking', kpiId: 'dti.score' },
    ]);
  });
});

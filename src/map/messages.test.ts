import { EN_MAP_MESSAGES, VI_MAP_MESSAGES, fill } from './messages';

describe('messages', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect(Object.keys(EN_MAP_MESSAGES).sort()).toEqual(Object.keys(VI_MAP_MESSAGES).sort());
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('{n} điểm', { n: 12 })).toBe('12 điểm');
    expect(fill('Chọn {name} {x}', { name: 'Huế' })).toBe('Chọn Huế {x}');
  });
});

import { safeFileName } from './download';

describe('safeFileName', () => {
  test.each([
    [['dvc.online-dossier-share', '92', '2026-10'], 'dvc.online-dossier-share_92_2026-10'],
    [['Xếp hạng', 'Tháng 10/2026'], 'Xep-hang_Thang-10-2026'],
    [['Đà Nẵng'], 'Da-Nang'],
    [['../../etc/passwd'], 'etc-passwd'],
    [['.hidden'], 'hidden'],
    [['a', '', 'b'], 'a_b'],
  ])('%j → %s', (parts, name) => {
    expect(safeFileName(...parts)).toBe(name);
  });
});

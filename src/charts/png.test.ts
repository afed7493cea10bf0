import { wrapText } from './png';

// one unit of width per character
const measure = (text: string) => text.length;

describe('wrapText (PNG captions)', () => {
  test.each([
    ['Tỷ lệ hồ sơ trực tuyến', 30, ['Tỷ lệ hồ sơ trực tuyến']],
    ['Tỷ lệ hồ sơ trực tuyến', 10, ['Tỷ lệ hồ', 'sơ trực', 'tuyến']],
    ['a verylongwordthatdoesnotfit b', 5, ['a', 'verylongwordthatdoesnotfit', 'b']],
    ['  spaced   out  ', 20, ['spaced out']],
    ['', 10, []],
  ])('%j in %i → %j', (text, width, lines) => {
    expect(wrapText(text, width, measure)).toEqual(lines);
  });
});

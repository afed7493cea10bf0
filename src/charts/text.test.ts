import { chartText } from './text';

describe('chartText', () => {
  test.each([
    ['Cần Thơ', 'Cần Thơ'],
    ['{b}', '{\u200bb}'],
    ['{own|x} {c}', '{\u200bown|x} {\u200bc}'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(chartText(input)).toBe(output);
  });

  test('the rich-text pattern of zrender no longer matches', () => {
    const richMarkup = /\{([a-zA-Z0-9_]+)\|([^}]*)\}/;
    expect(richMarkup.test('{bold|x}')).toBe(true);
    expect(richMarkup.test(chartText('{bold|x}'))).toBe(false);
  });
});

import { textTooltip, tooltipText } from './tooltip';

const MARKUP = '<img src=x onerror=alert(1)>';

describe('text-only tooltips', () => {
  test('lines of text with symbols; markup in data stays literal', () => {
    const text = tooltipText({
      title: 'Tháng 10/2026',
      rows: [{ symbol: '●', label: MARKUP, value: '58,1%' }],
    });
    expect(text).toBe(`Tháng 10/2026\n● ${MARKUP}: 58,1%`);
  });

  test('rich-text markup from data is neutralised', () => {
    const text = tooltipText({ title: '{b|x}', rows: [] });
    expect(text).not.toMatch(/\{[a-z]+\|/);
    expect(text.replace(/\u200b/g, '')).toBe('{b|x}');
  });

  test('rendered by ECharts as canvas text, never as HTML', () => {
    const option = textTooltip('axis', () => ({ title: 't', rows: [] }));
    expect(option.renderMode).toBe('richText');
    expect(option.confine).toBe(true);
  });

  test('content is looked up by data index, for axis (array) and item (object) params', () => {
    const option = textTooltip('axis', (i) => ({
      title: `#${i}`,
      rows: [{ symbol: '●', label: 'Giá trị', value: String(i * 10) }],
    }));
    const format = option.formatter as (params: unknown) => string;
    expect(format([{ dataIndex: 2, seriesName: MARKUP }])).toBe('#2\n● Giá trị: 20');
    expect(format({ dataIndex: 0 })).toBe('#0\n● Giá trị: 0');
    expect(format([])).toBe('');
    expect(format(null)).toBe('');
  });

  test('no content for an index: empty tooltip', () => {
    const option = textTooltip('item', () => null);
    const format = option.formatter as (params: unknown) => string;
    expect(format({ dataIndex: 5 })).toBe('');
  });
});

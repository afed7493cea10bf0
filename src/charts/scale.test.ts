import { renderSvg } from './testing/render-svg';
import { scaleOption } from './scale';
import type { ChartOption } from './types';

describe('scaleOption: pixel sizes follow the display scale', () => {
  test('scale 1 (the desk) returns the very same object', () => {
    const option: ChartOption = { grid: { left: 8 } };
    expect(scaleOption(option, 1)).toBe(option);
  });

  test.each([
    [
      'grid paddings (numbers only)',
      { grid: { left: 8, right: '10%', top: 40 } },
      { grid: { left: 16, right: '10%', top: 80 } },
    ],
    [
      'line width and per-point marker',
      {
        series: [
          {
            type: 'line',
            lineStyle: { width: 2, type: 'dashed' },
            data: [{ value: 5, symbolSize: 12 }, 7],
          },
        ],
      },
      {
        series: [
          {
            type: 'line',
            lineStyle: { width: 4, type: 'dashed' },
            data: [{ value: 5, symbolSize: 24 }, 7],
          },
        ],
      },
    ],
    [
      'label font, truncation width, padding array',
      { yAxis: { axisLabel: { fontSize: 12, width: 160, padding: [2, 4] } } },
      { yAxis: { axisLabel: { fontSize: 24, width: 320, padding: [4, 8] } } },
    ],
    [
      'values, counts and ratios stay',
      {
        xAxis: { min: 0, max: 100, splitNumber: 5, interval: 0 },
        series: [{ type: 'bar', data: [1, 2], z: 3 }],
      },
      {
        xAxis: { min: 0, max: 100, splitNumber: 5, interval: 0 },
        series: [{ type: 'bar', data: [1, 2], z: 3 }],
      },
    ],
    [
      'decal (a ratio of its cell) and aria untouched',
      {
        series: [
          {
            type: 'bar',
            data: [
              {
                value: 1,
                itemStyle: { borderWidth: 2, decal: { symbolSize: 1, dashArrayY: [3, 3] } },
              },
            ],
          },
        ],
        aria: { label: { description: 'x' } },
      },
      {
        series: [
          {
            type: 'bar',
            data: [
              {
                value: 1,
                itemStyle: { borderWidth: 4, decal: { symbolSize: 1, dashArrayY: [3, 3] } },
              },
            ],
          },
        ],
        aria: { label: { description: 'x' } },
      },
    ],
  ] as [string, ChartOption, ChartOption][])('%s', (_name, input, expected) => {
    expect(scaleOption(input, 2)).toEqual(expected);
  });

  test('a symbolSize function has its result scaled; formatters are kept', () => {
    const formatter = (v: number) => `${String(v)} %`;
    const out = scaleOption(
      { series: [{ type: 'line', symbolSize: (v: number) => v / 2, label: { formatter } }] },
      1.5,
    ) as { series: { symbolSize: (v: number) => number; label: { formatter: unknown } }[] };
    expect(out.series[0]?.symbolSize(10)).toBe(7.5);
    expect(out.series[0]?.label.formatter).toBe(formatter);
  });

  test.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('nonsense scale %s: unchanged', (s) => {
    const option: ChartOption = { grid: { left: 8 } };
    expect(scaleOption(option, s)).toBe(option);
  });
});

/** Every <text> of an SVG: position, font size and content. */
function texts(svg: string): { x: number; y: number; size: number; text: string }[] {
  const out: { x: number; y: number; size: number; text: string }[] = [];
  for (const m of svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)) {
    const attrs = m[1] ?? '';
    const translate = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(attrs);
    const x = Number(/ x="([-\d.]+)"/.exec(attrs)?.[1] ?? 0) + Number(translate?.[1] ?? 0);
    const y = Number(/ y="([-\d.]+)"/.exec(attrs)?.[1] ?? 0) + Number(translate?.[2] ?? 0);
    const size = Number(
      /font-size:([\d.]+)px|(\d+(?:\.\d+)?)px/.exec(attrs)?.slice(1).find(Boolean),
    );
    out.push({ x, y, size, text: m[2] ?? '' });
  }
  return out;
}

describe('drawn by the real ECharts (SVG): the 4K wall is the 1080 p wall at twice the size', () => {
  // A trend chart as the trend panel builds it: y axis 0–100 %, months below, a target line.
  const option: ChartOption = {
    grid: { left: 8, right: 24, top: 40, bottom: 8, outerBoundsMode: 'same' },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: ['12/2024', '01/2025', '02/2025', '03/2025'],
    },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        type: 'line',
        data: [20, 25, { value: 30, symbolSize: 12 }, 35],
        markLine: {
          symbol: 'none',
          label: { formatter: 'Mục tiêu 2025: ≥ 80%', position: 'insideEndTop' },
          lineStyle: { width: 2, type: 'dashed' },
          data: [{ yAxis: 80 }],
        },
      },
    ],
  };

  // Node has no canvas: zrender estimates text widths, not quite in proportion to the font size,
  // so a box sized by its labels may differ by a few pixels (1 % of the width here).
  const SLACK = 6;

  test('every text is twice as large and where 1080 p puts it, times two', () => {
    const at1080 = texts(renderSvg(option, { theme: 'wall', width: 600, height: 300 }));
    const at2160 = texts(renderSvg(option, { theme: 'wall', width: 1200, height: 600, scale: 2 }));
    expect(at1080.length).toBeGreaterThanOrEqual(8);
    expect(at2160.map((t) => t.text)).toEqual(at1080.map((t) => t.text));
    at1080.forEach((small, i) => {
      const large = at2160[i];
      expect(large?.size).toBe(small.size * 2);
      expect(Math.abs((large?.x ?? 0) - small.x * 2)).toBeLessThanOrEqual(SLACK);
      expect(Math.abs((large?.y ?? 0) - small.y * 2)).toBeLessThanOrEqual(SLACK);
    });
    expect(at2160.find((t) => t.text === '0%')?.size).toBe(34);
  });

  test('unscaled, the old 4K drawing was not the same composition (the check can fail)', () => {
    const at1080 = texts(renderSvg(option, { theme: 'wall', width: 600, height: 300 }));
    const unscaled = texts(renderSvg(option, { theme: 'wall', width: 1200, height: 600 }));
    const zero = (list: typeof at1080) => list.find((t) => t.text === '0%');
    const target = (list: typeof at1080) => list.find((t) => t.text.startsWith('Mục tiêu'));
    expect(zero(unscaled)?.size).toBe(17);
    // The label sits 5 px above its line at any size: 1080 p's 5 px gap, not 10 px.
    expect(Math.abs((target(unscaled)?.y ?? 0) - (target(at1080)?.y ?? 0) * 2)).toBeGreaterThan(
      SLACK,
    );
  });
});

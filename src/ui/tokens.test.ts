import { contrastRatio } from './contrast';
import { palettes, THEMES } from './tokens';
import { themeVariables } from './theme';

describe('design tokens', () => {
  test.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
  ])('contrast(%s, %s) ≈ %s', (a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 1);
  });

  // WCAG AA for normal text (4.5:1) on both themes, for every pair the UI draws.
  describe.each(THEMES)('%s theme', (theme) => {
    const p = palettes[theme];
    test.each([
      ['text on background', p.text, p.background],
      ['text on surface', p.text, p.surface],
      ['muted text on surface', p.textMuted, p.surface],
      ['muted text on raised surface', p.textMuted, p.surfaceRaised],
      ['accent on surface', p.accent, p.surface],
      ['accent text on accent', p.accentText, p.accent],
      ['status text on good', p.onStatus, p.good],
      ['status text on bad', p.onStatus, p.bad],
      ['status text on neutral', p.onStatus, p.neutral],
      ['good as text on surface', p.good, p.surface],
      ['bad as text on surface', p.bad, p.surface],
      ['warning as text on surface', p.warning, p.surface],
    ])('%s ≥ 4.5:1', (_name, fg, bg) => {
      expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(4.5);
    });
  });

  test('themes expose the same CSS variables', () => {
    expect(Object.keys(themeVariables('wall')).sort()).toEqual(
      Object.keys(themeVariables('desk')).sort(),
    );
    expect(themeVariables('wall')['--color-text']).toBe(palettes.wall.text);
  });
});

import { palettes, typography, spacing, radius, type ThemeName } from './tokens';

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The CSS custom properties of a theme, e.g. `--color-text`, `--font-headline`. */
export function themeVariables(theme: ThemeName): Record<string, string> {
  const palette = palettes[theme];
  const vars: Record<string, string> = {};
  for (const [name, value] of Object.entries(palette)) {
    if (typeof value === 'string') vars[`--color-${kebab(name)}`] = value;
  }
  palette.series.forEach((colour, i) => {
    vars[`--color-series-${i + 1}`] = colour;
  });
  for (const [name, value] of Object.entries(typography[theme])) {
    vars[`--font-${kebab(name)}`] = value;
  }
  vars['--font-family'] = typography.fontFamily;
  for (const [name, value] of Object.entries(spacing)) vars[`--space-${name}`] = value;
  for (const [name, value] of Object.entries(radius)) vars[`--radius-${name}`] = value;
  return vars;
}

/** Apply a theme to the document (through the CSSOM: allowed by a strict CSP). */
export function applyTheme(theme: ThemeName, root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(themeVariables(theme))) {
    root.style.setProperty(name, value);
  }
  root.dataset.theme = theme;
  root.style.colorScheme = theme === 'wall' ? 'dark' : 'light';
}

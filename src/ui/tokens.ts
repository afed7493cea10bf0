/**
 * Design tokens: the single source of colours and sizes. CSS reads them as custom
 * properties (applied by theme.ts); the ECharts theme and the map style read them here.
 * Two themes: "desk" (light, for laptops) and "wall" (dark, high contrast, for the
 * operations-centre video wall seen from 5 m).
 */
export const THEMES = ['desk', 'wall'] as const;
export type ThemeName = (typeof THEMES)[number];

export interface Palette {
  background: string;
  surface: string;
  surfaceRaised: string;
  border: string;
  text: string;
  textMuted: string;
  accent: string;
  accentText: string;
  focus: string;
  /** Status colours; every use pairs them with an icon and a word (colour is never alone). */
  good: string;
  warning: string;
  bad: string;
  neutral: string;
  /** Text drawn on top of the status colours above. */
  onStatus: string;
  /** Categorical series colours for charts, colour-blind-safe order (Okabe–Ito based). */
  series: readonly string[];
}

export const palettes: Record<ThemeName, Palette> = {
  desk: {
    background: '#f4f6f8',
    surface: '#ffffff',
    surfaceRaised: '#ffffff',
    border: '#d0d7de',
    text: '#1b1f24',
    textMuted: '#4f5a66',
    accent: '#0b5cad',
    accentText: '#ffffff',
    focus: '#b35c00',
    good: '#17753a',
    warning: '#8a5a00',
    bad: '#b42318',
    neutral: '#5b6470',
    onStatus: '#ffffff',
    series: ['#0b5cad', '#c05800', '#17753a', '#8e3b9e', '#007c89', '#a1226b', '#5b6470'],
  },
  wall: {
    background: '#05080d',
    surface: '#0e1520',
    surfaceRaised: '#16202e',
    border: '#2d3b4e',
    text: '#f2f5f9',
    textMuted: '#b8c4d2',
    accent: '#5fb3ff',
    accentText: '#05080d',
    focus: '#ffb347',
    good: '#3ddc84',
    warning: '#ffc53d',
    bad: '#ff5c5c',
    neutral: '#9aa7b6',
    onStatus: '#05080d',
    series: ['#5fb3ff', '#ffa04d', '#3ddc84', '#d68cff', '#34d3e0', '#ff7ab8', '#c5ced9'],
  },
};

export const typography = {
  fontFamily: '"Noto Sans", "Segoe UI", Roboto, Arial, sans-serif',
  /** Desk sizes in rem; the wall scales type with the viewport height instead (see global.css). */
  desk: { base: '1rem', small: '0.875rem', title: '1.125rem', headline: '2.5rem' },
  wall: { base: '1.6vh', small: '1.3vh', title: '2.2vh', headline: '7vh' },
} as const;

export const spacing = {
  xs: '0.25rem',
  sm: '0.5rem',
  md: '1rem',
  lg: '1.5rem',
  xl: '2rem',
} as const;
export const radius = { panel: '0.5rem', control: '0.375rem' } as const;

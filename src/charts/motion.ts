import type { ThemeName } from '../ui/tokens';

/**
 * Whether charts animate: not on the wall (a chart redrawing every refresh draws the eye from
 * across the room for no reason) and not for users who ask for reduced motion.
 */
export function chartAnimation(theme: ThemeName): boolean {
  if (theme === 'wall') return false;
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return true;
  return !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

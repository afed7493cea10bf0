import { useEffect, useState } from 'react';

/** The height the wall's composition is designed at: 1rem = 16 px, chart text 17 px. */
export const WALL_DESIGN_HEIGHT = 1080;

/** Display scale for a viewport height: 1 at 1080 p, 2 at 2160 p; 1 for nonsense. */
export function viewportScale(height: number): number {
  return Number.isFinite(height) && height > 0 ? height / WALL_DESIGN_HEIGHT : 1;
}

/**
 * The wall's display scale, following the viewport height (the same ratio as its rem, which is
 * 1/67.5 of the height): canvases (charts, map) read it through DisplayScaleProvider.
 */
export function useViewportScale(): number {
  const [scale, setScale] = useState(() => viewportScale(window.innerHeight));
  useEffect(() => {
    const update = () => {
      setScale(viewportScale(window.innerHeight));
    };
    window.addEventListener('resize', update);
    update();
    return () => {
      window.removeEventListener('resize', update);
    };
  }, []);
  return scale;
}

import { createContext, useContext, type ReactNode } from 'react';

/**
 * How much larger than desk size text inside canvases must be drawn. CSS text follows the
 * wall's rem (1rem = 1/67.5 of the viewport height), but ECharts and MapLibre draw text in
 * pixels they are given, so they read this factor instead: 1 on the desk, 2 on a 4K wall.
 */
const DisplayScaleContext = createContext(1);

export function DisplayScaleProvider({
  scale,
  children,
}: {
  readonly scale: number;
  readonly children: ReactNode;
}) {
  const safe = Number.isFinite(scale) && scale > 0 ? scale : 1;
  return <DisplayScaleContext.Provider value={safe}>{children}</DisplayScaleContext.Provider>;
}

/** The factor for canvas text and controls: 1 outside a provider. */
export function useDisplayScale(): number {
  return useContext(DisplayScaleContext);
}

/**
 * Live MapLibre maps (each holds a WebGL context), for the wall's watchdog and soak test: every
 * map that leaves the screen must be removed. No maplibre-gl import, so reading the count does
 * not load the engine.
 */
let live = 0;

export function mapCreated(): void {
  live++;
}

export function mapRemoved(): void {
  live = Math.max(0, live - 1);
}

/** Number of MapLibre maps alive now. */
export function liveMapCount(): number {
  return live;
}

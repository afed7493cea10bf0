import { useEffect, type RefObject } from 'react';

/** Smallest zoom a panel is shrunk to; below it text would no longer read from 5 m. */
export const MIN_PANEL_ZOOM = 0.6;

function overflows(panel: HTMLElement): boolean {
  const body = panel.querySelector<HTMLElement>(':scope > div');
  const over = (el: HTMLElement) => el.scrollHeight > el.clientHeight + 1;
  return over(panel) || (body !== null && over(body));
}

/**
 * Largest zoom (1, 0.95, …, MIN_PANEL_ZOOM) at which the panel's content fits. Measured from
 * zoom 1 each time, in one task (no paint in between): scrollHeight and clientHeight of one
 * element share their units whatever the zoom, so the comparison holds.
 */
function fitPanel(panel: HTMLElement): void {
  const before = panel.style.zoom;
  let zoom = 1;
  panel.style.zoom = '';
  while (overflows(panel) && zoom > MIN_PANEL_ZOOM + 0.001) {
    zoom = Math.max(MIN_PANEL_ZOOM, Math.round((zoom - 0.05) * 100) / 100);
    panel.style.zoom = String(zoom);
  }
  const after = zoom === 1 ? '' : String(zoom);
  if (panel.style.zoom !== after || before !== after) panel.style.zoom = after;
}

/**
 * Panels were designed for the desk; on the wall each gets a fixed cell. Charts and maps take
 * the cell's height; a text panel taller than its cell (a tile with targets and legal sources)
 * is zoomed down to fit instead of being clipped. Re-checked when data arrives or the size
 * changes, at most every 300 ms.
 */
export function useFitPanels(grid: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = grid.current;
    if (!element) return;
    let timer: number | null = null;
    const fit = () => {
      timer = null;
      for (const cell of element.querySelectorAll<HTMLElement>('[data-wall-cell]')) {
        const panel = cell.firstElementChild;
        if (panel instanceof HTMLElement) fitPanel(panel);
      }
    };
    const schedule = () => {
      timer ??= window.setTimeout(fit, 300);
    };
    const resize = new ResizeObserver(schedule);
    resize.observe(element);
    const mutations = new MutationObserver(schedule);
    mutations.observe(element, { childList: true, subtree: true, characterData: true });
    schedule();
    return () => {
      resize.disconnect();
      mutations.disconnect();
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [grid]);
}

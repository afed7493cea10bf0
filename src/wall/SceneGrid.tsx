import { memo, useCallback, useRef } from 'react';
import type { PanelContext } from '../panels/registry';
import { PanelSlot } from '../panels/registry';
import type { ScenePanel } from '../panels/scene';
import { wallLayout } from './layout';
import { useFitPanels } from './use-fit-panels';
import styles from './WallScreen.module.css';

interface Props {
  panels: readonly ScenePanel[];
  context: PanelContext;
  /** prepared off-screen before its turn: laid out at full size, invisible and inert */
  hidden: boolean;
  label: string;
  /** position in the playlist; the grid element is registered under it (health checks) */
  index: number;
  register: (index: number, element: HTMLDivElement | null) => void;
}

/**
 * One scene's panels in the wall's fixed grid (layout.ts). Memoised: the wall re-renders four
 * times a second (rotation clock) and every second (header clock); the panels must not.
 */
export const SceneGrid = memo(function SceneGrid({
  panels,
  context,
  hidden,
  label,
  index,
  register,
}: Props) {
  const layout = wallLayout(panels);
  const gridRef = useRef<HTMLDivElement | null>(null);
  useFitPanels(gridRef);
  const setRef = useCallback(
    (element: HTMLDivElement | null) => {
      gridRef.current = element;
      register(index, element);
    },
    [index, register],
  );
  return (
    <div
      ref={setRef}
      className={hidden ? `${styles.grid} ${styles.prepared}` : styles.grid}
      style={{ gridTemplateRows: `repeat(${String(Math.max(layout.rows, 1))}, minmax(0, 1fr))` }}
      aria-hidden={hidden || undefined}
      inert={hidden}
      aria-label={hidden ? undefined : label}
      role={hidden ? undefined : 'region'}
      data-wall-scene={hidden ? 'prepared' : 'current'}
    >
      {panels.map(({ panel }, i) => {
        const place = layout.placements[i];
        return (
          <div
            key={`${panel.type}-${String(i)}`}
            className={styles.cell}
            data-wall-cell=""
            style={
              place
                ? {
                    gridRow: String(place.row),
                    gridColumn: `${String(place.column)} / span ${String(place.span)}`,
                  }
                : undefined
            }
          >
            <PanelSlot spec={panel} context={context} />
          </div>
        );
      })}
    </div>
  );
});

/** A prepared scene whose every panel shows an error (no data at all): the rotation skips it. */
export function sceneFailed(element: HTMLElement | null | undefined): boolean {
  if (!element) return false;
  const panels = element.querySelectorAll('[data-panel]');
  if (panels.length === 0) return false;
  return [...panels].every((panel) => panel.querySelector('[role="alert"]') !== null);
}

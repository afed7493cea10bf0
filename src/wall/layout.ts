/**
 * The wall's fixed grid for a scene: panels in reading order on `WALL_COLUMNS` columns and as
 * few rows as possible (a wall has no scrolling, so height is the scarce dimension). Panels are
 * spread evenly over the rows; a row's spare columns go to its wide panels (maps, long trends)
 * first, then to its last panel, so no screen area is left empty. The grid is sized in vw/vh:
 * the same composition at 1920×1080 and 3840×2160.
 */
export const WALL_COLUMNS = 4;

export interface Placement {
  readonly row: number;
  readonly column: number;
  readonly span: number;
}

export interface WallLayout {
  readonly rows: number;
  readonly placements: readonly Placement[];
}

export function wallLayout(panels: readonly { wide?: boolean }[]): WallLayout {
  const n = panels.length;
  if (n === 0) return { rows: 0, placements: [] };
  const rows = Math.ceil(n / WALL_COLUMNS);
  const base = Math.floor(n / rows);
  const extra = n % rows;
  const placements: Placement[] = [];
  let start = 0;
  for (let row = 1; row <= rows; row++) {
    const count = base + (row <= extra ? 1 : 0);
    const members = panels.slice(start, start + count);
    const spans = members.map(() => 1);
    let spare = WALL_COLUMNS - count;
    for (let i = 0; i < members.length && spare > 0; i++) {
      if (members[i]?.wide) {
        spans[i] = 2;
        spare--;
      }
    }
    if (spare > 0) spans[spans.length - 1] = (spans.at(-1) ?? 1) + spare;
    let column = 1;
    for (const span of spans) {
      placements.push({ row, column, span });
      column += span;
    }
    start += count;
  }
  return { rows, placements };
}

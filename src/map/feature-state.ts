import { colorOf } from './legend';
import type { MapLegend, UnitValues } from './types';

/** Fill colour per unit code: what the choropleth's feature-state should hold. */
export type FillMap = ReadonlyMap<string, string>;

export interface FillDiff {
  /** codes whose fill must be set (new or changed) */
  readonly set: ReadonlyArray<readonly [code: string, color: string]>;
  /** codes whose fill must be removed (back to the no-data colour) */
  readonly remove: readonly string[];
}

/**
 * Fill colours for every unit of the set shown. Units without a value get the legend's
 * no-data colour explicitly, so that a legend change recolours them too.
 */
export function fillsFor(codes: readonly string[], values: UnitValues, legend: MapLegend): FillMap {
  const fills = new Map<string, string>();
  for (const code of codes) fills.set(code, colorOf(values[code], legend));
  return fills;
}

/** The smallest set of feature-state writes that turns `previous` into `next`. */
export function diffFills(previous: FillMap, next: FillMap): FillDiff {
  const set: Array<readonly [string, string]> = [];
  const remove: string[] = [];
  for (const [code, color] of next) {
    if (previous.get(code) !== color) set.push([code, color]);
  }
  for (const code of previous.keys()) {
    if (!next.has(code)) remove.push(code);
  }
  return { set, remove };
}

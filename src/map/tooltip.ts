import { classOf } from './legend';
import { fill, type ProvinceMapMessages } from './messages';
import type { HoverInfo, MapLegend, MapPointLayer, UnitValues } from './types';

export interface TooltipContext {
  readonly unitName: (code: string) => string;
  readonly values: UnitValues;
  readonly legend: MapLegend;
  readonly points: readonly MapPointLayer[];
  readonly messages: ProvinceMapMessages;
}

/** The lines of the tooltip, as plain strings (pure). */
export function tooltipLines(info: HoverInfo, ctx: TooltipContext): string[] {
  switch (info.kind) {
    case 'unit': {
      const value = ctx.values[info.code];
      const cls = classOf(value, ctx.legend);
      const lines = [ctx.unitName(info.code)];
      if (value) lines.push(`${ctx.legend.title}: ${value.label}`);
      lines.push(cls ? cls.label : ctx.legend.noData.label);
      return lines;
    }
    case 'point':
      return [info.name, info.label].filter((l) => l !== '');
    case 'cluster': {
      const layer = ctx.points.find((l) => l.id === info.layerId);
      const worst = layer?.legend.classes[info.worstClass];
      const lines = [fill(ctx.messages.clusterCount, { n: info.count })];
      if (worst) lines.push(`${ctx.messages.clusterWorst}: ${worst.label}`);
      return lines;
    }
  }
}

/**
 * Shows the tooltip next to (x, y) or hides it. Lines become text nodes: names and labels
 * from data are never parsed as HTML.
 */
export function renderTooltip(
  el: HTMLElement,
  at: { x: number; y: number } | null,
  lines: readonly string[],
): void {
  if (!at || lines.length === 0) {
    el.hidden = true;
    el.replaceChildren();
    return;
  }
  const doc = el.ownerDocument;
  el.replaceChildren(
    ...lines.map((line) => {
      const div = doc.createElement('div');
      div.textContent = line;
      return div;
    }),
  );
  el.style.transform = `translate(${Math.round(at.x + 12)}px, ${Math.round(at.y + 12)}px)`;
  el.hidden = false;
}

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
    case 'point': {
      // The value text is made here, for the one point hovered (issue #8).
      const layer = ctx.points.find((l) => l.id === info.layerId);
      const label = layer?.pointLabel ? layer.pointLabel(info.id) : info.label;
      return [info.name, label].filter((l) => l !== '');
    }
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
  /** display scale (2 on a 4K wall): the tooltip keeps the same distance from the pointer */
  scale = 1,
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
  const gap = 12 * scale;
  el.style.transform = `translate(${Math.round(at.x + gap)}px, ${Math.round(at.y + gap)}px)`;
  el.hidden = false;
}

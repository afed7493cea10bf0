import type { TooltipOption } from './types';
import { chartText } from './text';

/** One line of a tooltip: a symbol (not a colour swatch), a label and a formatted value. */
export interface TooltipRow {
  symbol: string;
  label: string;
  value: string;
}

export interface TooltipContent {
  title: string;
  rows: readonly TooltipRow[];
}

/** The tooltip as plain text lines; every part neutralised by chartText. */
export function tooltipText(content: TooltipContent): string {
  const lines = [chartText(content.title)];
  for (const row of content.rows) {
    lines.push(`${row.symbol} ${chartText(row.label)}: ${chartText(row.value)}`);
  }
  return lines.join('\n');
}

function dataIndexOf(params: unknown): number | null {
  const first: unknown = Array.isArray(params) ? params[0] : params;
  if (typeof first !== 'object' || first === null || !('dataIndex' in first)) return null;
  const index = first.dataIndex;
  return typeof index === 'number' ? index : null;
}

/**
 * A tooltip drawn as text only: `renderMode: 'richText'` draws it on the canvas (no innerHTML,
 * nothing for a strict CSP to block, no markup from data ever parsed), and its content comes
 * from the panel's view model by data index, already formatted in vi-VN.
 */
export function textTooltip(
  trigger: 'axis' | 'item',
  contentAt: (dataIndex: number) => TooltipContent | null,
): TooltipOption {
  return {
    trigger,
    renderMode: 'richText',
    confine: true,
    formatter: (params: unknown) => {
      const index = dataIndexOf(params);
      const content = index === null ? null : contentAt(index);
      return content === null ? '' : tooltipText(content);
    },
  };
}

/**
 * Data strings that reach ECharts are drawn on a canvas, never parsed as HTML; but zrender
 * still reads "{style|text}" as rich-text markup and label templates read "{b}", "{c}". A
 * zero-width space after every "{" keeps such text literal. Apply to every string that comes
 * from data (names, sources, notes) before it goes into an option.
 */
export function chartText(text: string): string {
  return text.replace(/\{/g, '{\u200b');
}

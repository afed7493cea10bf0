import { typography, type Palette } from '../ui/tokens';
import type { PngCaption } from './types';

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      resolve(image);
    };
    image.onerror = () => {
      reject(new Error('chart image did not load'));
    };
    image.src = src;
  });
}

/** Splits text into lines no wider than maxWidth, at spaces (a long word stays whole). */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: (text: string) => number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * The chart image framed with its title above and unit, source and as-of below, so that a PNG
 * pasted into a briefing says what it shows and where the numbers come from. Text is drawn with
 * fillText: data strings are never parsed as markup.
 */
export async function composePng(
  chartDataUrl: string,
  caption: PngCaption,
  palette: Palette,
  pixelRatio: number,
): Promise<Blob | null> {
  const chart = await loadImage(chartDataUrl);
  const pad = 16 * pixelRatio;
  const titleSize = 18 * pixelRatio;
  const footSize = 12 * pixelRatio;
  const lineGap = 6 * pixelRatio;
  const width = chart.width + 2 * pad;
  const textWidth = width - 2 * pad;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const titleFont = `700 ${titleSize}px ${typography.fontFamily}`;
  const footFont = `${footSize}px ${typography.fontFamily}`;
  ctx.font = titleFont;
  const titleLines = wrapText(caption.title, textWidth, (t) => ctx.measureText(t).width);
  ctx.font = footFont;
  const footLines = caption.footer.flatMap((line) =>
    wrapText(line, textWidth, (t) => ctx.measureText(t).width),
  );
  canvas.width = width;
  canvas.height =
    pad +
    titleLines.length * (titleSize + lineGap) +
    lineGap +
    chart.height +
    lineGap +
    footLines.length * (footSize + lineGap) +
    pad;
  // Resizing a canvas resets its state: set everything after.
  ctx.fillStyle = palette.surface;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = 'top';
  ctx.fillStyle = palette.text;
  ctx.font = titleFont;
  let y = pad;
  for (const line of titleLines) {
    ctx.fillText(line, pad, y);
    y += titleSize + lineGap;
  }
  y += lineGap;
  ctx.drawImage(chart, pad, y);
  y += chart.height + lineGap;
  ctx.fillStyle = palette.textMuted;
  ctx.font = footFont;
  for (const line of footLines) {
    ctx.fillText(line, pad, y);
    y += footSize + lineGap;
  }
  return new Promise((resolve) => {
    canvas.toBlob(resolve, 'image/png');
  });
}

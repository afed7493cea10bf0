import type { GeoFontFace } from '../data/contracts/geodata';

/**
 * MapLibre GL JS (≥ 5.11) draws text itself when a style has no `glyphs` URL, using each
 * `text-font` name as a CSS font family. Registering the bundled Noto Sans files under exactly
 * those names makes labels identical on every machine, offline, with no glyph server.
 * The glyphs are rasterised on first use, so the faces must be loaded before the map starts.
 */

/** Weight MapLibre sniffs from a font name ("Noto Sans Bold" → 700). */
export function weightOf(stack: string): string {
  if (/\bbold\b/i.test(stack)) return '700';
  if (/\bmedium\b/i.test(stack)) return '500';
  if (/\blight\b/i.test(stack)) return '300';
  return '400';
}

export interface FontFaceDescription {
  readonly family: string;
  readonly source: string;
  readonly descriptors: FontFaceDescriptors;
}

/** FontFace arguments for the style's font faces (pure, tested). */
export function fontFaceDescriptions(
  fonts: Readonly<Record<string, readonly GeoFontFace[]>>,
): FontFaceDescription[] {
  return Object.entries(fonts).flatMap(([family, faces]) =>
    faces.map((face) => ({
      family,
      source: `url(${JSON.stringify(face.url)}) format("woff2")`,
      descriptors: {
        weight: weightOf(family),
        style: 'normal',
        display: 'block',
        unicodeRange: face['unicode-range'].join(','),
      },
    })),
  );
}

const loaded = new Map<string, Promise<void>>();

/** Registers and loads the faces once per page; later maps reuse them. */
export function ensureFonts(
  fonts: Readonly<Record<string, readonly GeoFontFace[]>>,
): Promise<void> {
  if (typeof FontFace === 'undefined' || typeof document === 'undefined') return Promise.resolve();
  const jobs = fontFaceDescriptions(fonts).map((d) => {
    const key = `${d.family}|${d.source}`;
    let job = loaded.get(key);
    if (!job) {
      const face = new FontFace(d.family, d.source, d.descriptors);
      document.fonts.add(face);
      job = face.load().then(
        () => undefined,
        (error: unknown) => {
          // Labels then fall back to the system sans-serif; the map itself still works.
          loaded.delete(key);
          console.warn('[map] font failed to load', d.family, error);
        },
      );
      loaded.set(key, job);
    }
    return job;
  });
  return Promise.all(jobs).then(() => undefined);
}

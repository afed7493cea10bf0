// The layer rule of docs/architecture.md, checked by the linter rather than by memory.
import fs from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importPlugin from 'eslint-plugin-import';
import globals from 'globals';

const SRC_LAYERS = [
  'app',
  'wall',
  'trainer',
  'scenes',
  'panels',
  'catalog',
  'data',
  'domain',
  'map',
  'charts',
  'ui',
  'stores',
  'i18n',
];

/** Which src layers each layer may import (besides itself). */
const ALLOWED = {
  domain: [],
  catalog: ['domain'],
  i18n: ['domain'],
  data: ['domain', 'catalog'],
  stores: ['domain', 'catalog'],
  ui: ['domain', 'i18n', 'catalog'],
  charts: ['domain', 'ui', 'i18n'],
  map: ['domain', 'data', 'ui', 'i18n', 'catalog'],
  panels: ['domain', 'data', 'catalog', 'ui', 'charts', 'map', 'stores', 'i18n'],
  scenes: ['panels', 'domain', 'data', 'catalog', 'ui', 'stores', 'i18n', 'charts', 'map'],
  // The wall and trainer mode present scenes: they sit above them, below the app shell.
  wall: ['scenes', 'panels', 'domain', 'data', 'catalog', 'ui', 'stores', 'i18n', 'charts', 'map'],
  trainer: [
    'scenes',
    'panels',
    'domain',
    'data',
    'catalog',
    'ui',
    'stores',
    'i18n',
    'charts',
    'map',
  ],
  app: SRC_LAYERS.filter((l) => l !== 'app'),
};

const layerZones = Object.entries(ALLOWED).map(([layer, allowed]) => ({
  target: `./src/${layer}`,
  from: './src',
  except: [`./${layer}`, ...allowed.map((a) => `./${a}`)],
  message: `"${layer}" may import only: ${[layer, ...allowed].join(', ')} (docs/architecture.md).`,
}));

// Scenes never import each other: one zone per scene folder.
const sceneDirs = fs.existsSync('src/scenes')
  ? fs
      .readdirSync('src/scenes', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : [];
const sceneZones = sceneDirs.map((name) => ({
  target: `./src/scenes/${name}`,
  from: './src/scenes',
  except: [`./${name}`],
  message: 'Scenes never import each other; share through panels/ or ui/.',
}));

/** Packages that only one folder may import. */
const OWNED_PACKAGES = [
  { name: 'echarts', owner: 'src/charts/**' },
  { name: 'echarts-for-react', owner: 'src/charts/**' },
  { name: 'maplibre-gl', owner: 'src/map/**' },
  { name: 'zustand', owner: 'src/stores/**' },
  { name: 'msw', owner: 'mocks/**' },
];

/** The owned packages, except those of one owner folder (which may import its own). */
function restrictedPackages(exceptOwner) {
  return OWNED_PACKAGES.filter((p) => p.owner !== exceptOwner).map((p) => ({
    name: p.name,
    message: `Only ${p.owner} imports ${p.name}.`,
  }));
}
const patternsFor = (exceptOwner) =>
  OWNED_PACKAGES.filter((p) => p.owner !== exceptOwner).map((p) => ({
    group: [`${p.name}/*`],
    message: `Only ${p.owner} imports ${p.name}.`,
  }));
const OWNERS = [...new Set(OWNED_PACKAGES.map((p) => p.owner))];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'node_modules/**',
      'public/**',
      'src/generated/**',
      'playwright-report/**',
      'test-results/**',
      '.tmp/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser },
    },
    plugins: { import: importPlugin, 'react-hooks': reactHooks },
    settings: {
      // Relative imports only (no path aliases), so the plain Node resolver with the
      // TypeScript extensions finds every module.
      'import/resolver': {
        node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json', '.d.ts'] },
      },
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'import/no-restricted-paths': ['error', { zones: [...layerZones, ...sceneZones] }],
      'no-restricted-imports': ['error', { paths: restrictedPackages(), patterns: patternsFor() }],
    },
  },
  // Each owner folder may import its own packages (one block per folder, so that two
  // packages of one owner do not override each other's options).
  ...OWNERS.map((owner) => ({
    files: [owner],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: restrictedPackages(owner), patterns: patternsFor(owner) },
      ],
    },
  })),
  // Tests may import any package: they stand in for sources with MSW and drive the
  // libraries their folder wraps.
  {
    files: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  // Only the HTTP module talks to the network.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/data/http/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Only src/data/http fetches.' },
        { name: 'XMLHttpRequest', message: 'Only src/data/http fetches.' },
      ],
    },
  },
  // The pure core: no React, no I/O.
  {
    files: ['src/domain/**/*.ts', 'src/catalog/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...restrictedPackages(),
            { name: 'react', message: 'domain/ and catalog/ are pure: no React.' },
            { name: 'zod', message: 'Schemas live in src/data/contracts.' },
          ],
          patterns: [
            ...patternsFor(),
            { group: ['react-*', '@tanstack/*'], message: 'Pure layer.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'domain/ is pure: no I/O.' },
        { name: 'window', message: 'domain/ is pure: no DOM.' },
        { name: 'document', message: 'domain/ is pure: no DOM.' },
        { name: 'localStorage', message: 'domain/ is pure: no I/O.' },
      ],
    },
  },
  // Tests may use the catalogue and test helpers freely, and non-null assertions.
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**', 'test/**', 'bench/**', 'scripts/**', 'mocks/**'],
    rules: {
      'import/no-restricted-paths': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'e2e/**', '*.config.{js,ts}', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);

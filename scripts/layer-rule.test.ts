// Proves that the layer rule of docs/architecture.md is enforced: each forbidden import
// below must make ESLint fail, and each allowed one must pass.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const eslint = new ESLint({
  cwd: process.cwd(),
  // Type information is not needed for import rules, and the fixtures are not on disk
  // (no-cycle needs files on disk: it is checked separately below).
  overrideConfig: [
    { files: ['**/*.ts', '**/*.tsx'], ...tseslint.configs.disableTypeChecked },
    { rules: { 'import/no-cycle': 'off' } },
  ],
});

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('layer rule (eslint.config.js)', () => {
  test.each([
    [
      'domain imports React',
      'src/domain/fixture.ts',
      "import { useState } from 'react';\nexport const x = useState;\n",
      'no-restricted-imports',
    ],
    [
      'domain imports the data layer',
      'src/domain/fixture.ts',
      "import { fetchJson } from '../data/http/fetch-json';\nexport const x = fetchJson;\n",
      'import/no-restricted-paths',
    ],
    [
      'a scene imports another scene',
      'src/scenes/overview/fixture.tsx',
      "import { DossiersScene } from '../dossiers/DossiersScene';\nexport const x = DossiersScene;\n",
      'import/no-restricted-paths',
    ],
    [
      'a panel imports maplibre-gl',
      'src/panels/fixture.ts',
      "import maplibregl from 'maplibre-gl';\nexport const x = maplibregl;\n",
      'no-restricted-imports',
    ],
    [
      'a panel imports echarts',
      'src/panels/fixture.ts',
      "import * as echarts from 'echarts/core';\nexport const x = echarts;\n",
      'no-restricted-imports',
    ],
    [
      'ui imports zustand',
      'src/ui/fixture.ts',
      "import { create } from 'zustand';\nexport const x = create;\n",
      'no-restricted-imports',
    ],
    [
      'a scene imports msw',
      'src/scenes/overview/fixture.ts',
      "import { http } from 'msw';\nexport const x = http;\n",
      'no-restricted-imports',
    ],
    [
      'a panel calls fetch',
      'src/panels/fixture.ts',
      "export const x = () => fetch('/x');\n",
      'no-restricted-globals',
    ],
    [
      'data imports a panel',
      'src/data/fixture.ts',
      "import { x } from '../panels/kpi-tile/transform';\nexport const y = x;\n",
      'import/no-restricted-paths',
    ],
  ])('%s fails lint', async (_name, filePath, code, rule) => {
    expect(await ruleIds(filePath, code)).toContain(rule);
  });

  test.each([
    [
      'domain imports domain',
      'src/domain/fixture.ts',
      "import { ok } from './result';\nexport const x = ok;\n",
    ],
    [
      'the map module imports maplibre-gl',
      'src/map/fixture.ts',
      "import maplibregl from 'maplibre-gl';\nexport const x = maplibregl;\n",
    ],
    ['data/http calls fetch', 'src/data/http/fixture.ts', "export const x = () => fetch('/x');\n"],
  ])('%s passes lint', async (_name, filePath, code) => {
    expect(await ruleIds(filePath, code)).toEqual([]);
  });
});

describe('import cycles', () => {
  const dir = 'src/domain/__cycle_fixture__';
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('two modules importing each other fail lint', async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/a.ts`, "import { b } from './b';\nexport const a = (): unknown => b;\n");
    writeFileSync(`${dir}/b.ts`, "import { a } from './a';\nexport const b = (): unknown => a;\n");
    const plain = new ESLint({
      cwd: process.cwd(),
      overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }],
    });
    const results = await plain.lintFiles([`${dir}/a.ts`]);
    expect(results[0]?.messages.map((m) => m.ruleId)).toContain('import/no-cycle');
  });
});

// Test helper (not used by the app): the generated geodata, parsed with the real contracts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  parseContextGeodata,
  parseUnitGeodata,
  type ContextGeodata,
  type UnitGeodata,
} from '../../data/contracts/geodata';
import type { UnitSet } from '../types';

const root = path.resolve(import.meta.dirname, '../../..');
let built = false;

function read(file: string): unknown {
  if (!built) {
    execFileSync(process.execPath, [path.join(root, 'scripts/geodata/build.mjs'), '--quiet']);
    built = true;
  }
  return JSON.parse(readFileSync(path.join(root, 'public/geo', file), 'utf8'));
}

export function loadUnits(unitSet: UnitSet): UnitGeodata {
  const r = parseUnitGeodata(read(`units-${unitSet}.json`), unitSet);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

export function loadContext(): ContextGeodata {
  const r = parseContextGeodata(read('context.json'), 'http://127.0.0.1:4173/geo/context.json');
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

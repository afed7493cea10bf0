/**
 * Folds a Vietnamese place name to a matching key: "Thành phố Hồ Chí Minh", "TP. HCM"-style
 * prefixes aside, "Thừa Thiên - Huế", "Thua Thien Hue" and "THỪA THIÊN HUẾ" all fold to
 * "thua thien hue".
 *
 * Steps: lower-case; decompose (NFD) and drop combining marks, which also makes the old and new
 * tone placements ("Hoà"/"Hòa") equal; đ → d (đ is a letter, not a d with a mark, so NFD keeps
 * it), and the look-alike eth ð/Ð that some datasets use for Đ; punctuation and dashes → space;
 * collapse spaces; drop a leading administrative prefix (tỉnh, thành phố, tp) and a trailing
 * English "province"/"city".
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SEPARATORS = /[\s.,;:'"’‘“”()_/\\\-–—]+/g;
const PREFIXES = ['thanh pho ', 'tinh ', 'tp '];
const SUFFIXES = [' province', ' city'];

export function foldName(name: string): string {
  let folded = name
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đð]/g, 'd')
    .replace(SEPARATORS, ' ')
    .trim();
  for (const prefix of PREFIXES) {
    if (folded.startsWith(prefix) && folded.length > prefix.length) {
      folded = folded.slice(prefix.length);
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    if (folded.endsWith(suffix) && folded.length > suffix.length) {
      folded = folded.slice(0, -suffix.length);
      break;
    }
  }
  return folded;
}

/** Title-cased ASCII form for display where diacritics cannot be used ("Hồ Chí Minh" → "Ho Chi Minh"). */
export function asciiName(name: string): string {
  return name
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/\s+/g, ' ')
    .trim();
}

import { err, ok, type Result } from './result';

/** Widens to Result so the test exercises narrowing as a caller would. */
function half(n: number): Result<number, string> {
  return n % 2 === 0 ? ok(n / 2) : err(`${n} is odd`);
}

describe('Result', () => {
  it.each([
    [4, { ok: true, value: 2 }],
    [3, { ok: false, error: '3 is odd' }],
  ])('half(%d) → %o', (n, expected) => {
    expect(half(n)).toEqual(expected);
  });

  it('narrows on the ok flag', () => {
    const r = half(10);
    const seen = r.ok ? r.value : r.error;
    expect(seen).toBe(5);
  });
});

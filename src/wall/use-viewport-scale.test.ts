import { viewportScale } from './use-viewport-scale';

describe('the wall display scale follows the viewport height', () => {
  test.each([
    [1080, 1],
    [2160, 2],
    [1440, 1440 / 1080],
    [768, 768 / 1080],
    [0, 1],
    [-5, 1],
    [Number.NaN, 1],
  ])('%d px high → %d', (height, scale) => {
    expect(viewportScale(height)).toBe(scale);
  });
});

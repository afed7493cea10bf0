import { AQI_BANDS, aqiBand } from './aqi';

describe('VN_AQI bands (Decision 1459/QĐ-TCMT)', () => {
  it.each([
    [0, 'Tốt', [0, 228, 0]],
    [50, 'Tốt', [0, 228, 0]],
    [50.4, 'Tốt', [0, 228, 0]],
    [50.5, 'Trung bình', [255, 255, 0]],
    [51, 'Trung bình', [255, 255, 0]],
    [100, 'Trung bình', [255, 255, 0]],
    [101, 'Kém', [255, 126, 0]],
    [150, 'Kém', [255, 126, 0]],
    [151, 'Xấu', [255, 0, 0]],
    [200, 'Xấu', [255, 0, 0]],
    [201, 'Rất xấu', [143, 63, 151]],
    [300, 'Rất xấu', [143, 63, 151]],
    [301, 'Nguy hại', [126, 0, 35]],
    [500, 'Nguy hại', [126, 0, 35]],
    [742, 'Nguy hại', [126, 0, 35]],
  ])('AQI %d → %s', (aqi, name, rgb) => {
    const band = aqiBand(aqi);
    expect(band?.name.vi).toBe(name);
    expect(band?.rgb).toEqual(rgb);
  });

  it('refuses sensor faults', () => {
    expect(aqiBand(-1)).toBeNull();
    expect(aqiBand(Number.NaN)).toBeNull();
    expect(aqiBand(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('hex matches rgb and bands tile the integers', () => {
    for (const b of AQI_BANDS) {
      expect(b.hex).toBe(
        `#${b.rgb
          .map((c) => c.toString(16).padStart(2, '0'))
          .join('')
          .toUpperCase()}`,
      );
    }
    for (let i = 1; i < AQI_BANDS.length; i += 1) {
      expect(AQI_BANDS[i]!.min).toBe((AQI_BANDS[i - 1]!.max ?? NaN) + 1);
    }
  });
});

import { fontFaceDescriptions, weightOf } from './fonts';

describe('fonts', () => {
  it('sniffs the weight from the stack name as MapLibre does', () => {
    expect(weightOf('Noto Sans Regular')).toBe('400');
    expect(weightOf('Noto Sans Bold')).toBe('700');
  });

  it('describes one FontFace per file, with its unicode range', () => {
    const faces = fontFaceDescriptions({
      'Noto Sans Bold': [
        { url: 'http://x/fonts/a.woff2', 'unicode-range': ['U+0000-00FF', 'U+0131'] },
        { url: 'http://x/fonts/b.woff2', 'unicode-range': ['U+1EA0-1EF9'] },
      ],
    });
    expect(faces).toEqual([
      {
        family: 'Noto Sans Bold',
        source: 'url("http://x/fonts/a.woff2") format("woff2")',
        descriptors: {
          weight: '700',
          style: 'normal',
          display: 'block',
          unicodeRange: 'U+0000-00FF,U+0131',
        },
      },
      {
        family: 'Noto Sans Bold',
        source: 'url("http://x/fonts/b.woff2") format("woff2")',
        descriptors: {
          weight: '700',
          style: 'normal',
          display: 'block',
          unicodeRange: 'U+1EA0-1EF9',
        },
      },
    ]);
  });
});

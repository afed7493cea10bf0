import fc from 'fast-check';
import { csvBlob, csvField, parseCsv, toCsv } from './csv';

describe('CSV for Excel', () => {
  test('UTF-8 BOM first, comma-separated, CRLF line ends', () => {
    const text = toCsv({ header: ['Kỳ', 'Giá trị'], rows: [['2025-08', 58.1]] });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe('Kỳ,Giá trị\r\n2025-08,58.1\r\n');
  });

  test('the blob is UTF-8 CSV and starts with the BOM bytes EF BB BF', async () => {
    const blob = csvBlob({ header: ['Đơn vị'], rows: [['Cần Thơ']] });
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Đơn vị\r\nCần Thơ\r\n');
  });

  test.each([
    ['plain', 'plain'],
    ['Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line1\nline2', '"line1\nline2"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    [' padded ', '" padded "'],
    ['', ''],
  ])('RFC 4180 quoting: %j → %j', (cell, field) => {
    expect(csvField(cell)).toBe(field);
  });

  test.each([
    ['=1+1', "'=1+1"],
    ['+84 912 345 678', "'+84 912 345 678"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=cmd', "'\t=cmd"],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
  ])('formula injection neutralised: %j → %j', (cell, field) => {
    expect(csvField(cell)).toBe(field);
  });

  test.each([
    [58.1, '58.1'],
    [-2.5, '-2.5'], // a number is data, never prefixed
    [1234567, '1234567'],
    [0, '0'],
    [Number.NaN, ''],
    [null, ''],
  ])('numbers are plain machine numbers: %s → %j', (cell, field) => {
    expect(csvField(cell)).toBe(field);
  });

  test('round trip with Vietnamese text, quotes, commas and new lines', () => {
    const header = ['Mã đơn vị', 'Đơn vị', 'Ghi chú', 'Giá trị'];
    const rows = [
      ['92', 'Cần Thơ', 'Tỷ lệ hồ sơ "toàn trình", tháng 10', 58.1],
      ['01', 'Hà Nội', 'Dòng 1\r\nDòng 2', null],
      ['48', 'Đà Nẵng', 'ắằẳẵặ ỏọ ửữự ỹỵ Ỹ', -0.5],
    ];
    expect(parseCsv(toCsv({ header, rows }))).toEqual([
      header,
      ['92', 'Cần Thơ', 'Tỷ lệ hồ sơ "toàn trình", tháng 10', '58.1'],
      ['01', 'Hà Nội', 'Dòng 1\r\nDòng 2', ''],
      ['48', 'Đà Nẵng', 'ắằẳẵặ ỏọ ửữự ỹỵ Ỹ', '-0.5'],
    ]);
  });

  test('round trip of any text cell (formula-like cells come back with the apostrophe)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), { minLength: 1 }),
        (rows) => {
          const width = rows[0]!.length;
          const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? 'x'));
          const [header, ...body] = table;
          const parsed = parseCsv(toCsv({ header: header!, rows: body }));
          const expected = table.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
          expect(parsed).toEqual(expected);
        },
      ),
    );
  });
});

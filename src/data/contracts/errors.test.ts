import { clip, contractError, fieldPath } from './errors';

describe('contract errors', () => {
  it.each<[PropertyKey[], string]>([
    [[], ''],
    [['observations', 3, 'asOf'], 'observations[3].asOf'],
    [['value', 0, '@iot.id'], 'value[0]["@iot.id"]'],
    [['@iot.nextLink'], '["@iot.nextLink"]'],
    [['a b'], '["a b"]'],
    [[Symbol('s')], '[s]'],
  ])('fieldPath(%j) = %j', (path, text) => {
    expect(fieldPath(path)).toBe(text);
  });

  it('adds the source only when known', () => {
    expect(contractError('x', 'm')).toEqual({ kind: 'contract', field: 'x', message: 'm' });
    expect(contractError('x', 'm', 's')).toEqual({
      kind: 'contract',
      source: 's',
      field: 'x',
      message: 'm',
    });
  });

  it('clips long text', () => {
    expect(clip('abc', 5)).toBe('abc');
    expect(clip('abcdefgh', 3)).toBe('abc…');
  });
});

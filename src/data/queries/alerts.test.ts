import { contractError } from '../contracts/errors';
import { mergeSkipped } from './alerts';

const first = contractError('alerts[0].value', 'Too big', 'alerts');
const later = contractError('alerts[3].state', 'is resolved but the history ends open', 'alerts');

describe('mergeSkipped (rows left out over the pages of a list)', () => {
  test.each([
    ['no page skipped anything', null, null, null],
    ['only the first page', { count: 2, first }, null, { count: 2, first }],
    ['only a later page', null, { count: 1, first: later }, { count: 1, first: later }],
    [
      'both: counts add, the first reason stays',
      { count: 2, first },
      { count: 1, first: later },
      { count: 3, first },
    ],
  ] as const)('%s', (_label, a, b, expected) => {
    expect(mergeSkipped(a, b)).toEqual(expected);
  });
});

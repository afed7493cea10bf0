import { panelSpecSchema } from '../../panels/registry';
import { TARGETS_PANELS } from './definition';

describe('targets scene definition', () => {
  test('the table and a glide-path trend, both valid specs', () => {
    expect(TARGETS_PANELS.map((p) => p.panel.type)).toEqual(['target-table', 'trend']);
    for (const { panel } of TARGETS_PANELS)
      expect(panelSpecSchema.safeParse(panel).success).toBe(true);
  });
  test('a malformed glide path is refused', () => {
    const bad = { type: 'trend', kpiId: 'x', glidePath: { targetYear: 'soon' } };
    expect(panelSpecSchema.safeParse(bad).success).toBe(false);
  });
});

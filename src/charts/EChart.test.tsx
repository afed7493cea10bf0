import { Component } from 'react';
import { act, render, screen } from '@testing-library/react';
import { DisplayScaleProvider } from '../ui/display-scale';
import { palettes } from '../ui/tokens';
import EChart from './EChart';
import { liveChartCount } from './registry';
import type { ChartHandle, ChartOption } from './types';

/**
 * echarts-for-react needs a canvas, which jsdom lacks: a stand-in with the same lifecycle
 * (instance ready after mount, rebuilt on theme change, disposed on unmount) checks that the
 * wrapper counts and disposes every instance.
 */
interface FakeInstance {
  theme: unknown;
  option: unknown;
  isDisposed(): boolean;
  dispose(): void;
  getDataURL(): string;
}
const created: FakeInstance[] = [];
let libraryDisposes = true;

function fakeInstance(theme: unknown, option: unknown): FakeInstance {
  let disposed = false;
  const instance = {
    theme,
    option,
    isDisposed: () => disposed,
    dispose: () => {
      disposed = true;
    },
    getDataURL: () => 'data:image/png;base64,',
  };
  created.push(instance);
  return instance;
}

interface StubProps {
  option: unknown;
  theme: unknown;
  onChartReady: (instance: FakeInstance) => void;
  role?: string;
  'aria-label'?: string;
}

vi.mock('echarts-for-react/esm/core', () => ({
  default: class Stub extends Component<StubProps> {
    instance: FakeInstance | null = null;
    override componentDidMount() {
      this.instance = fakeInstance(this.props.theme, this.props.option);
      this.props.onChartReady(this.instance);
    }
    override componentDidUpdate(prev: StubProps) {
      if (prev.theme !== this.props.theme) {
        this.instance?.dispose();
        this.instance = fakeInstance(this.props.theme, this.props.option);
        this.props.onChartReady(this.instance);
      }
    }
    override componentWillUnmount() {
      if (libraryDisposes) this.instance?.dispose();
    }
    override render() {
      return <div role={this.props.role} aria-label={this.props['aria-label']} />;
    }
  },
}));

const OPTION: ChartOption = { series: [{ type: 'line', data: [1, 2, 3] }] };

beforeEach(() => {
  created.length = 0;
  libraryDisposes = true;
  document.documentElement.dataset.theme = 'desk';
});

describe('<EChart>', () => {
  test('counts the instance while mounted, disposes it and hands back null on unmount', () => {
    const start = liveChartCount();
    const onReady = vi.fn<(handle: ChartHandle | null) => void>();
    const { unmount } = render(<EChart option={OPTION} label="Biểu đồ" onReady={onReady} />);
    expect(liveChartCount()).toBe(start + 1);
    const handle = onReady.mock.lastCall?.[0];
    expect(typeof handle?.toPng).toBe('function');
    unmount();
    expect(liveChartCount()).toBe(start);
    expect(created.every((c) => c.isDisposed())).toBe(true);
    expect(onReady).toHaveBeenLastCalledWith(null);
  });

  test('disposes the instance itself if the library did not', () => {
    libraryDisposes = false;
    const start = liveChartCount();
    const { unmount } = render(<EChart option={OPTION} label="x" />);
    unmount();
    expect(created[0]?.isDisposed()).toBe(true);
    expect(liveChartCount()).toBe(start);
  });

  test('a theme change rebuilds the chart with the wall palette; still one live instance', async () => {
    const start = liveChartCount();
    const { unmount } = render(<EChart option={OPTION} label="x" />);
    expect((created[0]?.theme as { color: string[] }).color).toEqual([...palettes.desk.series]);
    await act(async () => {
      document.documentElement.dataset.theme = 'wall';
      await Promise.resolve(); // MutationObserver callbacks are microtasks
    });
    expect(created).toHaveLength(2);
    expect((created[1]?.theme as { color: string[] }).color).toEqual([...palettes.wall.series]);
    expect(created[0]?.isDisposed()).toBe(true);
    expect(liveChartCount()).toBe(start + 1);
    unmount();
    expect(liveChartCount()).toBe(start);
  });

  test('aria: the label is the chart description and the element is an image', () => {
    render(<EChart option={OPTION} label="Tỷ lệ hồ sơ trực tuyến, 24 kỳ" />);
    expect(screen.getByRole('img', { name: 'Tỷ lệ hồ sơ trực tuyến, 24 kỳ' })).toBeInTheDocument();
    expect(created[0]?.option).toMatchObject({
      aria: { enabled: true, label: { description: 'Tỷ lệ hồ sơ trực tuyến, 24 kỳ' } },
      series: [{ type: 'line' }],
    });
  });

  test('1,000 scene rotations leave no live instance behind', () => {
    const start = liveChartCount();
    for (let i = 0; i < 1000; i += 1) {
      const { unmount } = render(<EChart option={OPTION} label="x" />);
      unmount();
    }
    expect(liveChartCount()).toBe(start);
  });

  test('inside a display scale (the 4K wall) theme and option are drawn at that scale', () => {
    const option: ChartOption = {
      grid: { left: 8, top: 40 },
      series: [{ type: 'line', data: [1] }],
    };
    render(
      <DisplayScaleProvider scale={2}>
        <EChart option={option} label="x" />
      </DisplayScaleProvider>,
    );
    expect((created[0]?.theme as { textStyle: { fontSize: number } }).textStyle.fontSize).toBe(26);
    expect(created[0]?.option).toMatchObject({ grid: { left: 16, top: 80 } });
  });

  test('outside a provider (the desk) the option goes to ECharts as the panel built it', () => {
    const option: ChartOption = {
      grid: { left: 8, top: 40 },
      series: [{ type: 'line', data: [1] }],
    };
    render(<EChart option={option} label="x" />);
    expect((created[0]?.theme as { textStyle: { fontSize: number } }).textStyle.fontSize).toBe(13);
    expect(created[0]?.option).toMatchObject({ grid: { left: 8, top: 40 } });
  });
});

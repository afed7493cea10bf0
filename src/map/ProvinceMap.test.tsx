import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import type { ContextGeodata, UnitGeodata } from '../data/contracts/geodata';
import { geodataQueries } from '../data/queries/geodata';
import type { EngineInit, MapEngine } from './engine-types';
import type { FillMap } from './feature-state';
import { DisplayScaleProvider } from '../ui/display-scale';
import { thresholdLegend } from './legend';
import { EN_MAP_MESSAGES } from './messages';
import { ProvinceMap, type ProvinceMapHandle, type ProvinceMapProps } from './ProvinceMap';
import type { MapPointLayer, UnitValues } from './types';

const square = (x: number, y: number) =>
  [
    [
      [x, y],
      [x + 1, y],
      [x + 1, y + 1],
      [x, y + 1],
      [x, y],
    ],
  ] as [number, number][][];

function units(unitSet: 'current' | 'former', codes: Array<[string, string]>): UnitGeodata {
  return {
    unitSet,
    units: {
      type: 'FeatureCollection',
      features: codes.map(([code, name], i) => ({
        type: 'Feature',
        properties: { code, name, type: 'province', areaKm2: 1 },
        geometry: { type: 'Polygon', coordinates: square(105 + i, 20) },
      })),
    },
    labels: {
      type: 'FeatureCollection',
      features: codes.map(([code, name], i) => ({
        type: 'Feature',
        properties: { code, name, rank: 0 },
        geometry: { type: 'Point', coordinates: [105.5 + i, 20.5] },
      })),
    },
  };
}

const context: ContextGeodata = {
  attribution: 'Natural Earth',
  viewBbox: [102, 8, 115, 23.5],
  maxBounds: [84, -3, 136, 33],
  fonts: {},
  land: { type: 'FeatureCollection', features: [] },
  archipelagos: { type: 'FeatureCollection', features: [] },
};

const CURRENT = units('current', [
  ['40', 'Nghệ An'],
  ['79', 'Hồ Chí Minh'],
]);
const FORMER = units('former', [
  ['44', 'Quảng Bình'],
  ['45', 'Quảng Trị'],
]);

const legend = thresholdLegend({
  title: 'Tỷ lệ',
  thresholds: [50],
  colors: ['#low', '#high'],
  format: (v) => `${v}%`,
});

/** A fake engine that records what the component asks of the map. */
class FakeEngine implements MapEngine {
  static last: FakeEngine | null = null;
  static created = 0;
  calls: string[] = [];
  fills: FillMap = new Map();
  selected: string | null;
  focused: string | null = null;
  destroyed = false;
  constructor(readonly init: EngineInit) {
    FakeEngine.last = this;
    FakeEngine.created++;
    this.selected = init.selected;
    queueMicrotask(() => {
      init.callbacks.onStatus('ready');
    });
  }
  setUnits(u: UnitGeodata) {
    this.calls.push(`units:${u.unitSet}`);
  }
  setFills(f: FillMap) {
    this.fills = f;
    this.calls.push('fills');
  }
  setSelected(code: string | null) {
    this.selected = code;
  }
  setFocused(code: string | null) {
    this.focused = code;
  }
  setPointLayers(layers: readonly MapPointLayer[]) {
    this.calls.push(`points:${layers.length}`);
  }
  flyTo(target: { key: string | number }) {
    this.calls.push(`fly:${target.key}`);
  }
  project() {
    return { x: 10, y: 20 };
  }
  unitAt() {
    return { code: '40', fill: '#high' };
  }
  whenIdle() {
    return Promise.resolve();
  }
  destroy() {
    this.destroyed = true;
  }
}
const factory = (init: EngineInit) => new FakeEngine(init);

function setup(ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(geodataQueries.context().queryKey, context);
  client.setQueryData(geodataQueries.units('current').queryKey, CURRENT);
  client.setQueryData(geodataQueries.units('former').queryKey, FORMER);
  const wrap = (node: ReactNode) => (
    <QueryClientProvider client={client}>{node}</QueryClientProvider>
  );
  const result = render(wrap(ui));
  return {
    ...result,
    rerender: (node: ReactNode) => {
      result.rerender(wrap(node));
    },
  };
}

const values: UnitValues = { '40': { value: 80, classIndex: 1, label: '80%' } };

/** ProvinceMap on the fake engine with the current units and one value; props override. */
function TestMap(props: Partial<ProvinceMapProps>) {
  return (
    <ProvinceMap
      unitSet="current"
      values={values}
      legend={legend}
      ariaLabel="x"
      engineFactory={factory}
      {...props}
    />
  );
}

beforeEach(() => {
  FakeEngine.last = null;
  FakeEngine.created = 0;
});

describe('ProvinceMap', () => {
  it('creates one map, colours units through fills, and disposes the map on unmount', async () => {
    const view = setup(<TestMap ariaLabel="Tỷ lệ" basemapStyleUrl={null} />);
    await waitFor(() => {
      expect(screen.getByTestId('province-map')).toHaveAttribute('data-state', 'ready');
    });
    const engine = FakeEngine.last!;
    await waitFor(() => {
      expect(engine.fills.size).toBe(2);
    });
    expect(engine.init.basemapStyleUrl).toBeNull();
    expect(engine.init.locale['Map.Title']).toBe('Tỷ lệ');
    expect([...engine.fills]).toEqual([
      ['40', '#high'],
      ['79', legend.noData.color],
    ]);
    view.unmount();
    expect(engine.destroyed).toBe(true);
    expect(FakeEngine.created).toBe(1);
  });

  it('passes only changed props: new values → new fills, same values → nothing', async () => {
    const ui = (v: UnitValues, selected: string | null) => (
      <TestMap values={v} selectedCode={selected} />
    );
    const view = setup(ui(values, null));
    await waitFor(() => {
      expect(FakeEngine.last?.calls).toContain('fills');
    });
    const engine = FakeEngine.last!;
    const fillCalls = () => engine.calls.filter((c) => c === 'fills').length;
    const before = fillCalls();
    view.rerender(ui(values, '79'));
    expect(engine.selected).toBe('79');
    expect(fillCalls()).toBe(before);
    view.rerender(ui({ '40': { value: 10, classIndex: 0, label: '10%' } }, '79'));
    expect(fillCalls()).toBe(before + 1);
    expect(engine.fills.get('40')).toBe('#low');
    expect(FakeEngine.created).toBe(1);
  });

  it('switches unit sets without recreating the map', async () => {
    const ui = (set: 'current' | 'former') => <TestMap unitSet={set} values={{}} />;
    const view = setup(ui('current'));
    await waitFor(() => {
      expect(FakeEngine.last).not.toBeNull();
    });
    view.rerender(ui('former'));
    const engine = FakeEngine.last!;
    await waitFor(() => {
      expect(engine.calls).toContain('units:former');
    });
    expect([...engine.fills.keys()]).toEqual(['44', '45']);
    expect(screen.getByTestId('province-map')).toHaveAttribute('data-unit-set', 'former');
    expect(FakeEngine.created).toBe(1);
  });

  it('reports clicks through onSelect and flies to a new target once', async () => {
    const onSelect = vi.fn();
    const ui = (key: number) => <TestMap onSelect={onSelect} flyTo={{ key, unitCode: '79' }} />;
    const view = setup(ui(1));
    await waitFor(() => {
      expect(FakeEngine.last?.calls).toContain('fly:1');
    });
    const engine = FakeEngine.last!;
    act(() => {
      engine.init.callbacks.onSelect('79');
    });
    expect(onSelect).toHaveBeenCalledWith('79');
    view.rerender(ui(1));
    view.rerender(ui(2));
    expect(engine.calls.filter((c) => c.startsWith('fly:'))).toEqual(['fly:1', 'fly:2']);
  });

  it('renders tooltips as text, never as HTML from data', async () => {
    const hostile: UnitValues = {
      '40': { value: 1, classIndex: 0, label: '<img src=x onerror=alert(1)>' },
    };
    setup(<TestMap values={hostile} />);
    await waitFor(() => {
      expect(FakeEngine.last).not.toBeNull();
    });
    act(() => {
      FakeEngine.last!.init.callbacks.onHover({ kind: 'unit', code: '40', x: 5, y: 5 });
    });
    const tooltip = screen.getByTestId('map-tooltip');
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.querySelector('img')).toBeNull();
    expect(tooltip).toHaveTextContent('Nghệ An');
    expect(tooltip).toHaveTextContent('Tỷ lệ: <img src=x onerror=alert(1)>');
    act(() => {
      FakeEngine.last!.init.callbacks.onHover(null);
    });
    expect(tooltip.hidden).toBe(true);
  });

  it('reports a clicked point and computes its tooltip label only on hover', async () => {
    const onSelectPoint = vi.fn();
    const pointLabel = vi.fn((id: string) => `giá trị của ${id}`);
    const points: MapPointLayer[] = [
      {
        id: 'air',
        kind: 'sensor',
        cluster: true,
        legend,
        items: [{ id: 's1', lng: 105, lat: 21, classIndex: 0, name: 'Trạm <b>1</b>' }],
        pointLabel,
      },
    ];
    setup(<TestMap points={points} onSelectPoint={onSelectPoint} />);
    await waitFor(() => {
      expect(FakeEngine.last).not.toBeNull();
    });
    expect(pointLabel).not.toHaveBeenCalled();
    const engine = FakeEngine.last!;
    act(() => {
      engine.init.callbacks.onHover({
        kind: 'point',
        layerId: 'air',
        id: 's1',
        name: 'Trạm <b>1</b>',
        label: '',
        x: 3,
        y: 4,
      });
    });
    expect(pointLabel).toHaveBeenCalledTimes(1);
    expect(pointLabel).toHaveBeenCalledWith('s1');
    const tooltip = screen.getByTestId('map-tooltip');
    expect(tooltip.querySelector('b')).toBeNull();
    expect(tooltip).toHaveTextContent('Trạm <b>1</b>giá trị của s1');
    act(() => {
      engine.init.callbacks.onSelectPoint('air', 's1');
    });
    expect(onSelectPoint).toHaveBeenCalledWith('air', 's1');
  });

  it('reads the display scale: the engine gets it and the controls grow with it', async () => {
    setup(
      <DisplayScaleProvider scale={2}>
        <TestMap />
      </DisplayScaleProvider>,
    );
    await waitFor(() => {
      expect(FakeEngine.last).not.toBeNull();
    });
    expect(FakeEngine.last!.init.scale).toBe(2);
    expect(screen.getByTestId('province-map').style.getPropertyValue('--map-scale')).toBe('2');
    act(() => {
      FakeEngine.last!.init.callbacks.onHover({ kind: 'unit', code: '40', x: 10, y: 10 });
    });
    // The tooltip keeps twice the distance from the pointer, as everything else is twice as big.
    expect(screen.getByTestId('map-tooltip').style.transform).toBe('translate(34px, 34px)');
  });

  it('gives keyboard access to every unit: arrows highlight, Enter selects, Esc clears', async () => {
    const onSelect = vi.fn();
    setup(<TestMap onSelect={onSelect} />);
    await waitFor(() => {
      expect(FakeEngine.last).not.toBeNull();
    });
    const list = screen.getByRole('listbox', { name: 'Chọn tỉnh, thành phố trên bản đồ' });
    expect(screen.getAllByRole('option')).toHaveLength(34);
    list.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(FakeEngine.last!.focused).toBe('91'); // An Giang comes first
    await userEvent.keyboard('n');
    expect(FakeEngine.last!.focused).toBe('40'); // next unit starting with N: Nghệ An
    expect(screen.getByRole('option', { name: /Nghệ An: 80%/ })).toHaveAttribute(
      'id',
      list.getAttribute('aria-activedescendant'),
    );
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('40');
    await userEvent.keyboard('{Escape}');
    expect(onSelect).toHaveBeenLastCalledWith(null);
    await userEvent.tab();
    expect(FakeEngine.last!.focused).toBeNull();
  });

  it('says so when the map cannot be drawn', async () => {
    const failing = (init: EngineInit) => {
      queueMicrotask(() => {
        init.callbacks.onStatus('failed', 'no WebGL');
      });
      return new FakeEngine({
        ...init,
        callbacks: { ...init.callbacks, onStatus: () => undefined },
      });
    };
    setup(<TestMap engineFactory={failing} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('WebGL');
    expect(screen.getByTestId('province-map')).toHaveAttribute('data-state', 'failed');
  });

  it.each([
    [undefined, 'Không tải được bản đồ nền đã cấu hình'],
    [EN_MAP_MESSAGES, 'The configured basemap could not be loaded'],
  ])('notes a configured basemap that did not load (%#)', async (messages, text) => {
    setup(
      <TestMap basemapStyleUrl="https://tiles.example.invalid/style.json" messages={messages} />,
    );
    await waitFor(() => {
      expect(FakeEngine.last).not.toBeNull();
    });
    expect(screen.queryByText(text, { exact: false })).toBeNull();
    act(() => {
      FakeEngine.last!.init.callbacks.onBasemapFallback('404 Not Found');
    });
    const note = screen.getByText(text, { exact: false });
    expect(note).toHaveAttribute('role', 'status');
    expect(note).toHaveAttribute('title', '404 Not Found');
  });

  it('exposes an imperative handle for alerts and tests', async () => {
    let handle: ProvinceMapHandle | null = null;
    setup(
      <TestMap
        ref={(h) => {
          handle = h;
        }}
      />,
    );
    await waitFor(() => {
      expect(handle?.unitAt(1, 1)).toEqual({ code: '40', fill: '#high' });
    });
    expect(handle!.labelPointOf('79')).toEqual({ x: 10, y: 20 });
    handle!.flyTo({ key: 'alert-7', center: [106, 10] });
    expect(FakeEngine.last!.calls).toContain('fly:alert-7');
  });
});

import { QueryClient } from '@tanstack/react-query';
import { setRuntimeConfig } from '../config/current-config';
import { runtimeConfigSchema } from '../config/runtime-config';
import { fetchJson } from '../http/fetch-json';
import { isContractFailure } from './contract-failure';
import { geodataQueries } from './geodata';

vi.mock('../http/fetch-json', () => ({ fetchJson: vi.fn() }));
const fetchMock = vi.mocked(fetchJson);

const ring = [
  [105, 21],
  [106, 21],
  [106, 22],
  [105, 21],
];

beforeEach(() => {
  fetchMock.mockReset();
  // sourceUrl resolves relative base URLs against the page; Node has no page.
  vi.stubGlobal('location', new URL('http://127.0.0.1:4173/'));
  setRuntimeConfig(
    runtimeConfigSchema.parse({
      mocks: true,
      defaultUnit: '92',
      sources: {
        kpi: { baseUrl: '/api/kpi/v1' },
        sensors: { baseUrl: '/api/sta/v1.1' },
        alerts: { baseUrl: '/api/alerts/v1' },
        geodata: { baseUrl: 'http://example.test/geo/' },
      },
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe('geodataQueries', () => {
  it('loads a unit set from the geodata source, keyed by unit set', async () => {
    fetchMock.mockResolvedValue({
      unitSet: 'former',
      units: {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: {
              code: '02',
              name: 'Hà Giang',
              type: 'province',
              areaKm2: 1,
              successor: '08',
            },
            geometry: { type: 'Polygon', coordinates: [ring] },
          },
        ],
      },
      labels: { type: 'FeatureCollection', features: [] },
    });
    const options = geodataQueries.units('former');
    expect(options.queryKey).toEqual(['geodata', 'units', 'former']);
    const data = await client().query(options);
    expect(data.units.features[0]?.properties.code).toBe('02');
    expect(fetchMock).toHaveBeenCalledWith(
      'http://example.test/geo/units-former.json',
      expect.objectContaining({ signal: expect.any(AbortSignal) as AbortSignal }),
    );
  });

  it('turns a malformed file into a ContractFailure', async () => {
    fetchMock.mockResolvedValue({ attribution: 'x' });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error: unknown = await client()
      .query(geodataQueries.context())
      .catch((e: unknown) => e);
    expect(isContractFailure(error)).toBe(true);
  });
});

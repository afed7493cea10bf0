import { fetchJson } from './fetch-json';
import { isHttpFailure } from './errors';
import { holdSourcesUntil } from './sources-ready';

const URL_ = 'http://localhost/data.json';

afterEach(() => {
  holdSourcesUntil(Promise.resolve());
  vi.unstubAllGlobals();
});

describe('the sources-ready gate', () => {
  test('requests wait until the sources are ready, then go out', async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response('{"ok":true}')));
    vi.stubGlobal('fetch', fetchMock);
    let open!: () => void;
    holdSourcesUntil(new Promise<void>((resolve) => (open = resolve)));
    const answer = fetchJson(URL_);
    await new Promise((r) => setTimeout(r, 20));
    expect(fetchMock).not.toHaveBeenCalled();
    open();
    await expect(answer).resolves.toEqual({ ok: true });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  test('sources that cannot start: a network failure that names why, no request', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    holdSourcesUntil(Promise.reject(new Error('service worker blocked')));
    const error: unknown = await fetchJson(URL_).catch((e: unknown) => e);
    expect(isHttpFailure(error) && error.kind).toBe('network');
    expect((error as Error).message).toContain('service worker blocked');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  test('nobody holding the gate (real endpoints): requests go out at once', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('[1]'))),
    );
    await expect(fetchJson(URL_)).resolves.toEqual([1]);
  });
});

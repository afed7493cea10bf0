import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorBoundary } from './ErrorBoundary';

let shouldThrow = true;
function Fragile() {
  if (shouldThrow) throw new Error('boom');
  return <p>recovered</p>;
}

describe('<ErrorBoundary>', () => {
  test('a crashing panel is contained; its neighbour keeps rendering; retry re-renders it', async () => {
    const onError = vi.fn();
    // React reports the caught error on the console in development; expected here.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    shouldThrow = true;
    render(
      <div>
        <ErrorBoundary
          onError={onError}
          fallback={(error, reset) => (
            <button type="button" onClick={reset}>
              retry after {error.message}
            </button>
          )}
        >
          <Fragile />
        </ErrorBoundary>
        <p>neighbour</p>
      </div>,
    );
    expect(screen.getByText('neighbour')).toBeInTheDocument();
    expect(onError).toHaveBeenCalledOnce();
    shouldThrow = false;
    await userEvent.click(screen.getByRole('button', { name: 'retry after boom' }));
    expect(screen.getByText('recovered')).toBeInTheDocument();
    consoleError.mockRestore();
  });
});

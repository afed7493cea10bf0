import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { mockServer, resetMocks } from '../mocks/node';

// The same mock sources as the browser demo answer every request made in a test.
beforeAll(() => {
  mockServer.listen({ onUnhandledRequest: 'error' });
});
afterEach(async () => {
  mockServer.resetHandlers();
  // Default scenario, real clock, empty alert store: no test leaks state into the next.
  await resetMocks();
  cleanup();
});
afterAll(() => {
  mockServer.close();
});

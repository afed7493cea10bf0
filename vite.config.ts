/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy a deployment should send (docs/security.md). `vite preview`
 * sends it too, so every e2e test runs under it and a violation fails the test.
 * MapLibre runs its worker from a blob: URL, hence worker-src blob:. A deployment whose
 * sources live on other hosts adds them to connect-src.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

// One config for the dev server, the production build and Vitest, so that all three
// resolve modules the same way.
export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true },
  preview: {
    port: 4173,
    strictPort: true,
    headers: {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Charts, the map and the mock sources are loaded per scene / per configuration;
    // nothing here forces them into the first screen.
    chunkSizeWarningLimit: 1200,
    // bench/bundle.mjs reads the manifest to tell first-screen JS from lazy chunks.
    manifest: true,
  },
  test: {
    globals: true,
    setupFiles: ['./test/setup.ts'],
    // Pure modules test in Node; components (*.test.tsx) in jsdom.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', include: ['src/**/*.test.tsx'] },
      },
    ],
    // The product promises Asia/Ho_Chi_Minh whatever the machine's zone: run the unit
    // tests in a zone far from it so that an accidental local-time call shows up.
    env: { TZ: 'America/New_York' },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,tsx}'],
      exclude: ['src/**/*.test.{ts,tsx}', 'src/generated/**'],
      reporter: ['text-summary', 'json-summary'],
    },
  },
});

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const fromHere = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

const API_TARGET = 'http://localhost:3000';
const nodeModule = (names: string): RegExp =>
  new RegExp(`[\\\\/]node_modules[\\\\/](${names})[\\\\/]`);

export default defineConfig({
  root: fromHere('.'),
  // Keep Vite's and Vitest's caches with the workspace's node_modules, not inside apps/web.
  cacheDir: fromHere('../../node_modules/.vite/web'),
  plugins: [react()],
  resolve: {
    alias: [
      { find: '@coalition/contracts', replacement: fromHere('../../libs/contracts/src/index.ts') },
      // `@/lib/...`: the app's own folders, from anywhere in src (see tsconfig.json `paths`).
      { find: /^@\//, replacement: `${fromHere('src')}/` },
    ],
  },
  server: { port: 4200, proxy: { '/api': API_TARGET } },
  preview: { port: 4200, proxy: { '/api': API_TARGET } },
  build: {
    outDir: fromHere('dist'),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // React and the router change rarely: their own long-cached chunk.
            {
              name: 'react',
              test: nodeModule('react|react-dom|scheduler|react-router|cookie|set-cookie-parser'),
              priority: 30,
            },
            // Only the antd pieces the shell needs up front; the rest (Table, Select,
            // Descriptions...) follows the lazy pages that use them.
            {
              name: 'antd',
              test: nodeModule(
                'antd|@ant-design|@rc-component|@babel|clsx|dayjs|throttle-debounce',
              ),
              tags: ['$initial'],
              priority: 20,
            },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial'], priority: 10 },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.tsx'],
    setupFiles: ['./src/testing/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    testTimeout: 15_000,
    // Under Node, `react-router/dom` (whose RouterProvider supports `flushSync`) would
    // require a second copy of `react-router`; pre-bundling both gives one copy, as in the app.
    deps: {
      optimizer: { client: { enabled: true, include: ['react-router', 'react-router/dom'] } },
    },
  },
});

// One build for the three sides: Electron main (plus the plain-Node `serve` entry that shares the
// hall core), the preload bridge, and the renderer windows (one HTML page per window). The district
// receiver is not part of the hall app: it has its own build (receiver.vite.config.ts).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // export-worker: the xlsx export's worker thread (electron/reports/export-worker.ts), found beside
      // the entries (HallOptions.builtDir).
      rolldownOptions: {
        input: { index: 'electron/main/index.ts', serve: 'electron/server/serve.ts', 'export-worker': 'electron/reports/export-worker.ts' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can only require 'electron' and a few built-ins: bundle everything it
      // imports (test/electron/build.test.ts checks the output requires nothing else).
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: 'electron/preload/index.ts' },
        // .cjs: the package is "type": "module", and this file is CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    // resources/ (voice clips a hall may replace) is copied as is: /voice/rating/prompt.wav …
    publicDir: '../resources',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rolldownOptions: {
        input: {
          index: 'renderer/index.html',
          kiosk: 'renderer/kiosk.html',
          caller: 'renderer/caller.html',
          console: 'renderer/console.html',
          pad: 'renderer/pad.html',
          admin: 'renderer/admin.html',
          setup: 'renderer/setup.html',
        },
      },
    },
  },
});

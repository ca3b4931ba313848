// The district receiver's own build (`npm run build:receiver` → out/receiver/receiver.js), apart from
// the hall app's (electron.vite.config.ts): a district runs it on its own server, without Electron
// or the hall's windows. A Node (SSR) build: its npm dependencies stay imports, resolved from
// node_modules where it runs.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: 'electron/receiver/cli.ts',
    outDir: 'out/receiver',
    target: 'node22',
    emptyOutDir: true,
    rolldownOptions: { output: { format: 'es', entryFileNames: 'receiver.js' } },
  },
});

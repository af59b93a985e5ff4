// Loads the TypeScript benchmark through Vite's module runner (the same resolution the build uses) and runs it.
import { runnerImport } from 'vite';

const { module } = await runnerImport('./test/bench/data.bench.ts', { configFile: false, logLevel: 'error' });
module.main();

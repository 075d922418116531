import { loadCli } from './bundle-file.js';

// A lint pool's worker thread (lint-pool.ts): the same bundle, sharing the main thread's code cache.
await loadCli(false).exports.runLintWorker();

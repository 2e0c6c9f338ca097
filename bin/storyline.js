#!/usr/bin/env node
// The CLI entry point: runs the compiled TypeScript in dist/ (built by `npm ci` / `npm run build`).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));

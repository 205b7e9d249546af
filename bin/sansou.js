#!/usr/bin/env node
// The compiled CLI lives in dist/; `npm install` builds it through the prepare script.
import { main } from '../dist/src/cli.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});

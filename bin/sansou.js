#!/usr/bin/env node
// The bundled CLI lives in dist/bundle/; `npm install` builds it through the prepare script.
import { main } from '../dist/bundle/cli.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});

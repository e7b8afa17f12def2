#!/usr/bin/env node
// The `okrbook` command. Installed, it runs the JavaScript `npm pack` bundled into lib/ (Node.js does not
// run TypeScript from node_modules); in a checkout of okrbook, the TypeScript source (src/cli/okrbook.ts).
import { existsSync } from 'node:fs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`okrbook needs Node.js 22.12 or newer (as Astro does); this is Node.js ${process.versions.node}.`);
  process.exit(1);
}
const bundled = new URL('../lib/cli/okrbook.js', import.meta.url);
const { okrbookMain } = await import(existsSync(bundled) ? bundled.href : new URL('../src/cli/okrbook.ts', import.meta.url).href);
await okrbookMain();

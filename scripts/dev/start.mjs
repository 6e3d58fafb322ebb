// `npm start`: builds the bundle, rebuilds it on every change, and serves the demo partner page.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { serveStatic } from './static-server.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);
const port = Number(process.env.PORT ?? 8000);
// npm is npm.cmd on Windows, which only a shell runs; the compilers run as Node scripts everywhere.
const shell = process.platform === 'win32';
const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
const tsc = ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'];

run('npm', ['run', '--silent', 'localize:build']);
run('npm', ['run', '--silent', 'check:data']);
run(process.execPath, tsc);
// tsc compiles again whenever a source file changes, and rollup bundles again whenever tsc's output does.
const watchers = [
  spawn(process.execPath, [...tsc, '--watch', '--preserveWatchOutput'], { cwd: root, stdio: 'inherit' }),
  spawn(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--watch', '--no-watch.clearScreen'], { cwd: root, stdio: 'inherit' }),
];
const stop = () => {
  for (const watcher of watchers) watcher.kill();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

// '::' is dual-stack: both localhost addresses (::1 and 127.0.0.1) answer.
const server = await serveStatic(root, { port, host: '::', index: '/demo/' });
console.log(`\nCRS Widgets demo: http://localhost:${server.address().port}/demo/  (rebuilds on change; Ctrl-C to stop)\n`);

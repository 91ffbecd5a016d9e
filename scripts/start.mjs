// `npm start`: builds both products, then serves the PWA's production build (with its
// service worker, so it installs and works offline) and says where the extension is.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const port = process.env.PORT ?? '4173';
console.log(`
Alongside is ready.

  PWA:        http://localhost:${port}/
  Extension:  ${resolve('dist/extension')}
              In Chrome or Edge: open chrome://extensions (edge://extensions), turn on
              Developer mode, choose "Load unpacked" and pick the folder above.

Press Ctrl+C to stop.
`);
const server = spawn('npx', ['vite', 'preview', '--port', port, '--strictPort'], { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));

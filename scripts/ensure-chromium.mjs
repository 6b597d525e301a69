// Makes sure a Chromium exists for the browser tests and benchmarks. On a
// fresh machine it installs Debian's package when running as root; otherwise
// it says exactly what to do.
import { execSync } from 'node:child_process';
import { findChrome } from './chrome-path.mjs';

if (findChrome()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    'Chromium is needed for the browser tests and was not found.\n' +
      'Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome/Chromium binary, then run the command again.',
  );
  process.exit(1);
}
console.log('Chromium not found: installing Debian\'s chromium package and Noto fonts (about a minute)…');
try {
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core fonts-noto-cjk > /dev/null', {
    stdio: 'inherit',
    shell: '/bin/sh',
  });
} catch {
  console.error('Installing Chromium with apt-get failed. Install it by hand (apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}
if (!findChrome()) {
  console.error('apt-get finished but no Chromium binary was found; set CHROME_PATH.');
  process.exit(1);
}
console.log('Chromium installed.');

// npm run test:wordpress — the WordPress plugin (wordpress/ally-widgets/) on a real WordPress.
//
// As root (CI): installs what is missing of Debian's wordpress, its Twenty Twenty-Three and Twenty
// Twenty-One themes, mariadb-server, PHP and php-codesniffer; starts a private MariaDB and PHP's
// web server on 127.0.0.1:8720 (test/wordpress/site.mjs); installs WordPress with an
// Administrator, an Author and a Contributor; installs and activates the plugin; and checks in
// headless Chromium, in both themes, that
//   - every widget, posted by each role as a block and as a shortcode in classic content, renders
//     with its attributes, with nothing stripped and its no-JavaScript fallback inside it;
//   - the Author's and the Contributor's posts show the same widgets as the Administrator's;
//   - the script is loaded once, as a module, from the plugin's folder, and pages without a
//     widget load nothing of the plugin; no request leaves the site;
//   - the settings page refuses a number the widgets cannot dial, with their message, and its
//     defaults reach the widgets; a group list from the Media Library keeps its address when
//     another file replaces it;
//   - the block editor offers every widget as a block and previews the real widget live;
// plus, without WordPress: the plugin's PHP parses, passes PHP_CodeSniffer, and its phone and
// colour rules agree with the widgets' on shared lists of cases. Then it stops all it started.
// Screenshots: .tmp/wordpress/. Not root: says it is skipped and exits 0.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/chrome-path.mjs';
import { PLAIN_POST, RAW_HTML, blocksPost, classicPost, widgetCases } from './content.mjs';
import { installPackages, start } from './site.mjs';

const root = new URL('../../', import.meta.url).pathname;
const plugin = join(root, 'wordpress/ally-widgets');
const shots = join(root, '.tmp/wordpress');
const PORT = 8720;
const PASSWORD = 'ally-widgets-test-password';
const ROLES = ['administrator', 'author', 'contributor'];
const THEMES = ['twentytwentythree', 'twentytwentyone'];

if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
  console.log('test:wordpress skipped: it installs Debian packages (wordpress, mariadb-server, php) with apt-get, so it runs only as root on Debian (as CI does).');
  process.exit(0);
}

let passed = 0;
const failures = [];
async function check(name, fn) {
  const started = Date.now();
  const took = () => `(${((Date.now() - started) / 1000).toFixed(1)} s)`;
  try {
    await fn();
    passed++;
    console.log(`  ✓ ${name} ${took()}`);
  } catch (error) {
    failures.push(name);
    console.log(`  ✗ ${name} ${took()}\n      ${String(error?.message ?? error).split('\n').join('\n      ')}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
function assertEqual(actual, expected, message) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}\n  expected ${e}\n  actual   ${a}`);
}

// ---- the plugin, built: dist/ (npm run build), then the plugin's copy, widgets.json and zip, always fresh ----
if (!existsSync(join(root, 'dist/ally-widgets.js')) || !existsSync(join(root, 'lib/internal/phone.js'))) {
  console.log('== building (the plugin needs dist/, lib/ and custom-elements.json)');
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
} else {
  const { buildWordPressPlugin } = await import('../../scripts/wordpress-plugin.mjs');
  await buildWordPressPlugin();
}
const catalogue = JSON.parse(readFileSync(join(plugin, 'widgets.json'), 'utf8'));

console.log('== Debian packages');
const added = installPackages();
console.log(added.length ? `  installed: ${added.join(' ')}` : '  all installed already');
const wpVersion = readFileSync('/usr/share/wordpress/wp-includes/version.php', 'utf8').match(/\$wp_version = '([^']+)'/)[1];
console.log(`  WordPress ${wpVersion} (Debian), ${execFileSync('php', ['-r', 'echo PHP_VERSION;'], { encoding: 'utf8' })} PHP`);

console.log('== the plugin without WordPress');
const phpFiles = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === 'dist' ? [] : phpFiles(join(dir, e.name))) : e.name.endsWith('.php') ? [join(dir, e.name)] : []));
await check('every PHP file of the plugin parses (php -l)', () => {
  for (const file of phpFiles(plugin)) execFileSync('php', ['-l', file], { stdio: 'pipe' });
});
await check('PHP_CodeSniffer: the WordPress standard if installed, else the sniffs Debian ships (test/wordpress/phpcs.xml)', () => {
  const standards = execFileSync('phpcs', ['-i'], { encoding: 'utf8' });
  const ruleset = /WordPress/.test(standards) ? join(plugin, '.phpcs.xml.dist') : join(root, 'test/wordpress/phpcs.xml');
  console.log(`      standard: ${/WordPress/.test(standards) ? 'WordPress (wordpress/ally-widgets/.phpcs.xml.dist)' : 'no WordPress standard installed here; Debian\'s sniffs in test/wordpress/phpcs.xml'}`);
  try {
    execFileSync('phpcs', [`--standard=${ruleset}`, '--extensions=php', '-q', '--report=emacs', plugin], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    throw new Error(String(error.stdout || error.message).slice(0, 3000));
  }
});
const { normalizePhone } = await import(join(root, 'lib/internal/phone.js'));
const phoneCases = JSON.parse(readFileSync(join(root, 'test/wordpress/phone-cases.json'), 'utf8')).cases;
const colorCases = JSON.parse(readFileSync(join(root, 'test/wordpress/color-cases.json'), 'utf8'));
const php = JSON.parse(execFileSync('php', [join(root, 'test/wordpress/phone.php')], { input: JSON.stringify({ phones: phoneCases, colors: [...colorCases.cases, ...colorCases.phpStricter] }), encoding: 'utf8' }));
await check(`the phone rule in PHP reads all ${phoneCases.length} shared cases as the widgets do (${phoneCases.filter((c) => normalizePhone(c)).length} dialable)`, () => {
  const differ = phoneCases.filter((input, i) => JSON.stringify(normalizePhone(input)) !== JSON.stringify(php.phones[i]));
  assert(!differ.length, `PHP and the widgets disagree on ${differ.map((d) => JSON.stringify(d)).join(', ')}`);
});

let site;
let browser;
mkdirSync(shots, { recursive: true });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    console.log(`${signal}: stopping the site`);
    await browser?.close().catch(() => {});
    await site?.stop();
    process.exit(1);
  });
}
try {
  console.log('== WordPress');
  site = await start({ port: PORT, plugin, password: PASSWORD });
  console.log(`  ${site.url}: WordPress ${site.installed.version}, plugin installed from ${site.pluginFrom}, active: ${site.installed.plugins.join(', ')}`);
  browser = await puppeteer.launch({ executablePath: findChrome(), args: [...chromeArgs, '--lang=en-US'] });
  const { runSiteChecks } = await import('./checks.mjs');
  await runSiteChecks({ site, browser, catalogue, cases: await widgetCases(catalogue.widgets), colorCases, phpColors: php.colors, check, assert, assertEqual, shots, ROLES, THEMES, PASSWORD, content: { PLAIN_POST, RAW_HTML, blocksPost, classicPost } });
  await check('the plugin wrote no PHP warning or notice to the debug log', () => {
    const log = existsSync(join(site.dir, 'debug.log')) ? readFileSync(join(site.dir, 'debug.log'), 'utf8') : '';
    const ours = log.split('\n').filter((line) => line.includes('/plugins/ally-widgets/'));
    assert(!ours.length, ours.slice(0, 5).join('\n'));
  });
} catch (error) {
  failures.push(`set-up: ${error.message}`);
  console.log(`  ✗ ${error.stack}`);
  if (site?.serverLog) console.log(site.serverLog().slice(-3000));
} finally {
  await browser?.close();
  await site?.stop();
  console.log('== stopped the web server and the database, removed the site');
}
writeFileSync(join(shots, 'result.txt'), `${passed} passed, ${failures.length} failed\n${failures.join('\n')}\n`);
console.log(`WordPress ${wpVersion}: screenshots in .tmp/wordpress/`);
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);

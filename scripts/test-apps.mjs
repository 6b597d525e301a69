// npm run test:apps: the npm package as an app developer meets it. After `npm run build`:
// 1. `npm pack`, and the tarball installed into the apps kept in examples/ (a Vite +
//    TypeScript app, a React 19 app), copied to .tmp/apps/ (their other packages come
//    from the registry, pinned in their package.json; npm's cache is .tmp/npm-cache);
// 2. in each app `tsc` (the package's types, the React JSX types, the unions) and
//    `vite build`, whose output must not say a file "doesn't exist at build time";
// 3. the build served on 127.0.0.1 (answering unknown paths with index.html, as
//    `vite preview` and many hosts do) and, in headless Chromium: a Spanish page (the
//    strings load), a ZIP code search with distances (the ZIP table loads), an
//    `ally-call` handler that runs, an app that configures @lit/localize itself beside
//    the widgets; no response is a 404, and none is an HTML page where data or code
//    was asked for; no "did not load" in the console;
// 4. the same under the `vite` dev server, and the Vite app's Spanish page bundled by
//    esbuild, Rollup and webpack instead (no plugin for the package's files: they are modules);
// 5. the app's JavaScript with one widget and with every widget, gzip (printed).
// Stops everything it started. Port 8721 (ALLY_APPS_PORT to change it); ALLY_APPS_TARBALL=<file.tgz>
// tests that tarball instead of packing this tree (an earlier or a published version).
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './chrome-path.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const WORK = join(ROOT, '.tmp/apps');
const CACHE = join(ROOT, '.tmp/npm-cache');
const PORT = Number(process.env.ALLY_APPS_PORT ?? 8721);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const started = Date.now();
const cleanups = [];
const failures = [];
let passed = 0;

const log = (text) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${text}`);
function run(command, args, cwd) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_cache: CACHE, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });
  } catch (error) {
    throw new Error(`${command.split('/').pop()} ${args.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

async function check(name, body) {
  try {
    await body();
    passed++;
    log(`ok   ${name}`);
  } catch (error) {
    failures.push(name);
    log(`FAIL ${name}\n       ${String(error?.message ?? error).split('\n').slice(0, 12).join('\n       ')}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Packs the package, as `npm publish` would. */
function pack() {
  for (const need of ['lib/ally-widgets.js', 'lib/react.d.ts', 'dist/ally-widgets.js', 'custom-elements.json']) {
    assert(existsSync(join(ROOT, need)), `${need} is missing: run npm run build first (npm run test:apps does)`);
  }
  mkdirSync(WORK, { recursive: true });
  const out = run('npm', ['pack', '--json', '--pack-destination', WORK], ROOT);
  const [info] = JSON.parse(out);
  log(`packed ${info.filename}: ${info.entryCount} files, ${(info.size / 1024).toFixed(0)} kB (${(info.unpackedSize / 1024).toFixed(0)} kB unpacked)`);
  return join(WORK, info.filename);
}

/** examples/<name> copied to .tmp/apps/<name>, its packages installed and the tarball over them. */
function install(name, tarball) {
  const dir = join(WORK, name);
  mkdirSync(dir, { recursive: true });
  for (const leftover of ['dist', 'src', 'public', 'node_modules/ally-widgets', 'node_modules/.vite']) rmSync(join(dir, leftover), { recursive: true, force: true });
  cpSync(join(ROOT, 'examples', name), dir, { recursive: true, filter: (src) => !/\/(node_modules|dist)(\/|$)/.test(src) });
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], dir);
  const installed = JSON.parse(readFileSync(join(dir, 'node_modules/ally-widgets/package.json'), 'utf8'));
  log(`${name}: installed (ally-widgets ${installed.version} from the tarball)`);
  return dir;
}

const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.bin': 'application/octet-stream' };

/** Serves `dir`; a path that is not a file gets index.html with 200, like `vite preview` and single-page hosts. */
function serve(dir) {
  return new Promise((done) => {
    const server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url, ORIGIN).pathname);
      let file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(dir) || !existsSync(file)) file = join(dir, 'index.html');
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    });
    server.listen(PORT, '127.0.0.1', () => done(() => new Promise((closed) => server.close(closed))));
  });
}

/** `vite` (the dev server) in `dir`, on PORT; resolves once it answers. */
async function devServer(dir) {
  const child = spawn(join(dir, 'node_modules/.bin/vite'), ['--port', String(PORT), '--strictPort', '--host', '127.0.0.1', '--clearScreen', 'false'], {
    cwd: dir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
  };
  cleanups.push(stop);
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) return { stop, output: () => output };
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite did not start:\n${output}`);
}

/** Type annotations stripped for webpack (a loader of one line over the repository's esbuild). */
function typescriptLoader() {
  const file = join(WORK, 'strip-types-loader.cjs');
  writeFileSync(file, `module.exports = function (source) { return require(${JSON.stringify(join(ROOT, 'node_modules/esbuild'))}).transformSync(source, { loader: 'ts', target: 'es2022' }).code; };\n`);
  return file;
}

/** The Vite app's Spanish page bundled by esbuild or Rollup (the repository's own copies) or webpack (the app's), in `<dir>/dist-<tool>/`. */
async function bundleWith(tool, dir) {
  const out = join(dir, `dist-${tool}`);
  rmSync(out, { recursive: true, force: true });
  const input = join(dir, 'src/main.ts');
  if (tool === 'esbuild') {
    const { build } = await import('esbuild');
    await build({ entryPoints: [input], bundle: true, splitting: true, format: 'esm', target: 'es2022', outdir: out, absWorkingDir: dir, logLevel: 'silent' });
  } else if (tool === 'webpack') {
    const webpack = createRequire(join(dir, 'package.json'))('webpack');
    const compiler = webpack({
      mode: 'production',
      context: dir,
      entry: './src/main.ts',
      output: { path: out, filename: 'main.js', publicPath: '/' },
      module: { rules: [{ test: /\.ts$/, loader: typescriptLoader() }] },
      devtool: false,
      performance: { hints: false },
    });
    const stats = await new Promise((done, fail) => compiler.run((error, result) => (error ? fail(error) : done(result))));
    await new Promise((done) => compiler.close(done));
    assert(!stats.hasErrors() && !stats.hasWarnings(), stats.toString('errors-warnings'));
  } else {
    const { rollup } = await import('rollup');
    const { nodeResolve } = await import('@rollup/plugin-node-resolve');
    const { default: esbuild } = await import('rollup-plugin-esbuild');
    const warnings = [];
    const bundle = await rollup({ input, plugins: [nodeResolve({ browser: true, rootDir: dir }), esbuild({ target: 'es2022', tsconfig: join(dir, 'tsconfig.json') })], onwarn: (w) => w.code !== 'THIS_IS_UNDEFINED' && warnings.push(w.message) });
    await bundle.write({ dir: out, format: 'es' });
    await bundle.close();
    assert(!warnings.length, warnings.join('\n'));
  }
  cpSync(join(dir, 'public'), out, { recursive: true });
  writeFileSync(join(out, 'index.html'), readFileSync(join(dir, 'index.html'), 'utf8').replace('/src/main.ts', '/main.js'));
  return out;
}

/** A page, with every response and console message recorded. */
async function open(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  const scripts = [];
  page.on('response', (response) => {
    const request = response.request();
    const path = new URL(response.url()).pathname;
    if (!response.url().startsWith(ORIGIN) || path === '/favicon.ico') return;
    const type = response.headers()['content-type'] ?? '';
    if (response.status() >= 400) problems.push(`${response.status()} ${path}`);
    else if (request.resourceType() !== 'document' && /text\/html/.test(type)) problems.push(`HTML where ${request.resourceType()} was asked for: ${path}`);
    if (request.resourceType() === 'script') scripts.push(path);
  });
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(ORIGIN)) problems.push(`failed ${new URL(request.url()).pathname}: ${request.failure()?.errorText}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    // "Failed to load resource" repeats a response the checks above already judge (the favicon's 404 included).
    if (/^Failed to load resource/.test(text)) return;
    if (message.type() === 'error' || /did not load|Multiple versions of Lit/i.test(text)) problems.push(`console ${message.type()}: ${text}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems, scripts };
}

/** Resolves once the (first) hotline shows its Spanish heading. */
const spanishHotline = (page) =>
  page.waitForFunction(() => document.querySelector('ally-hotline')?.shadowRoot?.querySelector('h2')?.textContent.includes('Línea de emergencia de inmigración'), { timeout: 20_000 });

/** The Spanish page of an app: strings, the ally-call handler, a ZIP search with distances. */
async function spanishPage(browser, url) {
  const { page, problems } = await open(browser, url);
  try {
    await spanishHotline(page);
    // The tel: link would leave the page: the test stops the navigation, not the widget's event.
    await page.evaluate(() => {
      addEventListener('click', (event) => event.preventDefault());
      document.querySelector('ally-hotline').shadowRoot.querySelector('[part~="call"]').click();
    });
    await page.waitForFunction(() => document.querySelector('#calls')?.textContent.includes('6165550142'), { timeout: 5000 });
    const input = await page.waitForFunction(() => document.querySelector('ally-group-finder')?.shadowRoot?.querySelector('[part~="input"]'), { timeout: 20_000 });
    await input.asElement().type('49503');
    await page.waitForFunction(
      () => {
        const names = [...document.querySelector('ally-group-finder').shadowRoot.querySelectorAll('[part~="result-name"]')].map((n) => n.textContent.trim());
        return names[0] === 'Grand Rapids Rapid Response' && names[1] === 'Detroit Legal Clinic' && /\d\s+millas/.test(document.querySelector('ally-group-finder').shadowRoot.textContent);
      },
      { timeout: 20_000 },
    );
    const notices = await page.evaluate(() => [...document.querySelector('ally-group-finder').shadowRoot.querySelectorAll('[part~="notice"]')].map((n) => n.textContent.trim()));
    assert(!notices.length, `notices: ${notices.join(' | ')}`);
    assert(!problems.length, problems.join('\n'));
  } finally {
    await page.close();
  }
}

/** An app that configures @lit/localize for its own strings: both speak Spanish. */
async function ownLocalizePage(browser, url) {
  const { page, problems } = await open(browser, url);
  try {
    await page.waitForFunction(() => document.querySelector('#greeting')?.textContent === 'Hola desde la app', { timeout: 20_000 });
    await spanishHotline(page);
    assert(!problems.length, problems.join('\n'));
  } finally {
    await page.close();
  }
}

/** The JavaScript a built page downloads to show its widgets (on-demand parts at first render included), gzip. */
async function pageScripts(browser, url, dist) {
  const { page, problems, scripts } = await open(browser, url);
  try {
    await page.waitForFunction(() => document.querySelector('ally-hotline')?.shadowRoot?.querySelector('[part~="base"]'), { timeout: 20_000 });
    await page.waitForNetworkIdle({ idleTime: 300, timeout: 20_000 });
    assert(!problems.length, problems.join('\n'));
    const files = [...new Set(scripts)];
    return { files: files.length, gzip: files.reduce((sum, path) => sum + gzipSync(readFileSync(join(dist, path)), { level: 9 }).length, 0) };
  } finally {
    await page.close();
  }
}

const sizes = {};
const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
cleanups.push(() => browser.close());
process.on('SIGINT', () => process.exit(130));
process.on('exit', () => cleanups.forEach((stop) => stop()));
try {
  const tarball = process.env.ALLY_APPS_TARBALL ? resolve(process.env.ALLY_APPS_TARBALL) : pack();
  const apps = [
    { name: 'vite-ts', pages: { spanish: '/', localize: '/localize.html' } },
    { name: 'react', pages: { spanish: '/' } },
  ];
  for (const app of apps) {
    let dir;
    await check(`${app.name}: installs from the packed tarball`, () => (dir = install(app.name, tarball)));
    if (!dir) continue;
    await check(`${app.name}: tsc (package types${app.name === 'react' ? ', JSX types' : ''}, unions)`, () => run(join(dir, 'node_modules/.bin/tsc'), ['-p', '.'], dir));
    await check(`${app.name}: vite build finds every file`, () => {
      const output = run(join(dir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], dir);
      assert(!/doesn't exist at build time|did not resolve|could not resolve/i.test(output), output);
    });
    if (existsSync(join(dir, 'dist/index.html'))) {
      const stop = await serve(join(dir, 'dist'));
      try {
        await check(`${app.name} (built): a Spanish page, ally-call, a ZIP search with distances, no 404 or HTML for data`, () => spanishPage(browser, `${ORIGIN}${app.pages.spanish}`));
        if (app.pages.localize) await check(`${app.name} (built): the app's own @lit/localize and the widgets each keep their strings`, () => ownLocalizePage(browser, `${ORIGIN}${app.pages.localize}`));
        if (app.name === 'vite-ts') {
          await check(`${app.name} (built): JavaScript of a page with one widget and with every widget`, async () => {
            sizes.one = await pageScripts(browser, `${ORIGIN}/one.html`, join(dir, 'dist'));
            sizes.all = await pageScripts(browser, `${ORIGIN}/all.html`, join(dir, 'dist'));
          });
        }
      } finally {
        await stop();
      }
    }
    if (app.name === 'vite-ts') {
      for (const tool of ['esbuild', 'rollup', 'webpack']) {
        let out;
        await check(`${app.name} bundled by ${tool}`, async () => (out = await bundleWith(tool, dir)));
        if (!out) continue;
        const stop = await serve(out);
        try {
          await check(`${app.name} (${tool}): a Spanish page, ally-call, a ZIP search with distances, no 404 or HTML for data`, () => spanishPage(browser, `${ORIGIN}/`));
        } finally {
          await stop();
        }
      }
    }
    const dev = await devServer(dir).catch((error) => (failures.push(`${app.name}: vite dev starts`), log(`FAIL ${app.name}: vite dev starts\n${error.message}`), undefined));
    if (dev) {
      try {
        await check(`${app.name} (vite dev): a Spanish page, ally-call, a ZIP search with distances, no 404 or HTML for data`, () => spanishPage(browser, `${ORIGIN}${app.pages.spanish}`));
        if (app.pages.localize) await check(`${app.name} (vite dev): the app's own @lit/localize and the widgets each keep their strings`, () => ownLocalizePage(browser, `${ORIGIN}${app.pages.localize}`));
      } finally {
        dev.stop();
      }
    }
  }
} finally {
  while (cleanups.length) await cleanups.pop()();
}

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
if (sizes.one) log(`app JavaScript, gzip: one widget (ally-hotline) ${kB(sizes.one.gzip)} in ${sizes.one.files} files; every widget ${kB(sizes.all.gzip)} in ${sizes.all.files} files`);
console.log(`\n${passed} passed, ${failures.length} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
process.exit(failures.length ? 1 : 0);

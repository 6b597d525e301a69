// A throwaway WordPress site for test/wordpress/run.mjs: Debian's `wordpress` package, a private
// MariaDB (its own data folder, a Unix socket, no TCP port), PHP's built-in web server on
// 127.0.0.1, the plugin copied in as a site owner would install it. `start()` returns the site;
// `site.stop()` ends every process it started and removes every file it wrote outside its
// temporary folder.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WORDPRESS = '/usr/share/wordpress';
const CONFIG_NAME = 'ally-widgets-test';
const CONFIG_FILE = `/etc/wordpress/config-${CONFIG_NAME}.php`;
const here = new URL('.', import.meta.url).pathname;

export const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'wordpress-theme-twentytwentyone', 'mariadb-server', 'php-cli', 'php-mysql', 'php-xml', 'php-mbstring', 'php-codesniffer', 'unzip'];

const installed = (name) => {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).includes('install ok installed');
  } catch {
    return false;
  }
};

/**
 * Installs the Debian packages that are missing, one apt at a time on this machine. Their services
 * are not started (a policy-rc.d that refuses, written only for the install if none is there):
 * the test starts its own database and web server and stops them.
 */
export function installPackages() {
  const missing = PACKAGES.filter((name) => !installed(name));
  if (!missing.length) return [];
  console.log(`apt-get install ${missing.join(' ')}`);
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('flock', ['/tmp/apt.lock', 'apt-get', 'update', '-qq'], { stdio: 'inherit', env });
    execFileSync('flock', ['/tmp/apt.lock', 'apt-get', 'install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
  return missing;
}

async function waitFor(check, what, ms = 30_000) {
  const until = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Starts the site: database, configuration, document root, web server, WordPress installed with
 * the users, the plugin active.
 * @param {{ port: number, plugin: string, password: string }} options
 */
export async function start({ port, plugin, password }) {
  const url = `http://127.0.0.1:${port}`;
  const answers = await fetch(url).then(() => true, () => false);
  if (answers) throw new Error(`something already answers on ${url}: another WordPress test, or another server on this port`);
  // A configuration left by a run that was killed before it could clean up is ours to replace.
  const MARK = "Written by ally-widgets' test/wordpress/run.mjs";
  if (existsSync(CONFIG_FILE) && readFileSync(CONFIG_FILE, 'utf8').includes(MARK)) rmSync(CONFIG_FILE);
  const wroteConfig = !existsSync(CONFIG_FILE);
  const dir = mkdtempSync(join(tmpdir(), 'ally-wordpress-'));
  const processes = [];
  const socket = join(dir, 'mysqld.sock');
  const docroot = join(dir, 'www');
  const content = join(docroot, 'wp-content');
  const env = { ...process.env, ALLY_WP_CONFIG: CONFIG_NAME, ALLY_WP_URL: url, ALLY_WP_PASSWORD: password, PHP_CLI_SERVER_WORKERS: '8' };

  const site = {
    url,
    dir,
    content,
    /** Runs `php setup.php <args>` and returns its JSON. */
    setup(...args) {
      const out = execFileSync('php', [join(here, 'setup.php'), ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
      return JSON.parse(out.trim().split('\n').pop());
    },
    /** Runs SQL as the database's root user. */
    sql(statement) {
      return execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-u', 'root', '-N', '-e', statement], { encoding: 'utf8' });
    },
    async stop() {
      for (const child of processes.reverse()) {
        if (child.exitCode === null && child.signalCode === null) {
          // Each runs in its own process group (PHP's web server forks its workers): end the group.
          const signal = (name) => {
            try {
              process.kill(-child.pid, name);
            } catch {
              child.kill(name);
            }
          };
          signal('SIGTERM');
          await new Promise((resolve) => {
            const timer = setTimeout(() => {
              signal('SIGKILL');
              resolve();
            }, 15_000);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
          });
        }
      }
      if (wroteConfig) rmSync(CONFIG_FILE, { force: true });
      rmSync(dir, { recursive: true, force: true });
    },
  };

  try {
    // The database: its own data folder and socket, no network.
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${join(dir, 'db')}`, '--user=root', '--auth-root-authentication-method=socket', '--skip-test-db'], { stdio: 'ignore' });
    const db = spawn('mariadbd', ['--no-defaults', `--datadir=${join(dir, 'db')}`, `--socket=${socket}`, '--skip-networking', '--user=root', `--pid-file=${join(dir, 'mysqld.pid')}`, `--log-error=${join(dir, 'mysqld.err')}`], { stdio: 'ignore', detached: true });
    processes.push(db);
    await waitFor(() => existsSync(socket), 'MariaDB');
    site.sql('CREATE DATABASE ally_widgets_test');

    // WordPress's files as Debian installs them, with this site's own wp-content (plugin, themes, uploads).
    mkdirSync(docroot);
    for (const name of readdirSync(WORDPRESS)) if (name !== 'wp-content') symlinkSync(join(WORDPRESS, name), join(docroot, name));
    mkdirSync(join(content, 'themes'), { recursive: true });
    mkdirSync(join(content, 'plugins'));
    mkdirSync(join(content, 'uploads'));
    for (const theme of readdirSync(join(WORDPRESS, 'wp-content/themes'))) symlinkSync(join(WORDPRESS, 'wp-content/themes', theme), join(content, 'themes', theme));
    // The plugin as a site owner installs it: from the zip the build writes, else its folder.
    const zip = join(plugin, '../ally-widgets.zip');
    if (existsSync(zip)) execFileSync('unzip', ['-q', zip, '-d', join(content, 'plugins')]);
    else cpSync(plugin, join(content, 'plugins/ally-widgets'), { recursive: true });
    site.pluginFrom = existsSync(zip) ? 'wordpress/ally-widgets.zip' : 'wordpress/ally-widgets/';

    if (!wroteConfig) throw new Error(`${CONFIG_FILE} exists and was not written by this test: not touching it`);
    writeFileSync(
      CONFIG_FILE,
      `<?php
// ${MARK} for its throwaway site; removed when it stops.
define( 'DB_NAME', 'ally_widgets_test' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_CONTENT_DIR', '${content}' );
define( 'WP_CONTENT_URL', '${url}/wp-content' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(dir, 'debug.log')}' );
`,
    );

    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', docroot, join(here, 'router.php')], { env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    processes.push(server);
    let serverLog = '';
    server.stderr.on('data', (chunk) => {
      serverLog = (serverLog + chunk).slice(-20_000);
    });
    site.serverLog = () => serverLog;
    await waitFor(async () => {
      try {
        await fetch(`${url}/readme.html`);
        return true;
      } catch {
        return false;
      }
    }, 'the web server');

    site.installed = site.setup('install');
    return site;
  } catch (error) {
    await site.stop();
    throw error;
  }
}

// The checks test/wordpress/run.mjs makes on the running site, in headless Chromium.
import { join } from 'node:path';

/** Every `ally-*` element of the page, as a visitor's browser has it once the widgets have rendered. */
function collectWidgets() {
  return [...document.querySelectorAll('*')]
    .filter((e) => e.localName.startsWith('ally-'))
    .map((e) => ({
      tag: e.localName,
      attrs: Object.fromEntries([...e.attributes].map((a) => [a.name, a.value]).sort(([a], [b]) => a.localeCompare(b))),
      defined: Boolean(customElements.get(e.localName)),
      rendered: Boolean(e.shadowRoot?.childElementCount),
      text: (e.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
      fallback: e.innerHTML.trim(),
      light: e.textContent,
      telLinks: [...e.querySelectorAll(':scope > a[href^="tel:"]')].map((a) => a.getAttribute('href')),
      paragraph: e.closest('p')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
    }));
}

const sorted = (attrs) => Object.fromEntries(Object.entries(attrs).sort(([a], [b]) => a.localeCompare(b)));

export async function runSiteChecks({ site, browser, catalogue, cases, colorCases, phpColors, check, assert, assertEqual, shots, ROLES, THEMES, PASSWORD, content }) {
  const { url } = site;
  const WIDGET_SCRIPT = `${url}/wp-content/plugins/ally-widgets/dist/ally-widgets.js`;

  // ---- sessions: each role logged in, with a REST nonce, as the block editor has ----
  const sessions = {};
  for (const role of ROLES) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    let nonce = '0';
    for (let attempt = 0; attempt < 3 && !/^[0-9a-f]{10}$/.test(nonce); attempt++) {
      await page.goto(`${url}/wp-login.php`, { waitUntil: 'load' });
      await page.$eval('#user_login', (input, v) => (input.value = v), role);
      await page.$eval('#user_pass', (input, v) => (input.value = v), PASSWORD);
      await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.$eval('#loginform', (form) => form.submit())]);
      nonce = await page.evaluate(async (u) => (await fetch(`${u}/wp-admin/admin-ajax.php?action=rest-nonce`)).text(), url);
    }
    assert(/^[0-9a-f]{10}$/.test(nonce), `${role} could not log in (nonce ${nonce.slice(0, 80)})`);
    sessions[role] = { context, page, nonce };
  }
  const rest = (role, method, path, body, query = '') =>
    sessions[role].page.evaluate(
      async ({ url, method, path, body, nonce, query }) => {
        const response = await fetch(`${url}/?rest_route=${encodeURIComponent(path)}${query}`, {
          method,
          headers: { 'X-WP-Nonce': nonce, ...(body ? { 'Content-Type': 'application/json' } : {}) },
          body: body ? JSON.stringify(body) : undefined,
        });
        return { status: response.status, json: await response.json().catch(() => null) };
      },
      { url, method, path, body, query, nonce: sessions[role].nonce },
    );
  const upload = (role, name, type, text) =>
    sessions[role].page.evaluate(
      async ({ url, name, type, text, nonce }) => {
        const form = new FormData();
        form.append('file', new Blob([text], { type }), name);
        const response = await fetch(`${url}/?rest_route=/wp/v2/media`, { method: 'POST', headers: { 'X-WP-Nonce': nonce }, body: form });
        return { status: response.status, json: await response.json().catch(() => null) };
      },
      { url, name, type, text, nonce: sessions[role].nonce },
    );
  const visitor = async () => (await browser.createBrowserContext()).newPage();

  // ---- group lists in the Media Library ----
  const csv = (name) => `name,city,state,services,phone,website\n${name},Grand Rapids,MI,legal;rapid-response,616-555-0100,https://example.org/\n`;
  const lists = {};
  await check('an Administrator uploads a CSV and a JSON group list to the Media Library', async () => {
    const a = await upload('administrator', 'groups-a.csv', 'text/csv', csv('Kent County Ally Network'));
    assertEqual(a.status, 201, `CSV upload: ${JSON.stringify(a.json)?.slice(0, 200)}`);
    const json = await upload('administrator', 'groups.json', 'application/json', JSON.stringify([{ name: 'Ottawa County Ally Network', state: 'MI' }]));
    assertEqual(json.status, 201, `JSON upload: ${JSON.stringify(json.json)?.slice(0, 200)}`);
    lists.a = a.json.id;
    lists.json = json.json.id;
  });
  await check('an Author (upload_files) may upload a JSON list too', async () => {
    const json = await upload('author', 'author-groups.json', 'application/json', JSON.stringify([{ name: 'Author Network' }]));
    assertEqual(json.status, 201, `JSON upload: ${JSON.stringify(json.json)?.slice(0, 200)}`);
  });
  await check('a Contributor (no upload_files) cannot upload a list', async () => {
    const response = await upload('contributor', 'groups-c.csv', 'text/csv', csv('Contributor Network'));
    assertEqual(response.status, 403, 'status');
  });
  await check('a list is served at its stable address, as CSV or JSON, to anyone', async () => {
    const a = await fetch(`${url}/?rest_route=/ally-widgets/v1/feeds/${lists.a}`);
    assert(a.ok && a.headers.get('content-type').startsWith('text/csv'), `CSV: ${a.status} ${a.headers.get('content-type')}`);
    assert((await a.text()).includes('Kent County Ally Network'), 'CSV content');
    const json = await fetch(`${url}/wp-json/ally-widgets/v1/feeds/${lists.json}`);
    assert(json.ok && json.headers.get('content-type').startsWith('application/json'), `JSON: ${json.status}`);
    assertEqual((await json.json())[0].name, 'Ottawa County Ally Network', 'JSON content');
    assertEqual((await fetch(`${url}/wp-json/ally-widgets/v1/feeds/1`)).status, 404, 'a post that is not a list');
  });

  // ---- the settings page ----
  const settings = sessions.administrator.page;
  const saveSettings = async (values) => {
    await settings.goto(`${url}/wp-admin/options-general.php?page=ally-widgets`, { waitUntil: 'domcontentloaded' });
    for (const [id, value] of Object.entries(values)) {
      if (id === 'feed' || id === 'lang') await settings.select(`#ally-widgets-${id}`, String(value));
      else await settings.$eval(`#ally-widgets-${id}`, (input, v) => (input.value = v), value);
    }
    await Promise.all([settings.waitForNavigation({ waitUntil: 'domcontentloaded' }), settings.click('#submit')]);
    return settings.$$eval('.notice, .error, .updated', (notes) => notes.map((n) => n.textContent.trim()).join(' | '));
  };
  await check('settings: a hotline number the widgets cannot dial is refused with their message, and not saved', async () => {
    const notes = await saveSettings({ hotline: '616-555-Ol42' });
    assert(notes.includes('hotline="616-555-Ol42" is not a phone number that can be dialled (e.g. 1-844-363-1423, 877877, +52 55 1234 5678).'), `notices: ${notes}`);
    assertEqual(await settings.$eval('#ally-widgets-hotline', (i) => i.value), '', 'hotline field after the refusal');
  });
  await check('settings: an accent the widgets would ignore is refused with their message', async () => {
    const notes = await saveSettings({ accent: 'var(--brand)' });
    assert(notes.includes('accent="var(--brand)" is not valid'), `notices: ${notes}`);
  });
  await check('settings: a dialable number, an accent and the CSV list are saved', async () => {
    const notes = await saveSettings({ hotline: '616-555-0199', accent: '#0b5394', feed: lists.a });
    assert(notes.includes('Settings saved.'), `notices: ${notes}`);
    assertEqual(site.setup('option', 'ally_widgets_defaults').value, { hotline: '616-555-0199', lang: '', accent: '#0b5394', feed: lists.a }, 'option');
  });
  await check('settings: an Author cannot open the settings page', async () => {
    const response = await sessions.author.page.goto(`${url}/wp-admin/options-general.php?page=ally-widgets`, { waitUntil: 'domcontentloaded' });
    assert(response.status() === 403 || (await sessions.author.page.content()).includes('not allowed'), `status ${response.status()}`);
  });
  const siteFeed = `${url}/wp-json/ally-widgets/v1/groups`;
  const SITEWIDE = { hotline: '616-555-0199', accent: '#0b5394', feed: siteFeed, lang: '' };

  // ---- each role posts the same content ----
  const posts = {};
  const kinds = { blocks: content.blocksPost(cases), classic: content.classicPost(cases), plain: content.PLAIN_POST, raw: content.RAW_HTML };
  await check('each role saves a post of blocks, one of shortcodes in classic content, one without widgets and one of raw HTML', async () => {
    for (const role of ROLES) {
      posts[role] = {};
      for (const [kind, text] of Object.entries(kinds)) {
        const created = await rest(role, 'POST', '/wp/v2/posts', { title: `${kind} by ${role}`, content: text, status: role === 'contributor' ? 'pending' : 'publish' });
        assertEqual(created.status, 201, `${role} ${kind}: ${JSON.stringify(created.json)?.slice(0, 300)}`);
        const saved = await rest(role, 'GET', `/wp/v2/posts/${created.json.id}`, null, '&context=edit');
        posts[role][kind] = { id: created.json.id, raw: saved.json.content.raw };
        if (role === 'contributor') site.setup('publish', created.json.id);
        posts[role][kind].link = (await rest('administrator', 'GET', `/wp/v2/posts/${created.json.id}`)).json.link;
      }
    }
  });
  await check('WordPress keeps every block and shortcode as each role wrote it (its HTML filter leaves them alone)', () => {
    for (const role of ROLES) for (const kind of ['blocks', 'classic', 'plain']) assertEqual(posts[role][kind].raw, kinds[kind], `${role}'s ${kind} post as saved`);
  });
  await check("control: the README's raw <ally-hotline> HTML is removed from the Author's and the Contributor's posts, kept in the Administrator's", () => {
    assert(posts.administrator.raw.raw.includes('<ally-hotline number="616-555-0166"'), `administrator: ${posts.administrator.raw.raw}`);
    for (const role of ['author', 'contributor']) assert(!posts[role].raw.raw.includes('<ally-hotline'), `${role}: ${posts[role].raw.raw}`);
  });

  /** Opens a page as a visitor; returns its widgets, its script tags, every request it made, its cookies. */
  async function visit(link, { waitText = [], screenshot } = {}) {
    const page = await visitor();
    const requests = [];
    const messages = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => ['warn', 'error'].includes(m.type()) && messages.push(m.text()));
    await page.setViewport({ width: 1100, height: 900 });
    await page.goto(link, { waitUntil: 'load' });
    const allRendered = () => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('ally-')).every((e) => e.shadowRoot?.childElementCount);
    await page.waitForFunction(allRendered, { timeout: 15_000 }).catch(() => {});
    // A group finder loads its list when it comes within a screen of the visible part of the page
    // (once the widgets above it have rendered): scroll to it, as a visitor would.
    await page.evaluate(() => document.querySelectorAll('ally-group-finder').forEach((e) => e.scrollIntoView()));
    await page
      .waitForFunction(
        (texts) => {
          const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('ally-'));
          return texts.every((t) => els.some((e) => e.shadowRoot?.textContent.includes(t)));
        },
        { timeout: 15_000 },
        waitText,
      )
      .catch(() => {});
    const widgets = await page.evaluate(collectWidgets);
    await page.evaluate(() => scrollTo(0, 0));
    const scripts = await page.$$eval('script[src]', (s) => s.map((e) => ({ src: e.getAttribute('src'), type: e.getAttribute('type') })));
    const cookies = await page.cookies();
    if (screenshot) {
      await page.screenshot({ path: `${screenshot}-full.png`, fullPage: true });
      await page.screenshot({ path: `${screenshot}.png`, clip: { x: 0, y: 0, width: 1100, height: 1600 }, captureBeyondViewport: true });
    }
    const html = await (await fetch(link)).text();
    return { page, widgets, scripts, requests, cookies, html, messages };
  }

  /** The attributes the page must show for a case: the case's, and the site-wide defaults where it has none. */
  const expectedAttrs = ({ widget, attrs }) => {
    const out = { ...attrs };
    for (const a of widget.attributes) if (a.sitewide && !(a.name in out) && SITEWIDE[a.sitewide]) out[a.name] = SITEWIDE[a.sitewide];
    return sorted(out);
  };
  const servedWhole = (html) => {
    const broken = [];
    for (const tag of catalogue.widgets.map((w) => w.tag)) {
      for (const match of html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))) if (/<\/?p\b|<br/i.test(match[1])) broken.push(match[0].slice(0, 200));
    }
    return broken;
  };

  const pageWidgets = {};
  let firstWidgetPage;
  for (const theme of THEMES) {
    const switched = site.setup('theme', theme);
    assertEqual(switched.theme, theme, 'theme switch');
    const label = `${theme} (${switched.blockTheme ? 'block theme' : 'classic theme'})`;
    console.log(`-- ${label}`);

    for (const kind of ['blocks', 'classic']) {
      for (const role of ROLES) {
        const link = posts[role]?.[kind]?.link;
        await check(`${label}, ${kind} by the ${role}: every widget renders with its attributes, its fallback inside it, the script once as a module from the plugin`, async () => {
          assert(link, 'no post');
          const shot = role === 'administrator' ? join(shots, `${theme}-${kind}`) : undefined;
          const seen = await visit(link, { waitText: ['Kent County Ally Network'], screenshot: shot });
          firstWidgetPage ??= seen.page;
          pageWidgets[`${theme} ${kind} ${role}`] = seen.widgets.map(({ tag, attrs, fallback }) => ({ tag, attrs, fallback }));
          const main = seen.widgets.filter((w) => !['616-555-0188', '616-555-0177'].includes(w.attrs.number));
          assertEqual(main.map((w) => w.tag), cases.map((c) => c.tag), 'widgets in the page, in order');
          cases.forEach((c, i) => {
            const w = main[i];
            assertEqual(w.attrs, expectedAttrs(c), `<${c.tag}> attributes`);
            assert(w.defined && w.rendered, `<${c.tag}> did not render (defined ${w.defined})`);
            for (const text of c.text) assert(w.text.includes(text), `<${c.tag}> does not show "${text}"`);
            const phone = w.attrs.number ?? w.attrs.hotline;
            if (phone) assertEqual(w.telLinks.length, 1, `<${c.tag}> no-JavaScript fallback link`);
          });
          const finder = main.find((w) => w.tag === 'ally-group-finder');
          if (finder) assert(finder.text.includes('Kent County Ally Network'), `the group finder does not show the site list; console: ${seen.messages.join(' | ')}`);
          const ours = seen.scripts.filter((s) => s.src.startsWith(WIDGET_SCRIPT));
          assertEqual(ours.map((s) => s.type), ['module'], 'the widgets script tags');
          const elsewhere = seen.requests.filter((r) => !r.startsWith(`${url}/`) && !/^(data|blob):/.test(r));
          assert(!elsewhere.length, `requests to other sites: ${elsewhere.join(' ')}`);
          assertEqual(seen.cookies, [], 'cookies');
          const broken = servedWhole(seen.html);
          assert(!broken.length, `markup broken by paragraphs: ${broken.join('\n')}`);
          if (kind === 'classic') {
            if (shot) {
              const box = await seen.page.$eval('ally-hotline[org="Inline Line"]', (e) => {
                e.closest('p').scrollIntoView();
                const r = e.closest('p').getBoundingClientRect();
                return { x: 0, y: Math.max(0, r.top + scrollY - 300), width: 1100, height: r.height + 400 };
              });
              await seen.page.screenshot({ path: `${shot}-inline.png`, clip: box, captureBeyondViewport: true });
            }
            const inline = seen.widgets.find((w) => w.attrs.org === 'Inline Line');
            assert(inline?.rendered && inline.paragraph?.includes('In a sentence:') && inline.paragraph.includes('and after it.'), `the shortcode inside a sentence: ${JSON.stringify(inline)?.slice(0, 300)}`);
            const own = seen.widgets.find((w) => w.attrs.number === '616-555-0188');
            assert(own?.fallback.includes('Our own fallback line') && !/<p|<br/.test(own.fallback), `the author's own fallback: ${own?.fallback}`);
            const swallowed = seen.widgets.filter((w) => w.light.includes('A line under the widget.'));
            assert(!swallowed.length, `text after a widget ended up inside it: <${swallowed.map((w) => w.tag).join('>, <')}>`);
            const lines = await seen.page.evaluate(() => document.body.innerText.split('A line under the widget.').length - 1);
            assertEqual(lines, cases.length, 'lines of text under the widgets, shown once each');
          }
          await seen.page.browserContext().close().catch(() => {});
        });
      }
      await check(`${label}, ${kind}: the Author's and the Contributor's posts show the same widgets as the Administrator's`, () => {
        const admin = pageWidgets[`${theme} ${kind} administrator`];
        assert(admin?.length, 'no Administrator page');
        for (const role of ['author', 'contributor']) assertEqual(pageWidgets[`${theme} ${kind} ${role}`], admin, `${role}'s widgets`);
      });
    }

    await check(`${label}: without JavaScript, every widget shows its fallback (a call link, the list of groups, its title)`, async () => {
      const page = await visitor();
      await page.setJavaScriptEnabled(false);
      await page.setViewport({ width: 1100, height: 900 });
      await page.goto(posts.author.blocks.link, { waitUntil: 'load' });
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((e) => e.localName.startsWith('ally-'))
          .map((e) => ({ tag: e.localName, text: e.innerText.trim(), link: e.querySelector('a')?.getAttribute('href') ?? null, height: e.getBoundingClientRect().height })),
      );
      assertEqual(shown.map((w) => w.tag), cases.map((c) => c.tag), 'widgets');
      for (const w of shown) assert(w.text && w.height > 0, `<${w.tag}> shows nothing without JavaScript`);
      const hotline = shown.find((w) => w.tag === 'ally-hotline');
      assertEqual([hotline.text, hotline.link], ['Call GR Rapid Response: 616-555-0142', 'tel:+16165550142'], 'the hotline without JavaScript');
      assertEqual(shown.find((w) => w.tag === 'ally-group-finder').link, siteFeed, 'the group finder links to the list');
      await page.screenshot({ path: join(shots, `${theme}-no-javascript.png`) });
      await page.browserContext().close();
    });

    await check(`${label}: pages without a widget load nothing of the plugin`, async () => {
      for (const link of [posts.author.plain.link, `${url}/sample-page/`]) {
        const seen = await visit(link);
        assertEqual(seen.widgets.length, 0, `${link}: widgets`);
        const ours = seen.requests.filter((r) => r.includes('/plugins/ally-widgets/'));
        assert(!ours.length && !seen.html.includes('/plugins/ally-widgets/'), `${link} loads ${ours.join(' ')}`);
        await seen.page.browserContext().close();
      }
    });
  }

  await check("the group list's address stays when the settings choose a newer file, and the group finders show the new list", async () => {
    const b = await upload('administrator', 'groups-b.csv', 'text/csv', csv('Muskegon Ally Network'));
    assertEqual(b.status, 201, 'upload');
    const notes = await saveSettings({ feed: b.json.id });
    assert(notes.includes('Settings saved.'), notes);
    const seen = await visit(posts.author.blocks.link, { waitText: ['Muskegon Ally Network'] });
    const finder = seen.widgets.find((w) => w.tag === 'ally-group-finder');
    assertEqual(finder.attrs.src, siteFeed, 'src');
    assert(finder.text.includes('Muskegon Ally Network') && !finder.text.includes('Kent County Ally Network'), 'the group finder still shows the old list');
    await seen.page.browserContext().close();
  });

  await check(`the settings page's accent rule judges all ${colorCases.cases.length} shared colours as the widgets do`, async () => {
    const seen = await visit(posts.administrator.blocks.link);
    const warned = await seen.page.evaluate(async (colors) => {
      const out = [];
      for (const color of colors) {
        const warnings = [];
        const warn = console.warn;
        console.warn = (message) => warnings.push(String(message));
        const el = document.createElement('ally-hotline');
        el.setAttribute('accent', color);
        document.body.append(el);
        await el.updateComplete;
        el.remove();
        console.warn = warn;
        // The refusal (`accent="…" is not valid`), not the note that a valid colour gets a shade with more contrast.
        out.push(warnings.some((w) => w.includes('accent=') && w.includes('is not valid')));
      }
      return out;
    }, [...colorCases.cases, ...colorCases.phpStricter]);
    const differ = colorCases.cases.filter((c, i) => phpColors[i] === warned[i]);
    assert(!differ.length, `PHP and the widgets disagree on ${differ.map((d) => JSON.stringify(d)).join(', ')}`);
    colorCases.phpStricter.forEach((c, j) => {
      const i = colorCases.cases.length + j;
      assert(!warned[i] && !phpColors[i], `${c}: listed as accepted by the widgets and refused by PHP, but widgets ${!warned[i]}, PHP ${phpColors[i]}`);
    });
    await seen.page.browserContext().close();
  });

  await editorChecks({ site, sessions, posts, catalogue, lists, check, assert, assertEqual, shots });
}

/** The block editor: every widget offered as a block, the real widget as the preview, live. */
async function editorChecks({ site, sessions, posts, catalogue, lists, check, assert, assertEqual, shots }) {
  const page = sessions.administrator.page;
  await check('the block editor offers every widget as a block and previews the real widget, following its settings live', async () => {
    await page.setViewport({ width: 1400, height: 1000 });
    await page.goto(`${site.url}/wp-admin/post.php?post=${posts.administrator.blocks.id}&action=edit`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks().length > 0, { timeout: 30_000 });
    const state = await page.evaluate(() => {
      const { select, dispatch } = window.wp.data;
      if (select('core/edit-post').isFeatureActive('welcomeGuide')) dispatch('core/edit-post').toggleFeature('welcomeGuide');
      const blocks = select('core/block-editor').getBlocks();
      const hotline = blocks.find((b) => b.name === 'ally-widgets/hotline');
      dispatch('core/block-editor').selectBlock(hotline.clientId);
      dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
      return {
        types: window.wp.blocks.getBlockTypes().filter((t) => t.name.startsWith('ally-widgets/')).map((t) => t.name),
        invalid: blocks.filter((b) => !b.isValid).map((b) => b.name),
        hotline: hotline.clientId,
      };
    });
    assertEqual(state.types.sort(), catalogue.widgets.map((w) => w.block).sort(), 'block types');
    assertEqual(state.invalid, [], 'blocks the editor calls invalid');
    await page.waitForFunction(() => document.querySelector('.editor-styles-wrapper ally-hotline')?.shadowRoot?.textContent.includes('GR Rapid Response'), { timeout: 15_000 });
    await page.evaluate((id) => window.wp.data.dispatch('core/block-editor').updateBlockAttributes(id, { org: 'Changed in the sidebar' }), state.hotline);
    await page.waitForFunction(() => document.querySelector('.editor-styles-wrapper ally-hotline')?.shadowRoot?.textContent.includes('Changed in the sidebar'), { timeout: 10_000 });
    await page.evaluate((id) => window.wp.data.dispatch('core/block-editor').updateBlockAttributes(id, { org: 'GR Rapid Response' }), state.hotline);
    await page.evaluate(() => document.querySelector('.editor-styles-wrapper ally-hotline')?.scrollIntoView({ block: 'center' }));
    await page.waitForFunction(() => document.querySelector('.editor-styles-wrapper ally-hotline')?.shadowRoot?.textContent.includes('GR Rapid Response'), { timeout: 10_000 });
    const labels = await page.$$eval('.block-editor-block-inspector label', (ls) => ls.map((l) => l.textContent.trim()));
    for (const name of ['number', 'sms', 'sms-body', 'label', 'org', 'hours', 'variant']) assert(labels.includes(name), `no "${name}" setting in the sidebar: ${labels.join(', ')}`);
    await page.screenshot({ path: join(shots, 'editor-hotline-block.png') });
  });
  await check("the group finder block's list is picked in the Media Library and saved as the file's stable address", async () => {
    const finder = await page.evaluate(() => {
      const block = window.wp.data.select('core/block-editor').getBlocks().find((b) => b.name === 'ally-widgets/group-finder');
      window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      return block.clientId;
    });
    const button = await page.waitForSelector('.block-editor-block-inspector ::-p-text(Choose a list in the Media Library)', { timeout: 10_000 });
    await button.click();
    // The modal may open on its Upload tab (WordPress's choice when it has not yet loaded the library).
    await (await page.waitForSelector('.media-modal #menu-item-browse', { visible: true })).click();
    const tile = await page.waitForSelector(`.media-modal .attachments .attachment[data-id="${lists.a}"]`, { visible: true, timeout: 15_000 }).catch(async (error) => {
      await page.screenshot({ path: join(shots, 'editor-media-library.png') });
      throw error;
    });
    await tile.click();
    await (await page.waitForSelector('.media-modal .media-button-select:not([disabled])', { visible: true })).click();
    await page.waitForFunction((id) => window.wp.data.select('core/block-editor').getBlockAttributes(id).src, { timeout: 10_000 }, finder);
    const src = await page.evaluate((id) => window.wp.data.select('core/block-editor').getBlockAttributes(id).src, finder);
    assertEqual(src, `${site.url}/wp-json/ally-widgets/v1/feeds/${lists.a}`, 'src');
    await page.waitForFunction(() => document.querySelector('.editor-styles-wrapper ally-group-finder')?.shadowRoot?.textContent.includes('Kent County Ally Network'), { timeout: 15_000 });
  });
}

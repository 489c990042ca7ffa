// Browser tests of `dossier serve` and `dossier site`: playwright-core drives
// Debian's chromium (headless, no network but loopback). The script makes
// its own store of examples/, starts the server on a random loopback port
// and stops it at the end.
//
//   node tests/browser/run.mjs --binary build/dev/cli/dossier [--screenshot docs/x.png]
//
// Prints one line per test and "browser: N passed, N failed" last; exit 1
// when a test failed.
import {spawn, execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {createRequire} from 'node:module';
import {chromium} from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
}
const binary = path.resolve(option('--binary', path.join(root, 'build/dev/cli/dossier')));
const screenshot = option('--screenshot', '');
const browserPath = option('--chromium', '/usr/bin/chromium');

function check(condition, message) {
  if (!condition) throw new Error(message);
}

// A store of the examples, in a scratch folder.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-browser-'));
const db = path.join(scratch, 'examples.db');
const examples = fs.readdirSync(path.join(root, 'examples'))
  .map((f) => path.join(root, 'examples', f)).filter((f) => fs.statSync(f).isFile());
execFileSync(binary, ['ingest', '--db', db, '--no-progress', ...examples], {stdio: ['ignore', 'ignore', 'pipe']});

// The server, on a port it picks; its first line says which.
const server = spawn(binary, ['serve', '--db', db, '--port', '0'], {stdio: ['ignore', 'pipe', 'inherit']});
const base = await new Promise((resolve, reject) => {
  let text = '';
  server.stdout.on('data', (chunk) => {
    text += chunk;
    const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(text);
    if (m) resolve(`http://127.0.0.1:${m[1]}`);
  });
  server.on('exit', (code) => reject(new Error(`dossier serve exited with ${code}`)));
  setTimeout(() => reject(new Error('dossier serve did not start in 30 s')), 30000);
});

async function api(pathname, init) {
  const response = await fetch(base + pathname, init);
  return response.json();
}
async function entityId(q) {
  const found = await api('/api/entities?q=' + encodeURIComponent(q));
  check(found.length > 0, `no entity ${q}`);
  return found[0].id;
}

const browser = await chromium.launch({
  executablePath: browserPath,
  headless: true,
  args: ['--no-proxy-server', '--disable-gpu', '--disable-dev-shm-usage',
         ...(process.getuid && process.getuid() === 0 ? ['--no-sandbox'] : [])],
});

// Each test gets a fresh page; console errors (a CSP violation is one) fail it.
async function withPage(run) {
  const context = await browser.newContext({acceptDownloads: true, viewport: {width: 1200, height: 900}});
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(base) && !url.startsWith('file:') && !url.startsWith('blob:') && !url.startsWith('data:')) {
      errors.push('request left the machine: ' + url);
    }
  });
  try {
    await run(page);
    check(errors.length === 0, 'page errors: ' + errors.join(' | '));
  } finally {
    await context.close();
  }
}

// The basics of accessibility, by axe-core (WCAG 2 A and AA rules: labels,
// headings, contrast, names of links and buttons), and keyboard focus: Tab
// reaches a link, and the focused element shows an outline.
async function accessible(page, what) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () =>
    window.axe.run(document, {preload: false, runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}}));
  const problems = result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`);
  check(problems.length === 0, `${what}: ${problems.join('; ')}`);
  await page.keyboard.press('Tab');
  const focus = await page.evaluate(() => {
    const el = document.activeElement;
    return {tag: el.tagName, outline: getComputedStyle(el).outlineStyle};
  });
  check(focus.tag === 'A' && focus.outline !== 'none', `${what}: Tab does not show focus on a link`);
}

const tests = [];
const test = (name, run) => tests.push({name, run});

const arman = await entityId('Arman Tulegenov');
const sadykov = await entityId('Nurlan Sadykov');

test('entity page shows facts, timeline and graph', (page) => withPage(async (page) => {
  await page.goto(`${base}/entities/${arman}`);
  check((await page.textContent('h1')).includes('Tulegenov'), 'no name in h1');
  check(await page.locator('a.cite').count() > 3, 'no citations');
  await page.waitForSelector('#timeline-chart svg');
  await page.waitForSelector('#graph[data-drawn]');
  check(Number(await page.getAttribute('#graph', 'data-drawn')) > 1, 'graph has one node');
  check(await page.locator('#graph canvas').count() > 0, 'graph not drawn');
  if (screenshot) {
    await page.evaluate(() => document.querySelector('#timeline').closest('section').scrollIntoView({block: 'start'}));
    await page.setViewportSize({width: 1200, height: 1500});
    await page.screenshot({path: screenshot, fullPage: false});
  }
  await accessible(page, 'entity page');
}));

test('a citation opens its source at the marked passage', (page) => withPage(async (page) => {
  await page.goto(`${base}/entities/${arman}`);
  const cite = page.locator('section a.cite').first();
  await cite.click();
  await page.waitForURL(/\/sources\/\d+\?start=\d+&end=\d+#cited$/);
  const mark = page.locator('mark#cited');
  check(await mark.count() === 1, 'no marked passage');
  check((await mark.textContent()).length > 0, 'empty mark');
  check(await mark.isVisible(), 'mark not visible');
  const inView = await mark.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  });
  check(inView, 'the page did not scroll to the mark');
  await accessible(page, 'source page');
}));

test('search finds passages and marks the words', (page) => withPage(async (page) => {
  await page.goto(`${base}/search`);
  await page.fill('#q', 'radio saryarka');
  await page.press('#q', 'Enter');
  await page.waitForSelector('#results li');
  check(await page.locator('#results li mark').count() > 0, 'no marked words');
  await accessible(page, 'search page');
}));

test('screening shows matches with reasons and downloads CSV', (page) => withPage(async (page) => {
  await page.goto(`${base}/screen`);
  await page.fill('#screen-names', 'Sadykov Nurlan\nNobody Atall');
  await page.click('#screen button[type=submit]');
  await page.waitForSelector('#screen-results tbody tr');
  const rows = await page.locator('#screen-results tbody tr').allTextContents();
  check(rows.some((r) => r.includes('Садыков')), 'no match for Sadykov: ' + rows.join(' / '));
  check(rows.some((r) => r.includes('Nobody Atall') && r.includes('no match')), 'no row for the unknown name');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#screen-csv')]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  check(csv.startsWith('query,name,score,verdict,why,id\n') && csv.includes('Sadykov Nurlan'), 'bad CSV: ' + csv.slice(0, 200));
  await accessible(page, 'screening page');
}));

test('merge two entities from a page, then undo', (page) => withPage(async (page) => {
  const before = (await api('/api/entities')).length;
  await page.goto(`${base}/entities/${arman}`);
  await page.fill('#judge-other', sadykov);
  await page.fill('#judge-note', 'browser test');
  await page.click('button[data-action=merge]');
  await page.waitForSelector('#judge-undo');
  check((await page.textContent('#judge-status')).includes('merge'), 'no merge message');
  check((await api('/api/entities')).length === before - 1, 'the merge did not join them');
  await page.click('#judge-undo');
  await page.waitForFunction(() => document.getElementById('judge-status').textContent.includes('undo'));
  check((await api('/api/entities')).length === before, 'the undo did not part them');
  check(await entityId('Arman Tulegenov') === arman && await entityId('Nurlan Sadykov') === sadykov, 'ids changed');
}));

test('front page lists people, organizations and sources', (page) => withPage(async (page) => {
  await page.goto(base + '/');
  check(await page.locator('h2', {hasText: 'People'}).count() === 1, 'no People');
  check(await page.locator('table a[href^="/entities/"]').count() > 3, 'no entity links');
  await accessible(page, 'front page');
}));

test('static site works from disk: entity, citation, search', (page) => withPage(async (page) => {
  const out = path.join(scratch, 'site');
  execFileSync(binary, ['site', '--db', db, '--out', out], {stdio: ['ignore', 'ignore', 'pipe']});
  const html = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
  check(!/<script>|<script [^>]*>[^<]/.test(html) && !html.includes('http'), 'inline script or outside link in index.html');
  await page.goto(pathToFileURL(path.join(out, 'index.html')).href);
  await page.click(`a[href="entities/${arman}.html"]`);
  await page.waitForSelector('#graph[data-drawn]');
  await page.locator('section a.cite').first().click();
  await page.waitForSelector('mark#cited');
  check((await page.textContent('mark#cited')).length > 0, 'empty mark on the static source page');
  await page.goto(pathToFileURL(path.join(out, 'search.html')).href + '?q=saryarka');
  await page.waitForSelector('#results li');
  await accessible(page, 'static entity page');
}));

let passed = 0, failed = 0;
for (const {name, run} of tests) {
  try {
    await run();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.message.split('\n')[0]}`);
  }
}
await browser.close();
server.kill('SIGTERM');
fs.rmSync(scratch, {recursive: true, force: true});
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

// Shared helpers of the end-to-end tests: a static server that serves dist/ under
// /nastavnik/ (like a sub-folder of a school site: no rewrites, no fallback), and
// Debian's Chromium driven by playwright-core.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const BASE = '/nastavnik/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Serves `dist/` at `http://127.0.0.1:<port>/nastavnik/`; anything else is a plain 404.
 * `files` (name → text or Buffer, read at every request, so a test may change it) adds files
 * next to the app, such as a published `info.json`; they take precedence over `dist/`.
 */
export async function startServer({ files = {} } = {}) {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `trunk build --release` first');
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let rel = decodeURIComponent(url.pathname);
    if (!rel.startsWith(BASE)) {
      res.writeHead(404).end('not found');
      return;
    }
    rel = rel.slice(BASE.length) || 'index.html';
    if (Object.hasOwn(files, rel)) {
      res.writeHead(200, { 'content-type': TYPES[path.extname(rel)] ?? 'application/octet-stream' });
      res.end(files[rel]);
      return;
    }
    const file = path.join(DIST, rel);
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { server, url: `http://127.0.0.1:${port}${BASE}` };
}

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

/** A fresh context (its own empty storage), a page, and the list of console errors. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1366, height: 768 },
    locale: 'ru-RU',
    ...options,
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return { context, page, errors };
}

/** Waits until the app has rendered its frame. */
export async function ready(page) {
  await page.waitForSelector('.app, main.damaged', { timeout: 15000 });
}

/** The stored envelope (parsed), or null. */
export async function stored(page) {
  const raw = await page.evaluate(() => localStorage.getItem('nastavnik:data'));
  return raw === null ? null : JSON.parse(raw);
}

export async function storedRaw(page) {
  return page.evaluate(() => localStorage.getItem('nastavnik:data'));
}

/** Waits for the debounced save to land. */
export async function waitSaved(page) {
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid=save-state]');
    return el && el.textContent.startsWith('Сохранено');
  });
}

/** Runs axe-core on the page; returns serious and critical violations. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: path.join(here, 'node_modules', 'axe-core', 'axe.min.js') });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    if (r.passes.length + r.violations.length === 0) throw new Error('axe-core checked nothing');
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A roadmap row of a stored envelope. */
export function row(env, id) {
  return env.data.roadmap.find((r) => r.id === id);
}

/** Fills every field of the school profile (the year as given). */
export async function fillProfile(page, year) {
  const values = {
    '#profile-full_name': 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7»',
    '#profile-short_name': 'МБОУ СОШ № 7',
    '#profile-city': 'Тверь',
    '#profile-site': 'https://school7.ru',
    '#profile-director-full_name': 'Смирнова Анна Львовна',
    '#profile-director-position': 'Директор',
    '#profile-coordinator-full_name': 'Кузнецов Иван Ильич',
    '#profile-coordinator-position': 'Заместитель директора по УВР',
    '#profile-coordinator-phone': '+7 (4822) 12-34-56',
    '#profile-coordinator-email': 'kuznetsov@school7.ru',
    '#profile-academic_year': year,
  };
  for (const [sel, v] of Object.entries(values)) {
    await page.fill(sel, v);
  }
}

/**
 * Starts the static server and Chromium before the tests of a file and stops them after;
 * `onReady` receives `{ url, browser }`. `options` go to `startServer`.
 */
export function useServer(onReady, options = {}) {
  let server;
  let browser;
  before(async () => {
    let url;
    ({ server, url } = await startServer(options));
    browser = await launch();
    onReady({ url, browser });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });
}

// Shared helpers of the end-to-end tests: a static server that serves the app under
// /nastavnik/ (like a sub-folder of a school site: no rewrites, no fallback, gzip when the
// browser accepts it), and Debian's Chromium driven by playwright-core.
//
// What is served: with NASTAVNIK_ZIP set (scripts/test.sh sets it to what scripts/package.sh
// wrote), the files of that zip, unpacked into target/e2e-site/ — what a school uploads is what
// is tested; without it, dist/ of `trunk build --release`.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '..', '..');
export const BASE = '/nastavnik/';
/** tests/fixtures/: archives of every version, info.json, the schools' own files. */
export const FIXTURES_DIR = path.join(ROOT, 'tests', 'fixtures');

/** The text of a fixture, e.g. `fixture('archive-v4.json')`. */
export function fixture(name) {
  return fs.readFileSync(path.join(FIXTURES_DIR, name), 'utf8');
}

/** A fresh temporary folder for the files a test writes or downloads. */
export function tempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The folder of the served site: the unpacked NASTAVNIK_ZIP, or dist/. */
function siteDir() {
  const zip = process.env.NASTAVNIK_ZIP;
  if (!zip) return path.join(ROOT, 'dist');
  const dir = path.join(ROOT, 'target', 'e2e-site', path.basename(zip, '.zip'));
  const stamp = path.join(dir, '.unpacked-from');
  const id = `${path.resolve(zip)} ${fs.statSync(zip).mtimeMs}`;
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== id) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('unzip', ['-q', path.resolve(zip), '-d', dir]);
    fs.writeFileSync(stamp, id);
  }
  // The zip holds one folder (the app's folder on the site) next to the administrator's notes.
  const app = fs.readdirSync(dir, { withFileTypes: true }).find((e) => e.isDirectory());
  if (!app) throw new Error(`${zip}: no folder of the app inside`);
  return path.join(dir, app.name);
}

export const DIST = siteDir();

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};
const COMPRESSED = new Set(['.html', '.js', '.wasm', '.css', '.svg', '.json', '.webmanifest']);
const gzipped = new Map();

/** The gzip of a served file (level 6, like a web server's default), kept while it is unchanged. */
function gzipOf(file) {
  const { mtimeMs, size } = fs.statSync(file);
  const key = `${file} ${mtimeMs} ${size}`;
  if (!gzipped.has(key)) gzipped.set(key, zlib.gzipSync(fs.readFileSync(file), { level: 6 }));
  return gzipped.get(key);
}

/**
 * Serves the app at `http://127.0.0.1:<port>/nastavnik/`; anything else is a plain 404.
 * `files` (name → text or Buffer, read at every request, so a test may change it) adds files
 * next to the app, such as a published `info.json`; they take precedence over the app's files.
 * `setDown(true)` makes the site unreachable (every connection is dropped), like a school
 * site that is down.
 */
export async function startServer({ files = {} } = {}) {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html is missing: run \`trunk build --release\` (or scripts/package.sh) first`);
  }
  let down = false;
  const server = http.createServer((req, res) => {
    if (down) {
      req.socket.destroy();
      return;
    }
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
    const ext = path.extname(file);
    const stat = fs.statSync(file);
    // Validators like a school's web server: a repeat visit may get 304 Not Modified.
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const headers = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      vary: 'Accept-Encoding',
      etag,
      'last-modified': stat.mtime.toUTCString(),
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    if (COMPRESSED.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      const body = gzipOf(file);
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
      res.end(body);
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': stat.size });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const setDown = (value) => {
    down = value;
    if (value) server.closeAllConnections();
  };
  return { server, url: `http://127.0.0.1:${port}${BASE}`, setDown };
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

/**
 * Waits until the app has rendered its frame and its screen (in the release build a screen's
 * wasm file is fetched when it is first opened: see src/ui/screens.rs).
 */
export async function ready(page) {
  await page.waitForSelector('.app, main.damaged', { timeout: 15000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid=screen-loading]'), null, { timeout: 15000 });
}

/** Opens `address` (the app's URL and a hash) and waits for its screen. */
export async function openApp(page, address) {
  await page.goto(address);
  await ready(page);
}

/**
 * A fresh page whose storage holds `archive` (an archive's text) before the app first starts.
 * It is written only into an empty storage, so a reload keeps what the app saved since.
 */
export async function openWithArchive(browser, archive, options = {}) {
  const opened = await openPage(browser, options);
  await opened.context.addInitScript((t) => {
    if (!localStorage.getItem('nastavnik:data')) localStorage.setItem('nastavnik:data', t);
  }, archive);
  return opened;
}

/** Opens `address`, puts `archive` (an archive's text) into the storage and reloads. */
export async function seedArchive(page, address, archive) {
  await openApp(page, address);
  await page.evaluate((t) => localStorage.setItem('nastavnik:data', t), archive);
  await page.reload();
  await ready(page);
}

/** Opens `address` of an empty app and fills it with the example school («Загрузить пример»). */
export async function loadExample(page, address) {
  await openApp(page, address);
  await page.click('[data-testid=load-example]');
  await page.waitForSelector('[data-testid=example-banner]');
}

/**
 * Replaces the data with an archive file the way a coordinator does: «Архив и данные», the
 * file, «Заменить данные». `file` is a path or `{ name, mimeType, buffer }`.
 */
export async function replaceData(page, url, file) {
  await openApp(page, url + '#/data');
  await page.setInputFiles('#archive-file', file);
  await page.click('role=button[name="Заменить данные"]');
  await page.waitForSelector('[data-testid=notice]');
}

/** A coordinator's first visit: the profile filled in (the year as given) and submitted. */
export async function submitProfile(page, url, year) {
  await openApp(page, url);
  await fillProfile(page, year);
  await page.click('button[type=submit]');
  await page.waitForFunction(() => location.hash === '#/stage/1');
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

/** axe-core's violations, one line each, for an assertion's message. */
export function describeViolations(violations) {
  return violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.join(', ')}`).join('\n');
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
    let setDown;
    ({ server, url, setDown } = await startServer(options));
    browser = await launch();
    onReady({ url, browser, setDown });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });
}

/** A deterministic generator of `n` schools' report files with consistent figures. */
export function generateReports(n) {
  let seed = 20260530;
  const rnd = (m) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * m);
  };
  const out = [];
  for (let k = 0; k < n; k++) {
    const teachers = 20 + rnd(100);
    const participants = Math.floor(teachers / 3) + rnd(Math.floor(teachers / 3));
    const bank = Math.floor(participants / 2) + 1;
    const noPairs = k % 6 === 2;
    const monitored = k % 4 !== 3 && !noPairs;
    const pairs = noPairs ? 0 : 1 + rnd(bank);
    const groups = noPairs ? 0 : rnd(3);
    const mentees = Math.min(pairs + 2 * groups, participants);
    const byForm = [];
    if (pairs) byForm.push({ form: 'traditional', count: pairs });
    if (groups) byForm.push({ form: 'group', count: groups });
    const before = 20 + rnd(15);
    const figures = {
      teachers, participants, mentors: pairs + groups, mentees, bank,
      covered: Math.min(mentees, bank), young: rnd(mentees + 1), pairs, groups, terminated: 0,
      by_form: byForm, programs: pairs + groups, programs_done: rnd(pairs + groups + 1),
      responses_mentees: monitored ? mentees : 0, responses_mentors: monitored ? pairs + groups : 0,
      practices: rnd(10), best_practices: rnd(4), event_participants: 0,
      roadmap: rnd(101), stages: [10, 20, 30, 40, 50, 60, 70],
    };
    if (pairs + groups) figures.program_progress = 30 + rnd(71);
    if (monitored) {
      figures.round = { kind: 'final', date: '2026-05-20' };
      figures.satisfaction_mentees = 60 + rnd(41);
      figures.satisfaction_mentors = 60 + rnd(41);
      figures.growth = { before, after: before + rnd(51 - before), people: mentees };
    }
    const school = {
      full_name: `Муниципальное бюджетное общеобразовательное учреждение «Школа № ${k + 1}»`,
      short_name: `МБОУ Школа № ${String(k + 1).padStart(2, '0')}`,
      city: 'г. Энск',
      academic_year: '2025/2026',
    };
    const file = { format: 'nastavnik-report', version: 1, date: '2026-05-30', app_version: '0.1.0', report: { school, figures } };
    out.push({ name: `nastavnik-report-${k + 1}-2025-2026.json`, text: JSON.stringify(file, null, 2), file });
  }
  return out;
}

/**
 * A year built through the screens from an EMPTY browser with the school's own files (the
 * staff journey's XLSX of 25 teachers and both questionnaires as a form exports them): the
 * profile for `year`, the register, both banks with their consents, and six pairs accepted
 * from the suggestion. Leaves the page on stage 4.
 */
export async function yearFromSchoolFiles(page, url, year) {
  const dir = path.join(FIXTURES_DIR, 'journey');
  await submitProfile(page, url, year);
  await openApp(page, url + '#/import');
  await page.setInputFiles('#import-file', path.join(dir, 'teachers-25.xlsx'));
  await page.waitForSelector('[data-testid=import-summary]');
  await page.click('[data-testid=import-confirm]');
  await page.waitForFunction(() => location.hash === '#/people');
  for (const [stage, who, consents] of [
    [2, 'mentee', ['consent-processing']],
    [3, 'mentor', ['consent-processing', 'consent-mentoring']],
  ]) {
    await openApp(page, url + `#/stage/${stage}`);
    await page.setInputFiles(`[data-testid=answers-file-${who}]`, path.join(dir, `${who}-answers.csv`));
    await page.waitForSelector('[data-testid=answers-summary]');
    await page.click('[data-testid=answers-confirm]');
    await page.waitForSelector('[data-testid=answers-done]');
    const list = `[data-testid=list-${who}s]`;
    await page.click(`${list} [data-testid=select-all-found]`);
    for (const action of consents) {
      await page.selectOption(`${list} [data-testid=bulk-action]`, action);
      await page.click(`${list} [data-testid=bulk-apply]`);
      await page.waitForSelector(`${list} [data-testid=bulk-message]`);
    }
    await page.click('[data-testid=include-ready]');
    await page.waitForSelector('[data-testid=include-ready-report]');
  }
  await openApp(page, url + '#/stage/4');
  await page.click('[data-testid=run-matching]');
  await page.click('[data-testid=accept-matching]');
  await page.waitForSelector('[data-testid=notice]');
  await waitSaved(page);
}

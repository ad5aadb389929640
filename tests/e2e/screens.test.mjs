// Every address of the app opened fresh (a page load, no service worker, so each screen's
// wasm file comes from the site) on the release build: the screen's heading shows and the
// console stays clean. With the module split along the screens (src/ui/screens.rs,
// scripts/split.mjs) a broken split shows only here, at run time. The data come in the way a
// coordinator brings them: an archive loaded on «Архив и данные». Each address fetches few
// wasm files (the shared chunks are merged by tools/wasm-split-cli): at most 12.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, openPage, fixture, openApp, replaceData } from './helpers.mjs';

const files = {};
let url;
let browser;
useServer((s) => ({ url, browser } = s), { files });

const ARCHIVE = fixture('archive-v5.json');
const data = JSON.parse(ARCHIVE).data;
files['info.json'] = fixture('info-v1.json');

const ADDRESSES = [
  '#/', '#/profile', '#/data', '#/documents', '#/documents/regulation',
  `#/documents/consent_personal_data/${data.people[0].id}`,
  '#/people', `#/people/${data.people[0].id}`, '#/import', `#/pairs/${data.pairs[0].id}`,
  '#/publish', '#/nowhere',
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => `#/stage/${n}`),
];

test('every address opens fresh with its screen and no console error', async () => {
  const { context, page, errors } = await openPage(browser, { serviceWorkers: 'block' });
  await replaceData(page, url, { name: 'archive.json', mimeType: 'application/json', buffer: Buffer.from(ARCHIVE) });
  await page.waitForFunction(() => localStorage.getItem('nastavnik:data')?.includes('school96'));

  const requests = {};
  for (const hash of ADDRESSES) {
    const fresh = await context.newPage();
    const pageErrors = [];
    fresh.on('console', (msg) => msg.type() === 'error' && pageErrors.push(msg.text()));
    fresh.on('pageerror', (err) => pageErrors.push(String(err)));
    await openApp(fresh, url + hash);
    await fresh.waitForSelector('main h1', { timeout: 20000 });
    await fresh.waitForFunction(() => !document.querySelector('[data-testid=screen-loading], [data-testid=card-loading]'));
    // The wasm files fetched before the idle preloading of the next screens began (its mark).
    await fresh.waitForTimeout(300);
    const wasm = await fresh.evaluate(() => {
      const mark = performance.getEntriesByName('nastavnik:preload')[0]?.startTime ?? Infinity;
      return performance.getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.endsWith('.wasm') && e.startTime < mark)
        .map((e) => ({ file: new URL(e.name).pathname.split('/').pop(), by: e.initiatorType }));
    });
    requests[hash] = wasm.length;
    // index.html asks for the address's files at once (<link rel=preload>, written by
    // scripts/split.mjs), and the loader takes those answers: no file is fetched twice.
    const files = wasm.map((w) => w.file);
    assert.deepEqual(files.filter((f, i) => files.indexOf(f) !== i), [], `${hash}: fetched twice`);
    assert.ok(wasm.some((w) => w.by === 'link' && w.file.startsWith('split_')), `${hash}: no preloaded screen file`);
    assert.equal(await fresh.$('main.damaged'), null, hash);
    assert.equal(await fresh.$('[data-testid=screen-loading]'), null, `${hash}: still loading`);
    assert.ok((await fresh.textContent('main h1')).trim().length > 0, hash);
    assert.deepEqual(pageErrors, [], hash);
    await fresh.close();
  }
  // The build is split (a screen needs more than the main module) and no address fetches more
  // than 12 wasm files to show its screen (the next screens' preloading comes after).
  assert.ok(requests['#/stage/5'] >= 2, `stage 5 fetched ${requests['#/stage/5']} wasm file(s): not split`);
  for (const [hash, n] of Object.entries(requests)) assert.ok(n <= 12, `${hash}: ${n} wasm requests`);

  // The public section for a visitor: a browser of its own, nothing of the coordinator's.
  // info.json is asked for once, by index.html as the page starts (src/storage/remote.rs
  // takes that request), not again once the program has loaded.
  const visitor = await openPage(browser, { serviceWorkers: 'block' });
  const infoRequests = [];
  visitor.page.on('request', (r) => new URL(r.url()).pathname.endsWith('/info.json') && infoRequests.push(r.url()));
  await visitor.page.goto(url + '#/info');
  await visitor.page.waitForSelector('[data-testid=public-section] h1', { timeout: 20000 });
  assert.equal(infoRequests.length, 1, infoRequests.join(' '));
  assert.deepEqual(visitor.errors, []);
  await visitor.context.close();

  // Moving between screens inside the app loads each one too.
  await page.goto(url + '#/stage/1');
  for (const hash of ['#/stage/5', '#/people', '#/stage/6', '#/documents']) {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.waitForFunction(() => document.querySelector('main h1') && !document.querySelector('[data-testid=screen-loading]'));
  }
  assert.deepEqual(errors, []);
  await context.close();
});

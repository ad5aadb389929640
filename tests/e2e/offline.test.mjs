// The installable, offline app (public/sw.js, public/pwa.js, the manifest) on the release
// build in a sub-folder: after one visit the coordinator's data opens with the site down and
// the network off; a new version on the site is offered, never forced; `info.json` is fresh
// from the network, else the saved copy with its date; the manifest's icons are real.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  DIST, useServer, openPage, ready, waitSaved, fixture, openApp, submitProfile,
} from './helpers.mjs';

const files = {};
let url;
let browser;
let setDown;
useServer((s) => ({ url, browser, setDown } = s), { files });

const INFO = fixture('info-v1.json');

/** Waits until the service worker controls the page, that is, the whole build is cached. */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
}

/** A coordinator's first visit: the profile filled and saved. */
async function firstVisit(page) {
  await submitProfile(page, url, '2025/2026');
  await waitSaved(page);
  await controlled(page);
}

/** The errors of a page without the site, except the browser's own reports of failed fetches. */
function realErrors(errors) {
  return errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED|An unknown error occurred when fetching the script/.test(e));
}

function pngSize(buffer) {
  assert.equal(buffer.subarray(1, 4).toString('latin1'), 'PNG');
  return [buffer.readUInt32BE(16), buffer.readUInt32BE(20)];
}

test('the manifest makes the app installable: its icons exist and have their sizes', async () => {
  const { context, page, errors } = await openPage(browser);
  await openApp(page, url);
  const href = await page.getAttribute('link[rel=manifest]', 'href');
  const manifestUrl = new URL(href, url).href;
  const manifest = await (await page.request.get(manifestUrl)).json();
  assert.equal(manifest.short_name, 'Наставник');
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.display, 'standalone');
  const sizes = {};
  for (const icon of manifest.icons) {
    const response = await page.request.get(new URL(icon.src, manifestUrl).href);
    assert.equal(response.status(), 200, icon.src);
    const body = await response.body();
    if (icon.type === 'image/png') {
      sizes[icon.sizes] = pngSize(body).join('x');
    } else {
      assert.match(body.toString('utf8'), /^<svg/);
    }
  }
  assert.deepEqual(sizes, { '192x192': '192x192', '512x512': '512x512' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('after one visit the app opens with the site down and the network off, with the data', async () => {
  const { context, page, errors } = await openPage(browser);
  await firstVisit(page);
  // Registered for the app's own folder (relative scope), not for the whole site.
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope), url);

  setDown(true);
  await context.setOffline(true);
  try {
    await page.goto(url + '#/profile');
    await page.reload();
    await ready(page);
    assert.equal(await page.inputValue('#profile-short_name'), 'МБОУ СОШ № 7');
    // Another screen, opened fresh as a deep link.
    await page.goto('about:blank');
    await openApp(page, url + '#/stage/5');
    assert.match(await page.textContent('main h1'), /./);
    assert.equal(await page.$('main.damaged'), null);
    assert.deepEqual(realErrors(errors), []);
  } finally {
    await context.setOffline(false);
    setDown(false);
    await context.close();
  }
});

test('a new version on the site is offered and applied only on the button, keeping the data', async () => {
  const { context, page, errors } = await openPage(browser);
  await firstVisit(page);
  const original = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  const version = original.match(/"version":"([^"]+)"/)[1];
  const next = `${version}-next`;
  try {
    files['sw.js'] = original.replace(`"version":"${version}"`, `"version":"${next}"`);
    await page.goto(url + '#/profile');
    await page.evaluate(() => { window.__sameDocument = true; });
    await page.fill('#profile-city', 'Тверь-2');
    // The browser finds the new sw.js when it checks (on navigation, or hourly in pwa.js).
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    const banner = page.locator('#pwa-update');
    await banner.waitFor({ timeout: 20000 });
    assert.match(await banner.textContent(), /Доступна новая версия/);
    // Nothing reloads by itself: the page and what is being typed stay.
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => window.__sameDocument), true);
    assert.equal(await page.inputValue('#profile-city'), 'Тверь-2');

    await page.click('#pwa-update button');
    await page.waitForFunction(() => window.__sameDocument === undefined, null, { timeout: 20000 });
    await ready(page);
    assert.equal(await page.inputValue('#profile-city'), 'Тверь-2');
    assert.equal(await page.$('#pwa-update'), null);
    const caches = await page.evaluate(() => caches.keys());
    assert.ok(caches.includes(`nastavnik-${next}`), `the new version's cache in ${caches}`);
    assert.ok(!caches.includes(`nastavnik-${version}`), 'the old version\'s cache is gone');
    assert.deepEqual(errors, []);
  } finally {
    delete files['sw.js'];
    await context.close();
  }
});

test('#/info is fresh from the network, and without it the saved copy with its date', async () => {
  const { context, page, errors } = await openPage(browser);
  await firstVisit(page);
  files['info.json'] = INFO;
  try {
    await page.goto(url + '#/info');
    await page.waitForSelector('[data-testid=public-section]');
    assert.equal(await page.$('[data-testid=public-offline]'), null, 'fresh: no note');
    // A new file on the site shows at once (network first).
    files['info.json'] = INFO.replace('ГБОУ СОШ № 96', 'ГБОУ СОШ № 97');
    await page.reload();
    await page.waitForSelector('[data-testid=public-section]');
    assert.match(await page.textContent('[data-testid=public-section]'), /ГБОУ СОШ № 97/);

    setDown(true);
    await page.reload();
    await page.waitForSelector('[data-testid=public-section]');
    assert.match(await page.textContent('[data-testid=public-section]'), /ГБОУ СОШ № 97/);
    const note = await page.textContent('[data-testid=public-offline]');
    const d = new Date();
    const today = `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
    assert.match(note, new RegExp(`Нет связи с сайтом школы: показана копия раздела, сохранённая в этом браузере ${today.replace(/\./g, '\\.')} в \\d\\d:\\d\\d\\.`));
    assert.deepEqual(realErrors(errors), []);
  } finally {
    setDown(false);
    delete files['info.json'];
    await context.close();
  }
});

test('«Установить приложение» appears when the browser offers installation and asks it', async () => {
  const { context, page, errors } = await openPage(browser);
  await openApp(page, url);
  assert.equal(await page.$('#pwa-install'), null);
  // Headless Chromium never offers installation itself: the test plays the browser's event.
  await page.evaluate(() => {
    const event = new Event('beforeinstallprompt', { cancelable: true });
    event.prompt = async () => { window.__prompted = true; };
    window.dispatchEvent(event);
  });
  await page.click('#pwa-install button');
  assert.equal(await page.$('#pwa-install'), null, 'the offer is gone');
  assert.equal(await page.evaluate(() => window.__prompted), true);
  assert.deepEqual(errors, []);
  await context.close();
});

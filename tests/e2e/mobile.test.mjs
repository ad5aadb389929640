// Phones and portrait tablets on the release build: every address of the coordinator's app
// (an empty school and the example school with pairs formed) and the public section fit a
// 360 px phone and a 768 px tablet without a horizontal page scroll — wide tables scroll inside
// their own box — and axe-core stays clean on a phone. Set MOBILE_SHOTS=<dir> to keep
// screenshots of the main screens at 360 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  useServer, openPage, ready, stored, waitSaved, axeViolations, fillProfile, generateReports,
  fixture, tempDir, loadExample, describeViolations as describe,
} from './helpers.mjs';

const files = { 'info.json': fixture('info-v1.json') };
let url;
let browser;
useServer((s) => ({ url, browser } = s), { files });

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const TABLET = { viewport: { width: 768, height: 1024 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const DEVICES = [['phone', PHONE], ['tablet', TABLET]];

const DOC_KINDS = [
  'order_regulation', 'regulation', 'roadmap', 'order_pairs', 'program_template', 'consent_personal_data',
  'mentor_agreement', 'order_final_event', 'mentee_questionnaire', 'mentor_questionnaire', 'final_report',
  'consent_dissemination', 'order_reward', 'satisfaction_questionnaire',
];
const PLAIN = ['#/', '#/profile', '#/stage/1', '#/stage/2', '#/stage/3', '#/stage/4', '#/stage/5', '#/stage/6',
  '#/stage/7', '#/documents', ...DOC_KINDS.map((k) => `#/documents/${k}`), '#/people', '#/import', '#/data',
  '#/publish', '#/nowhere'];

/**
 * The page's width against the device's: on a phone (`isMobile`) an overflowing page is zoomed
 * out, so `innerWidth` grows with it — both are checked against the width of the device. On
 * failure, the widest elements sticking out on the right that are not inside a box scrolling
 * on its own.
 */
async function fits(page, width) {
  return page.evaluate((vw) => {
    const doc = document.documentElement;
    // Inside a box that scrolls on its own and fits — unless the element is positioned out of
    // it: an absolute element (such as a visually hidden label) escapes a scrolling box that is
    // not positioned, and widens the page.
    const clipped = (el) => {
      let position = getComputedStyle(el).position;
      if (position === 'fixed') return false;
      for (let a = el.parentElement; a && a !== doc; a = a.parentElement) {
        const style = getComputedStyle(a);
        const contains = position !== 'absolute' || style.position !== 'static';
        if (contains && style.overflowX !== 'visible' && a.getBoundingClientRect().right <= vw + 0.5) return true;
        if (position === 'absolute' && style.position !== 'static') position = style.position === 'fixed' ? 'fixed' : 'static';
        if (position === 'fixed') return false;
      }
      return false;
    };
    const name = (el) => {
      let s = el.tagName.toLowerCase();
      if (el.id) s += `#${el.id}`;
      if (typeof el.className === 'string' && el.className.trim()) s += `.${el.className.trim().split(/\s+/).join('.')}`;
      const t = el.getAttribute('data-testid');
      if (t) s += `[data-testid=${t}]`;
      return s;
    };
    const out = new Set();
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.right > vw + 0.5 && r.width > 0 && !clipped(el)) out.add(el);
    }
    const info = (el) => {
      const r = el.getBoundingClientRect();
      return { el: name(el), parent: el.parentElement ? name(el.parentElement) : '', width: Math.round(r.width), right: Math.round(r.right) };
    };
    // The culprits: the innermost elements sticking out (none of their children does), the
    // farthest first; then the widest boxes they stretch.
    const leaves = [...out].filter((el) => ![...el.children].some((c) => out.has(c))).map(info);
    leaves.sort((a, b) => b.right - a.right || b.width - a.width);
    const widest = [...out].map(info).sort((a, b) => b.width - a.width);
    return {
      scrollWidth: doc.scrollWidth,
      innerWidth: window.innerWidth,
      offenders: leaves.slice(0, 8).concat(widest.slice(0, 3)),
    };
  }, width);
}

async function assertFits(page, width, label) {
  const r = await fits(page, width);
  const list = r.offenders.map((o) => `  ${o.el} (in ${o.parent}): ${o.width} px wide, right edge ${o.right}`).join('\n');
  assert.ok(
    r.scrollWidth <= width && r.innerWidth === width,
    `${label} at ${width} px: the page is ${r.scrollWidth} px wide (innerWidth ${r.innerWidth}); sticking out:\n${list}`,
  );
}

/** Opens an address of the app and waits until its heading is there. */
async function visit(page, hash) {
  await page.goto(url + hash);
  if (hash !== '#/info') await ready(page);
  await page.waitForSelector('main h1, [data-testid=public-section], [data-testid=public-error]');
  // Let the screen settle (images of charts, late effects).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}


async function shot(page, name) {
  const dir = process.env.MOBILE_SHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  // The page in screens of 900 px (at most four), each small enough to look at.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = page.viewportSize().width;
  for (let i = 0; i * 900 < Math.min(height, 3600); i++) {
    const clip = { x: 0, y: i * 900, width, height: Math.min(900, height - i * 900) };
    await page.screenshot({ path: path.join(dir, `${name}-${i + 1}.png`), fullPage: true, clip });
  }
}

/** A teacher list with long words, an e-mail and a long position: the import preview. */
const CSV = 'ФИО;Должность;Предмет;Стаж;Электронная почта\n'
  + 'Константинопольская Анастасия-Виктория Владиславовна;Заместитель директора по учебно-воспитательной работе;Математика, информатика;3;anastasia.konstantinopolskaya-viktoria@school-number-ninety-six.spb.ru\n'
  + 'Иванов Иван Иванович;Учитель;Русский язык;12;ivanov@school96.ru\n';

async function importPreview(page) {
  await visit(page, '#/import');
  await page.setInputFiles('#import-file', { name: 'учителя.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await page.waitForSelector('[data-testid=import-summary]');
}

for (const [device, options] of DEVICES) {
  const width = options.viewport.width;

  test(`${device}: every screen of an empty school fits ${width} px`, async () => {
    const { context, page, errors } = await openPage(browser, options);
    for (const hash of PLAIN) {
      await visit(page, hash);
      await assertFits(page, width, `empty school, ${hash}`);
    }
    await importPreview(page);
    await assertFits(page, width, 'empty school, import preview');
    // The profile with its error messages.
    await visit(page, '#/profile');
    await page.click('button[type=submit]');
    await assertFits(page, width, 'empty school, profile with errors');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${device}: every screen of the example school, with pairs, fits ${width} px`, async () => {
    const { context, page, errors } = await openPage(browser, options);
    await loadExample(page, url + '#/profile');
    // Pairs: the suggestion accepted on stage 4.
    await visit(page, '#/stage/4');
    await page.click('[data-testid=run-matching]');
    await page.waitForSelector('[data-testid=suggested]');
    await assertFits(page, width, 'stage 4 with the suggestion');
    await page.click('[data-testid=accept-matching]');
    await page.waitForFunction(() => /Сформировано|сформирован/i.test(document.body.textContent));
    await waitSaved(page);
    const env = await stored(page);
    const pair = env.data.pairs[0];
    assert.ok(pair, 'a pair was formed');
    const mentee = pair.mentees[0];

    const addresses = [...PLAIN, `#/people/${mentee}`, `#/people/${pair.mentor}`, `#/pairs/${pair.id}`];
    for (const hash of addresses) {
      await visit(page, hash);
      await assertFits(page, width, `example school, ${hash}`);
    }
    // The personal documents the card and the pair's page link to.
    const personal = new Set();
    for (const hash of [`#/people/${mentee}`, `#/people/${pair.mentor}`, `#/pairs/${pair.id}`]) {
      await visit(page, hash);
      for (const href of await page.$$eval('main a[href^="#/documents/"]', (as) => as.map((a) => a.getAttribute('href')))) {
        if (href.split('/').length === 4) personal.add(href);
      }
    }
    assert.ok(personal.size >= 3, `personal documents: ${[...personal].join(', ')}`);
    for (const hash of personal) {
      await visit(page, hash);
      await assertFits(page, width, `example school, ${hash}`);
    }
    // The document editor, the import preview, the archive's import preview.
    await visit(page, '#/documents/order_regulation');
    await page.click('text=Редактировать текст');
    await assertFits(page, width, 'document editor');
    await importPreview(page);
    await assertFits(page, width, 'example school, import preview');
    await visit(page, '#/data');
    const archive = JSON.stringify(await stored(page));
    await page.setInputFiles('#archive-file', { name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(archive) });
    await page.waitForSelector('[data-testid=import-preview]');
    await assertFits(page, width, 'archive import preview');

    if (device === 'phone') {
      for (const [hash, name] of [['#/', 'overview'], ['#/stage/2', 'stage-2'], [`#/people/${mentee}`, 'person'],
        ['#/stage/5', 'stage-5'], [`#/pairs/${pair.id}`, 'pair'], ['#/people', 'people'], ['#/documents/order_pairs', 'document']]) {
        await visit(page, hash);
        await shot(page, name);
        const v = await axeViolations(page);
        assert.deepEqual(v, [], `phone, ${hash}:\n${describe(v)}`);
      }
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${device}: long names, addresses and e-mails break instead of widening the page`, async () => {
    const { context, page, errors } = await openPage(browser, options);
    await visit(page, '#/profile');
    await fillProfile(page, '2025/2026');
    await page.fill('#profile-short_name', 'МБОУ«СОШ№7имениГерояСоветскогоСоюзаКонстантинопольскогоАлександраВладимировича»');
    await page.fill('#profile-site', 'https://school-number-seven-named-after-the-hero.tver.obrazovanie.example.ru/nastavnichestvo/pedagogicheskih-rabotnikov');
    await page.fill('#profile-coordinator-email', 'konstantinopolskaya.anastasia-viktoria.vladislavovna@school-number-seven.tver.ru');
    await page.click('button[type=submit]');
    await page.waitForFunction(() => location.hash === '#/stage/1');
    await page.fill('#note-1-1', 'Материалы: https://school-number-seven-named-after-the-hero.tver.obrazovanie.example.ru/nastavnichestvo/materialy/2025-2026/prikaz-ob-utverzhdenii-polozheniya.pdf');
    await waitSaved(page);
    for (const hash of ['#/', '#/profile', '#/stage/1', '#/stage/7', '#/documents', '#/documents/order_regulation', '#/documents/regulation', '#/publish']) {
      await visit(page, hash);
      await assertFits(page, width, `long words, ${hash}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${device}: the municipal roll-up fits ${width} px, empty and with 12 schools`, async () => {
    const { context, page, errors } = await openPage(browser, options);
    await page.goto(url + '#/rollup');
    await page.waitForSelector('main h1');
    await assertFits(page, width, '#/rollup');
    const dir = tempDir('nastavnik-mobile-rollup-');
    const paths = generateReports(12).map((r) => {
      const file = path.join(dir, r.name);
      fs.writeFileSync(file, r.text);
      return file;
    });
    await page.setInputFiles('[data-testid=rollup-input]', paths);
    await page.waitForSelector('[data-testid=rollup-table]');
    assert.equal(await page.locator('[data-testid=rollup-row]').count(), 12);
    await assertFits(page, width, '#/rollup with 12 schools');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${device}: the public section fits ${width} px`, async () => {
    const { context, page, errors } = await openPage(browser, options);
    await visit(page, '#/info');
    assert.ok(await page.$('[data-testid=public-section]'), 'the section, not an error');
    await assertFits(page, width, '#/info');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

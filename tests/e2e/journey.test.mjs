// The coordinator's journeys on the release build, served under /nastavnik/ on 127.0.0.1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  useServer, openPage, ready, stored, storedRaw, waitSaved, row, fillProfile, fixture, tempDir,
  openApp, seedArchive,
} from './helpers.mjs';

let url;
let browser;
useServer((s) => ({ url, browser } = s));

const FIXTURE = fixture('archive-v1.json');
const tmp = tempDir('nastavnik-e2e-');

function tmpFile(name, content) {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

/** Loads the v1 fixture into the page's storage and reloads. */
const seed = (page, hash = '#/') => seedArchive(page, url + hash, FIXTURE);

test('first visit: fill the profile, mark tasks, reload — everything is still there', async () => {
  const { context, page, errors } = await openPage(browser);
  await openApp(page, url);
  assert.equal(new URL(page.url()).hash, '#/profile', 'an empty browser opens the profile');
  assert.equal(await page.textContent('main h1'), 'Профиль школы');

  await fillProfile(page, '2025/2027');
  await page.click('button[type=submit]');
  assert.match(await page.textContent('[data-testid=profile-summary]'), /проверьте 1 поле/);
  assert.equal(
    await page.textContent('#profile-academic_year-error'),
    'Второй год должен быть на единицу больше первого: 2025/2026',
  );
  assert.equal(await page.evaluate(() => document.activeElement.id), 'profile-academic_year');
  assert.equal(await page.getAttribute('#profile-academic_year', 'aria-invalid'), 'true');

  await page.fill('#profile-academic_year', '2025/2026');
  await page.click('button[type=submit]');
  await page.waitForFunction(() => location.hash === '#/stage/1');
  assert.match(await page.textContent('main h1'), /^Подготовка условий/);
  assert.equal(await page.textContent('[data-testid=school-name]'), 'МБОУ СОШ № 7');

  await page.click('label[for=status-1-1-done]');
  await page.click('label[for=status-1-2-in_progress]');
  await page.fill('#note-1-2', 'На педсовет 28.08');
  // 1 done + 1 in progress of 5 tasks: 3 half-units of 10.
  assert.match(await page.textContent('[data-testid=stage-progress]'), /^30 %/);
  await waitSaved(page);

  await page.reload();
  await ready(page);
  assert.match(await page.textContent('main h1'), /^Подготовка условий/);
  assert.equal(await page.isChecked('#status-1-1-done'), true);
  assert.equal(await page.isChecked('#status-1-2-in_progress'), true);
  assert.equal(await page.inputValue('#note-1-2'), 'На педсовет 28.08');
  assert.equal(await page.inputValue('#note-1-1'), '');
  assert.match(await page.textContent('.stepper li:nth-child(1) .step-meta'), /^30 %/);

  const env = await stored(page);
  assert.equal(env.format, 'nastavnik');
  assert.equal(env.version, 8);
  assert.equal(env.data.profile.coordinator.email, 'kuznetsov@school7.ru');
  assert.equal(row(env, '1.1').status, 'done');
  assert.equal(row(env, '1.2').note, 'На педсовет 28.08');

  await openApp(page, url + '#/profile');
  assert.equal(await page.inputValue('#profile-city'), 'Тверь');

  await openApp(page, url + '#/');
  assert.equal(await page.textContent('main h1'), 'Обзор');
  assert.match(await page.textContent('.next-step'), /Положение о целевой модели/, 'the task in progress comes next');
  // 3 half-units of 86: 25 roadmap rows (22 seed tasks and 3 default events), the 3 + 4 + 2 +
  // 3 + 4 measures read from the data of stages 2–6 and the 2 measures of the public section
  // (stage 7): 43 tasks; 300 / 86 = 3,49 → 3 %.
  assert.match(await page.textContent('[data-testid=overall]'), /^3 %$/);
  assert.match(await page.textContent('[data-testid=last-saved]'), /^\d\d\.\d\d\.\d{4} в \d\d:\d\d$/);

  assert.deepEqual(errors, []);
  await context.close();
});

test('deep link into stage 5 in a sub-folder, and a reload there', async () => {
  const { context, page, errors } = await openPage(browser);
  await seed(page);
  await openApp(page, url + '#/stage/5');
  assert.equal(await page.textContent('main h1'), 'Организация и осуществление работы наставнических пар/групп');
  assert.equal(await page.title(), 'Этап 5. Пары и группы — Наставник');
  assert.equal(await page.getAttribute('.stepper li:nth-child(5) a', 'aria-current'), 'step');
  await page.reload();
  await ready(page);
  assert.equal(await page.textContent('main h1'), 'Организация и осуществление работы наставнических пар/групп');

  await page.click('a[rel=next]');
  await page.waitForFunction(() => location.hash === '#/stage/6');
  assert.match(await page.textContent('main h1'), /^Завершение/);
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/stage/5');
  assert.match(await page.textContent('main h1'), /^Организация/);

  await openApp(page, url + '#/nowhere');
  assert.equal(await page.textContent('main h1'), 'Страница не найдена');
  assert.deepEqual(errors, []);
  await context.close();
});

test('export → «Начать заново» → import gives identical data; the backup restores', async () => {
  const { context, page, errors } = await openPage(browser);
  await seed(page, '#/data');
  await page.goto(url + '#/stage/4');
  await page.click('label[for=status-4-2-done]');
  await waitSaved(page);
  const before = await stored(page);

  await openApp(page, url + '#/data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-testid=download]'),
  ]);
  assert.match(download.suggestedFilename(), /^nastavnik-ГБОУ-СОШ-96-\d{4}-\d\d-\d\d\.json$/);
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(exported.format, 'nastavnik');
  assert.equal(exported.version, 8);
  assert.equal(exported.revision, before.revision);
  assert.deepEqual(exported.data, before.data);

  await page.click('text=Начать заново…');
  assert.match(await page.textContent('[data-testid=wipe-confirm]'), /Сначала скачайте архив/);
  await page.click('[data-testid=wipe-confirm-button]');
  await page.waitForFunction(() => location.hash === '#/profile');
  assert.equal(await storedRaw(page), null);
  assert.equal(await page.inputValue('#profile-short_name'), '');

  await page.goto(url + '#/data');
  const file = tmpFile('export.json', JSON.stringify(exported, null, 2));
  await page.setInputFiles('#archive-file', file);
  await page.waitForSelector('[data-testid=import-preview]');
  assert.equal(await page.textContent('[data-testid=import-preview] [data-testid=summary-school]'), 'ГБОУ СОШ № 96');
  assert.match(await page.textContent('[data-testid=import-preview]'), /В этом браузере пока нет данных/);
  assert.equal(await storedRaw(page), null, 'nothing changes before confirmation');
  await page.click('text=Заменить данные');
  await page.waitForSelector('[data-testid=notice]');
  const after = await stored(page);
  assert.deepEqual(after.data, exported.data, 'identical data after the round trip');

  await page.reload();
  await ready(page);
  assert.deepEqual((await stored(page)).data, exported.data);

  // A second import over existing data keeps the previous data as a backup.
  const other = structuredClone(exported);
  other.data.profile.short_name = 'Другая школа';
  await page.setInputFiles('#archive-file', tmpFile('other.json', JSON.stringify(other)));
  await page.waitForSelector('[data-testid=import-preview]');
  assert.match(await page.textContent('[data-testid=import-preview]'), /Будет заменено/);
  await page.click('text=Заменить данные');
  await page.waitForSelector('[data-testid=restore]');
  assert.equal(await page.textContent('[data-testid=school-name]'), 'Другая школа');
  await page.click('[data-testid=restore]');
  await page.waitForFunction(() => document.querySelector('[data-testid=school-name]').textContent === 'ГБОУ СОШ № 96');
  assert.deepEqual((await stored(page)).data, exported.data);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken file gets a Russian message and the data stays byte-for-byte', async () => {
  const { context, page, errors } = await openPage(browser);
  await seed(page, '#/data');
  const raw = await storedRaw(page);
  const good = FIXTURE;
  const cases = [
    ['truncated.json', good.slice(0, good.length / 2), /Файл обрывается/, null],
    ['not-json.json', 'Дорожная карта;2025', /Файл не является JSON/, null],
    ['other.json', JSON.stringify({ format: 'excel', version: 1 }), /Это не архив «Наставника»/, 'format'],
    ['newer.json', good.replace('"version": 1', '"version": 9'), /более новой версией программы/, 'version'],
    ['types.json', good.replace('"city": "Санкт-Петербург"', '"city": 42'), /ожидается строка/, 'data.profile.city'],
    ['dangling.json', good.replace('"1.1":', '"9.9":'), /несуществующую задачу «9\.9»/, 'data.tasks["9.9"]'],
  ];
  for (const [name, content, message, where] of cases) {
    await page.setInputFiles('#archive-file', tmpFile(name, content));
    await page.waitForSelector('[data-testid=import-error]');
    const text = await page.textContent('[data-testid=import-error]');
    assert.match(text, message, name);
    assert.match(text, /Текущие данные не изменены/);
    if (where) assert.equal(await page.textContent('[data-testid=import-error] code'), where, name);
    assert.equal(await page.$('[data-testid=import-preview]'), null);
    assert.equal(await storedRaw(page), raw, `${name}: stored data unchanged`);
  }
  await page.reload();
  await ready(page);
  assert.equal(await storedRaw(page), raw);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs: the older tab never overwrites the newer revision', async () => {
  const { context, page: a, errors } = await openPage(browser);
  await seed(a, '#/stage/2');
  const b = await context.newPage();
  b.on('pageerror', (e) => errors.push(String(e)));
  await openApp(b, url + '#/stage/2');
  await openApp(a, url + '#/stage/2');

  await a.click('label[for=status-2-1-done]');
  await waitSaved(a);
  const fromA = await storedRaw(a);
  await b.waitForSelector('[data-testid=other-tab]');
  assert.match(await b.textContent('[data-testid=other-tab]'), /изменены в другой вкладке/);

  await b.click('label[for=status-2-2-done]');
  await b.waitForTimeout(800);
  assert.equal(await storedRaw(b), fromA, 'tab B did not write');
  assert.match(await b.textContent('[data-testid=save-state]'), /^Не сохранено/);

  await b.click('text=Перезагрузить страницу');
  await ready(b);
  assert.equal(await b.isChecked('#status-2-1-done'), true, 'B now shows what A saved');
  assert.equal(await b.isChecked('#status-2-2-done'), false);
  assert.equal(await b.$('[data-testid=other-tab]'), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a failing storage: a persistent warning, the data kept in the tab, the archive still downloads', async () => {
  const { context, page, errors } = await openPage(browser);
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openApp(page, url);
  await page.fill('#profile-short_name', 'Школа № 5');
  await page.waitForSelector('[data-testid=storage-failed]');
  assert.match(await page.textContent('[data-testid=storage-failed]'), /место в хранилище браузера закончилось/);
  assert.match(await page.textContent('[data-testid=save-state]'), /^Не сохранено: место/);
  assert.equal(await page.inputValue('#profile-short_name'), 'Школа № 5');
  await page.goto(url + '#/stage/1');
  await page.click('label[for=status-1-1-done]');
  assert.ok(await page.$('[data-testid=storage-failed]'), 'the warning persists');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-testid=storage-failed] button'),
  ]);
  const archive = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(archive.data.profile.short_name, 'Школа № 5');
  assert.equal(row(archive, '1.1').status, 'done');
  assert.deepEqual(errors, []);
  await context.close();
});

test('damaged stored data is shown, kept, and can be downloaded', async () => {
  const { context, page, errors } = await openPage(browser);
  await openApp(page, url);
  await page.evaluate(() => localStorage.setItem('nastavnik:data', '{"format":"nastavnik","version":1,'));
  await page.reload();
  await ready(page);
  assert.equal(await page.textContent('main h1'), 'Сохранённые данные не читаются');
  assert.match(await page.textContent('main [role=alert]'), /Файл обрывается/);
  await page.waitForTimeout(600);
  assert.equal(await storedRaw(page), '{"format":"nastavnik","version":1,');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('text=Скачать повреждённые данные'),
  ]);
  assert.equal(fs.readFileSync(await download.path(), 'utf8'), '{"format":"nastavnik","version":1,');
  await page.click('text=Удалить их и начать заново…');
  await page.click('text=Удалить и начать заново');
  await page.waitForSelector('.app');
  assert.equal(await storedRaw(page), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a disabled storage: the app works in memory and says that nothing is saved', async () => {
  const { context, page, errors } = await openPage(browser);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  await openApp(page, url);
  assert.equal(await page.textContent('main h1'), 'Профиль школы');
  assert.match(await page.textContent('[data-testid=storage-failed]'), /хранилище браузера недоступно/);
  await page.fill('#profile-short_name', 'Лицей № 2');
  await page.goto(url + '#/stage/2');
  await page.click('label[for=status-2-1-done]');
  await page.waitForTimeout(600);
  assert.match(await page.textContent('[data-testid=save-state]'), /^Не сохранено: хранилище браузера недоступно/);
  assert.equal(await page.textContent('[data-testid=school-name]'), 'Лицей № 2', 'the data lives on in the tab');
  // 2.1 done of 2 tasks and 3 measures of the (empty) bank: 2 half-units of 10.
  assert.match(await page.textContent('.stepper li:nth-child(2) .step-meta'), /^20 %/);
  assert.deepEqual(errors, []);
  await context.close();
});

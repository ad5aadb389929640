// The public section (stage 7) on the release build: #/info renders a published info.json
// served next to the app without reading or writing the visitor's storage; a missing or broken
// file gets a clear message; axe-core; and the coordinator's «Опубликовать» downloads an
// info.json that, served, renders — with posts for social networks and their log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  useServer, openPage, stored, storedRaw, waitSaved, axeViolations, fixture, openApp, loadExample,
  describeViolations as describe,
} from './helpers.mjs';

/** Files served next to the app; the tests put and remove `info.json` here. */
const files = {};
let url;
let browser;
useServer((s) => ({ url, browser } = s), { files });

const FIXTURE = fixture('info-v1.json');

/** Opens #/info in a page and waits for the section or its error. */
async function showInfo(page) {
  await page.goto(url + '#/info');
  await page.waitForSelector('[data-testid=public-section], [data-testid=public-error]', { timeout: 15000 });
}


/** What the browser context keeps for our origin: localStorage entries of every origin. */
async function keptStorage(context) {
  const { origins } = await context.storageState();
  return origins.flatMap((o) => o.localStorage);
}

test('#/info renders the published section in a fresh browser and leaves its storage empty', async () => {
  files['info.json'] = FIXTURE;
  const { context, page, errors } = await openPage(browser);
  await showInfo(page);
  assert.ok(await page.$('[data-testid=public-section]'), 'the section, not an error');
  assert.equal(await page.textContent('main h1'), 'Наставничество педагогических работников');
  const text = await page.textContent('[data-testid=public-section]');
  for (const part of [
    'ГБОУ СОШ № 96', 'О системе наставничества', 'В цифрах', 'Дорожная карта', 'Документы',
    'Педагогический совет о наставничестве', 'Региональный центр наставничества',
    'Куратор наставничества: Петров Олег Игоревич', 'Этап 7. Информационная поддержка',
  ]) {
    assert.ok(text.includes(part), `«${part}» on the page`);
  }
  assert.equal(await page.title(), 'Наставничество педагогических работников — ГБОУ СОШ № 96');
  assert.match(
    await page.getAttribute('meta[name=description]', 'content'),
    /^Система \(целевая модель\) наставничества педагогических работников в ГБОУ СОШ № 96 \(Санкт-Петербург\)/,
  );
  // Read-only: no controls, no frame of the coordinator's app.
  // (the one control is the CSS-only «Версия для слабовидящих» switch).
  assert.equal(await page.locator('input, textarea, select, button').count(), 1);
  assert.equal(await page.locator('input#ni-lv[type=checkbox]').count(), 1);
  assert.equal(await page.$('.app'), null);
  // Hiding the page (where the app saves) writes nothing.
  await page.evaluate(() => {
    window.dispatchEvent(new Event('pagehide'));
    document.dispatchEvent(new Event('visibilitychange'));
  });
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await page.close({ runBeforeUnload: true });
  assert.deepEqual(await keptStorage(context), [], 'nothing kept after the visit');
  assert.deepEqual(errors, []);
  await context.close();
});

test('#/info on the coordinator\'s own browser neither reads nor changes the stored data', async () => {
  files['info.json'] = FIXTURE;
  const { context, page, errors } = await openPage(browser);
  await openApp(page, url);
  // Damaged data would stop the app with its error screen: the section must not even look.
  await page.evaluate(() => localStorage.setItem('nastavnik:data', '{"format": "nastavnik", "broken'));
  await showInfo(page);
  assert.ok(await page.$('[data-testid=public-section]'));
  assert.equal(await storedRaw(page), '{"format": "nastavnik", "broken');
  assert.equal(await page.evaluate(() => localStorage.length), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('#/info says clearly when info.json is missing or broken', async () => {
  const { context, page, errors } = await openPage(browser);
  const cases = [
    [undefined, /Раздел о наставничестве пока недоступен[\s\S]*Файл info\.json не найден рядом с программой на сайте/],
    ['{"format": "nastavnik-info", "version": 1, "date": "2025-10-01", "info": {"school": 5}}',
      /В файле info\.json ошибка \(строка 1, столбец \d+\): неверный тип значения: ожидается объект, а в файле целое число 5\./],
    [FIXTURE.slice(0, 300), /Файл info\.json обрывается/],
    ['<!DOCTYPE html><title>Страница не найдена</title>', /сервер прислал веб-страницу/],
    [FIXTURE.replace('"nastavnik-info"', '"nastavnik"'), /Это не файл раздела «Наставника»: формат «nastavnik»/],
    [FIXTURE.replace('"version": 1', '"version": 7'), /более новой версией «Наставника» \(версия формата 7\)/],
  ];
  for (const [body, message] of cases) {
    if (body === undefined) delete files['info.json'];
    else files['info.json'] = body;
    await showInfo(page);
    assert.ok(await page.$('[data-testid=public-error]'), `an error for ${String(body).slice(0, 40)}`);
    assert.match(await page.textContent('[data-testid=public-error]'), message);
    assert.equal(await page.textContent('main h1'), 'Раздел о наставничестве пока недоступен');
    // The next case is a fresh load of the page.
    await page.goto('about:blank');
  }
  assert.deepEqual(await keptStorage(context), []);
  // The missing file is a 404 the browser reports in the console; nothing else went wrong.
  assert.deepEqual(errors.filter((e) => !/404/.test(e)), []);
  await context.close();
});

test('axe-core: no serious or critical violation on the public section and its error', async () => {
  files['info.json'] = FIXTURE;
  const { context, page } = await openPage(browser);
  await showInfo(page);
  let v = await axeViolations(page);
  assert.deepEqual(v, [], `#/info:\n${describe(v)}`);
  await page.setViewportSize({ width: 375, height: 740 });
  v = await axeViolations(page);
  assert.deepEqual(v, [], `#/info on a phone:\n${describe(v)}`);
  // Nothing is wider than a phone screen.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375));
  delete files['info.json'];
  await page.goto('about:blank');
  await showInfo(page);
  v = await axeViolations(page);
  assert.deepEqual(v, [], `#/info without info.json:\n${describe(v)}`);
  await context.close();
});

test('«Опубликовать» downloads info.json and the page; served, the info.json renders for a visitor', async () => {
  const { context, page, errors } = await openPage(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  await loadExample(page, url);
  await page.click('.top-nav >> text=Публикация');
  await page.waitForFunction(() => location.hash === '#/publish');
  await page.waitForSelector('[data-testid=publish-preview] .ni');
  assert.equal(await page.textContent('main h1'), 'Публикация');
  let v = await axeViolations(page);
  assert.deepEqual(v, [], `#/publish:\n${describe(v)}`);

  // A news item with markup in its title: text in the preview, never a live element.
  await page.fill('#news-title', '<img src=x onerror="window.__xss=1">Итоги педсовета');
  await page.fill('#news-text', 'Педагоги обсудили планы наставнических пар.');
  await page.selectOption('#news-stage', '1');
  await page.click('role=button[name="Добавить новость"]');
  await page.waitForFunction(() => document.querySelector('[data-testid=publish-preview]').textContent.includes('Итоги педсовета'));
  assert.equal(await page.locator('[data-testid=publish-preview] img').count(), 0);
  assert.equal(await page.evaluate(() => window.__xss), undefined);

  // The coordinator agrees to show the contacts; a teacher with a consent is named.
  await page.check('#pub-coordinator');
  const option = page.locator('#pub-person option').nth(1);
  const [pid, pname] = [await option.getAttribute('value'), (await option.textContent()).trim()];
  await page.selectOption('#pub-person', pid);
  await page.click('role=button[name="Добавить в раздел"]');
  await page.fill(`#story-${pid}`, 'Ведёт клуб молодого педагога.');
  // A link: only http(s).
  await page.fill('#link-title', 'Методический центр района');
  await page.fill('#link-url', 'javascript:alert(1)');
  await page.click('role=button[name="Добавить ссылку"]');
  assert.match(await page.textContent('[aria-labelledby=pub-links] .error'), /Адрес должен начинаться с https:\/\//);
  await page.fill('#link-url', 'https://imc.example.ru/mentoring');
  await page.click('role=button[name="Добавить ссылку"]');
  await page.waitForFunction(() => document.querySelector('[data-testid=publish-preview]').textContent.includes('Методический центр района'));
  const preview = await page.textContent('[data-testid=publish-preview]');
  assert.ok(preview.includes(pname) && preview.includes('Ведёт клуб молодого педагога.'));
  assert.ok(preview.includes('Куратор наставничества: Петров Олег Игоревич'));

  // The Положение's file on the site: a bad address is refused, a file name is kept.
  await page.fill('#pub-file-regulation', 'javascript:alert(1)');
  await page.dispatchEvent('#pub-file-regulation', 'change');
  assert.match(await page.textContent('[aria-labelledby=pub-files] .error'), /имя файла рядом с info\.json/);
  await page.fill('#pub-file-regulation', 'polozhenie.docx');
  await page.dispatchEvent('#pub-file-regulation', 'change');
  await page.waitForFunction(() => !document.querySelector('[aria-labelledby=pub-files] .error'));

  // A roadmap row marked for coverage gets a post; «Копировать» puts it on the clipboard.
  await page.click('text=Мероприятия Дорожной карты для освещения');
  await page.check('#mark-1-1');
  await page.waitForSelector('[data-post="row:1.1"]');
  await page.click('[data-post="row:1.1"] >> role=button[name=/^Копировать/]');
  await page.waitForSelector('[data-post="row:1.1"] >> text=Текст скопирован');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^Приказ «Об утверждении положения/);
  assert.match(copied, /#наставничество #педагоги/);
  assert.match(copied, /Подробнее о наставничестве в ГБОУ СОШ № 96: https:\/\/school96\.ru/);
  // Published in VK: the log has it, and stage 1 is no longer without coverage.
  assert.match(await page.textContent('[data-testid=uncovered]'), /Этапы без публикаций: Этап 1\./);
  await page.selectOption('#post-row-1-1-channel', 'vk');
  await page.fill('#post-row-1-1-url', 'https://vk.com/wall-1_10');
  await page.click('[data-post="row:1.1"] >> role=button[name="Отметить публикацию"]');
  await page.waitForSelector('[data-testid=publication-log] >> text=ВКонтакте');
  assert.doesNotMatch(await page.textContent('[data-testid=uncovered]'), /Этап 1\./);

  // «Опубликовать»: two files.
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  await page.click('[data-testid=publish]');
  for (let i = 0; i < 100 && downloads.length < 2; i++) await page.waitForTimeout(100);
  assert.deepEqual(downloads.map((d) => d.suggestedFilename()).sort(), ['info.json', 'nastavnik-info.html']);
  const read = async (name) => fs.readFileSync(await downloads.find((d) => d.suggestedFilename() === name).path(), 'utf8');
  const info = await read('info.json');
  const page2 = await read('nastavnik-info.html');
  const parsed = JSON.parse(info);
  assert.equal(parsed.format, 'nastavnik-info');
  assert.equal(parsed.version, 1);
  assert.match(page2, /^<!DOCTYPE html>\n<html lang="ru">/);
  assert.match(page2, /<title>Наставничество педагогических работников — ГБОУ СОШ № 96<\/title>/);
  assert.ok(!/<script/i.test(page2), 'no scripts in the page');
  assert.ok(page2.includes('&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;Итоги педсовета'));
  // No teacher's phone or e-mail, and no name except the one named with consent.
  await waitSaved(page);
  const env = await stored(page);
  assert.equal(env.data.publication.files.regulation, 'polozhenie.docx');
  for (const d of parsed.info.documents) {
    assert.equal(d.link ?? '', d.title.startsWith('Положение') ? 'polozhenie.docx' : '', d.title);
  }
  for (const p of env.data.people) {
    for (const value of [p.phone, p.email]) {
      assert.ok(!info.includes(value) && !page2.includes(value), `${p.id}: ${value}`);
    }
    if (p.full_name !== pname) assert.ok(!info.includes(p.full_name), `${p.id}: ${p.full_name}`);
  }
  assert.match(env.data.publication.published, /^\d{4}-\d\d-\d\d$/);
  assert.ok(env.data.publication.log.some((e) => e.channel === 'site' && e.item === 'news:n1'));
  // Stage 7 counts the publication.
  await page.goto(url + '#/stage/7');
  assert.match(await page.textContent('[data-testid=measures]'), /Материалы раздела на сайте сформированы[\s\S]*последний раз/);

  // Served next to the app, the downloaded info.json renders for a visitor.
  files['info.json'] = info;
  const visitor = await openPage(browser);
  await showInfo(visitor.page);
  const shown = await visitor.page.textContent('[data-testid=public-section]');
  for (const part of [pname, 'Ведёт клуб молодого педагога.', '<img src=x onerror="window.__xss=1">Итоги педсовета',
    'Методический центр района', 'Куратор наставничества: Петров Олег Игоревич']) {
    assert.ok(shown.includes(part), `«${part}» for the visitor`);
  }
  assert.equal(await visitor.page.evaluate(() => window.__xss), undefined);
  assert.equal(await visitor.page.evaluate(() => localStorage.length), 0);
  assert.deepEqual(visitor.errors, []);
  await visitor.context.close();

  // In the coordinator's tab, going to #/info starts the section without the app's data.
  const before = await storedRaw(page);
  await page.goto(url + '#/info');
  await page.waitForSelector('[data-testid=public-section]', { timeout: 15000 });
  assert.equal(await page.$('.app'), null);
  assert.equal(await storedRaw(page), before);
  assert.deepEqual(errors, []);
  await context.close();
});

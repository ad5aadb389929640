// Accessibility of the release build: axe-core on every screen, and the keyboard alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useServer, openPage, ready, stored, axeViolations, row, fixture, openApp, seedArchive,
  describeViolations as describe,
} from './helpers.mjs';

let url;
let browser;
useServer((s) => ({ url, browser } = s));

const FIXTURE = fixture('archive-v1.json');

async function seeded(options) {
  const opened = await openPage(browser, options);
  await seedArchive(opened.page, url + '#/', FIXTURE);
  return opened;
}


test('axe-core: no serious or critical violation on any screen', async () => {
  const first = await openPage(browser);
  await first.page.goto(url);
  await ready(first.page);
  let v = await axeViolations(first.page);
  assert.deepEqual(v, [], `first visit (profile):\n${describe(v)}`);
  await first.page.click('button[type=submit]');
  v = await axeViolations(first.page);
  assert.deepEqual(v, [], `profile with errors:\n${describe(v)}`);
  await first.context.close();

  const { context, page, errors } = await seeded();
  const screens = ['#/', '#/profile', '#/data', '#/nowhere', '#/documents'];
  for (const key of ['order_regulation', 'regulation', 'roadmap', 'program_template']) screens.push(`#/documents/${key}`);
  for (let n = 1; n <= 7; n++) screens.push(`#/stage/${n}`);
  for (const hash of screens) {
    await openApp(page, url + hash);
    await page.waitForSelector('main h1');
    v = await axeViolations(page);
    assert.deepEqual(v, [], `${hash}:\n${describe(v)}`);
  }
  // The document editor.
  await page.goto(url + '#/documents/order_regulation');
  await page.click('text=Редактировать текст');
  v = await axeViolations(page);
  assert.deepEqual(v, [], `document editor:\n${describe(v)}`);

  // The import preview, the import error and the wipe confirmation.
  await page.goto(url + '#/data');
  await page.setInputFiles('#archive-file', { name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(FIXTURE) });
  await page.waitForSelector('[data-testid=import-preview]');
  v = await axeViolations(page);
  assert.deepEqual(v, [], `import preview:\n${describe(v)}`);
  await page.setInputFiles('#archive-file', { name: 'b.json', mimeType: 'application/json', buffer: Buffer.from('{') });
  await page.waitForSelector('[data-testid=import-error]');
  await page.click('text=Начать заново…');
  v = await axeViolations(page);
  assert.deepEqual(v, [], `import error and wipe confirmation:\n${describe(v)}`);

  // On a phone.
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(url + '#/stage/3');
  v = await axeViolations(page);
  assert.deepEqual(v, [], `phone, stage 3:\n${describe(v)}`);
  assert.deepEqual(errors, []);
  await context.close();
});

/** What shows focus for the element that has it: the element itself, or a radio's label. */
async function focusInfo(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    let shown = el;
    if (el.matches('input[type=radio]')) shown = document.querySelector(`label[for="${el.id}"]`);
    const s = getComputedStyle(shown);
    const visible = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      text: (el.textContent || el.value || '').trim().slice(0, 40),
      href: el.getAttribute('href'),
      visible,
    };
  });
}

async function tabUntil(page, predicate, max = 80) {
  let wrapped = 0;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focusInfo(page);
    if (!f) {
      // Past the end of the document focus leaves the page; the next Tab comes back on top.
      wrapped += 1;
      assert.ok(wrapped <= 1, 'focus left the page twice without reaching the element');
      continue;
    }
    assert.ok(f.visible, `focus is not visible on ${JSON.stringify(f)}`);
    if (predicate(f)) return f;
  }
  throw new Error('never reached the element by Tab');
}

test('keyboard alone: skip link, stepper, status, note, archive — with a visible focus', async () => {
  const { context, page, errors } = await seeded();
  // A fresh load on the overview: focus starts at the top of the document.
  await page.goto(url + '#/');
  await page.reload();
  await ready(page);

  // The skip link is the first stop and moves focus into the work area.
  await page.keyboard.press('Tab');
  let f = await focusInfo(page);
  assert.equal(f.text, 'Перейти к содержимому');
  assert.ok(f.visible);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');

  // Back to the top: reach stage 2 in the stepper and open it with Enter.
  await page.evaluate(() => document.activeElement.blur());
  await tabUntil(page, (x) => x.href === '#/stage/2');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/stage/2');
  await page.waitForFunction(() => document.activeElement && document.activeElement.tagName === 'H1');
  assert.equal(await page.textContent('main h1'), 'Формирование банка наставляемых');

  // Tab into task 2.1's status group and change it with the arrow keys.
  f = await tabUntil(page, (x) => x.id.startsWith('status-2-1-'));
  assert.equal(f.id, 'status-2-1-not_started', 'Tab lands on the checked radio');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.isChecked('#status-2-1-in_progress'), true);
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.isChecked('#status-2-1-done'), true);

  // The note of the same task.
  await tabUntil(page, (x) => x.id === 'note-2-1');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Анкеты собраны');
  await page.waitForFunction(() => document.querySelector('[data-testid=save-state]').textContent.startsWith('Сохранено'));
  const env = await stored(page);
  assert.equal(row(env, '2.1').status, 'done');
  assert.equal(row(env, '2.1').note, 'Анкеты собраны');

  // The archive page and the wipe confirmation, cancelled, by keyboard.
  await page.evaluate(() => document.activeElement.blur());
  await tabUntil(page, (x) => x.href === '#/data');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/data');
  await tabUntil(page, (x) => x.text === 'Начать заново…');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=wipe-confirm]');
  await tabUntil(page, (x) => x.text === 'Отмена');
  await page.keyboard.press('Enter');
  assert.equal(await page.$('[data-testid=wipe-confirm]'), null);
  assert.equal(row(await stored(page), '2.1').status, 'done', 'nothing was wiped');
  assert.deepEqual(errors, []);
  await context.close();
});

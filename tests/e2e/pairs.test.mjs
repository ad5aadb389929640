// Stage 5 on the release build: pairs and groups from a v4 archive, a pair's page (group,
// mentor replaced with history, status), the ПНП (items ticked, overdue flagged, printed),
// the order on pairs listing exactly the active pairs, support of unpaired mentees, and a
// referenced teacher whose deletion is refused, then cascades after confirmation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useServer, ready, stored, waitSaved, axeViolations, fixture, openApp, openWithArchive,
} from './helpers.mjs';

let url;
let browser;
useServer((s) => ({ url, browser } = s));

const V4 = fixture('archive-v4.json');

const withV4 = () => openWithArchive(browser, V4);

const nameOf = (env, id) => env.data.people.find((p) => p.id === id).full_name;

test('pairs: edit a pair, tick the ПНП, replace the mentor, reload; the order lists the active pairs', async () => {
  const { context, page, errors } = await withV4();
  await openApp(page, url + '#/stage/5');
  await page.waitForSelector('[data-testid=pairs] tr[data-pair=g1]');
  assert.equal(await page.locator('[data-testid=pairs] tbody tr').count(), 2);
  assert.match(await page.textContent('tr[data-pair=g1]'), /просрочено: 1/, 'the item due 15.11.2025 is overdue');
  assert.deepEqual(await axeViolations(page), []);

  await page.click('tr[data-pair=g1] a');
  await page.waitForFunction(() => location.hash === '#/pairs/g1');
  const env0 = await stored(page);
  const g1 = env0.data.pairs.find((g) => g.id === 'g1');
  const total = g1.program.tasks.reduce((n, t) => n + t.items.length, 0);
  assert.equal(await page.textContent('[data-testid=program-progress]'), `Выполнено 1 из ${total} (${Math.floor(100 / total)} %); просрочено: 1`);
  assert.equal(await page.locator('tr.overdue').count(), 1);
  // Tick the overdue item: it is done and no longer overdue.
  await page.check('#t0-i1-done');
  await page.waitForFunction(() => document.querySelectorAll('tr.overdue').length === 0);
  assert.match(await page.textContent('[data-testid=program-progress]'), new RegExp(`^Выполнено 2 из ${total}`));
  // Type into a plan item key by key: the field keeps focus.
  await page.fill('#t0-i2-event', '');
  await page.click('#t0-i2-event');
  await page.keyboard.type('Открытый урок наставника');
  assert.equal(await page.inputValue('#t0-i2-event'), 'Открытый урок наставника');
  await page.click('role=button[name="Добавить задачу"]');
  await page.waitForSelector('fieldset[data-task="' + g1.program.tasks.length + '"]');

  // The pair becomes a group; a status «прекращена» without a reason is refused.
  const free = env0.data.people.find((p) => p.mentee && p.mentee.status === 'included'
    && p.consents.processing && !p.consents.processing.withdrawn && !p.anonymized
    && !env0.data.pairs.some((g) => g.mentees.includes(p.id)) && p.id !== g1.mentor);
  await page.selectOption('#pair-add-mentee', free.id);
  await page.click('role=button[name="Добавить"]');
  await page.waitForSelector(`.pair-mentees li[data-mentee=${free.id}]`);
  assert.match(await page.textContent('[data-testid=pair-title]'), /^группа /);
  await page.selectOption('#pair-status', 'terminated');
  assert.match(await page.textContent('#pair-details ~ [role=alert], section[aria-labelledby=pair-details] [role=alert]'), /Укажите причину прекращения/);
  assert.equal(await page.inputValue('#pair-status'), 'active', 'the refused status is not shown as chosen');

  // Replace the mentor: the history keeps the previous one.
  const options = await page.$$eval('#pair-new-mentor option', (os) => os.map((o) => o.value).filter(Boolean));
  assert.ok(options.length > 0, 'another mentor can take the group');
  let replaced = null;
  for (const candidate of options) {
    await page.selectOption('#pair-new-mentor', candidate);
    await page.fill('#pair-change-reason', 'Наставник ушёл в декретный отпуск');
    await page.click('role=button[name="Заменить наставника"]');
    await page.waitForTimeout(100);
    if ((await stored(page).catch(() => null)) && await page.locator('[data-testid=pair-history] li').count() === 2) {
      replaced = candidate;
      break;
    }
  }
  assert.ok(replaced, 'a mentor with free places took the group');
  assert.match(await page.textContent('[data-testid=pair-history]'), /Наставник ушёл в декретный отпуск/);
  await waitSaved(page);
  await page.reload();
  await ready(page);
  await page.waitForSelector('[data-testid=pair-history]');
  assert.equal(await page.isChecked('#t0-i1-done'), true);
  assert.equal(await page.inputValue('#t0-i2-event'), 'Открытый урок наставника');
  const env = await stored(page);
  const g = env.data.pairs.find((p) => p.id === 'g1');
  assert.equal(g.mentor, replaced);
  assert.deepEqual(g.mentees, [g1.mentees[0], free.id]);
  assert.equal(g.history.length, 2);
  assert.equal(g.history[1].from, g1.mentor);

  // The printable ПНП shows the plan with the marks.
  await page.click('role=link[name="ПНП для печати и DOCX"]');
  await page.waitForFunction(() => location.hash === '#/documents/program/g1');
  const pnp = await page.textContent('[data-testid=print-view]');
  assert.match(pnp, /ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА/);
  assert.match(pnp, /Открытый урок наставника/);
  assert.ok(pnp.includes(nameOf(env, free.id)));

  // The order on pairs lists exactly the active pairs: end g2 and it leaves the list.
  await page.goto(url + '#/pairs/g2');
  await page.fill('#pair-reason', 'Увольнение наставляемого');
  await page.selectOption('#pair-status', 'terminated');
  await waitSaved(page);
  await page.goto(url + '#/documents/order_pairs');
  const order = await page.textContent('[data-testid=print-view]');
  const after = await stored(page);
  for (const p of after.data.pairs) {
    for (const id of [p.mentor, ...p.mentees]) {
      assert.equal(order.includes(nameOf(after, id)), p.status === 'active', `${p.id} ${id}`);
    }
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('unpaired mentees get support entries; deleting a mentor of a pair is refused, then cascades', async () => {
  const { context, page, errors } = await withV4();
  await openApp(page, url + '#/stage/5');
  await page.waitForSelector('[data-testid=unpaired]');
  const env0 = await stored(page);
  // The search goes on: the suggestion re-runs over the current banks and says how many of the
  // unpaired mentees it can place now; a new mentor joining raises the count.
  const unpaired = await page.locator('[data-testid=unpaired] li[data-mentee]').count();
  const before = await page.textContent('[data-testid=search-goes-on]');
  const m = before.match(/находит наставника для (\d+) из (\d+)/);
  assert.ok(m, before);
  assert.equal(Number(m[2]), unpaired);
  assert.ok(Number(m[1]) > 0, 'the example banks have free mentors for some');
  const someone = await page.$eval('[data-testid=unpaired] li[data-mentee]:not(:has(ul))', (li) => li.dataset.mentee);
  await page.selectOption('#support-mentee', someone);
  await page.fill('#support-form', 'консультация педагога-психолога');
  await page.fill('#support-who', 'Педагог-психолог');
  await page.click('role=button[name="Записать поддержку"]');
  await page.waitForSelector(`[data-testid=unpaired] li[data-mentee=${someone}] ul`);
  assert.match(await page.textContent(`[data-testid=unpaired] li[data-mentee=${someone}]`), /консультация педагога-психолога \(Педагог-психолог\)/);

  // Accepting the suggestion on stage 4 pairs exactly the mentees the hint counted.
  await page.goto(url + '#/stage/4');
  await page.click('role=button[name="Подобрать наставников"]');
  await page.click('role=button[name^="Принять предложение"]');
  await page.goto(url + '#/stage/5');
  await page.waitForSelector('[data-testid=unpaired]');
  assert.equal(await page.locator('[data-testid=unpaired] li[data-mentee]').count(), unpaired - Number(m[1]));

  const mentor = env0.data.pairs.find((g) => g.id === 'g2').mentor;
  await page.goto(url + `#/people/${mentor}`);
  await page.click('role=button[name="Удалить педагога…"]');
  await page.click('.danger-zone >> role=button[name="Удалить"]');
  assert.match(await page.textContent('[data-testid=delete-refused]'), /На педагога ссылаются: наставник: группа/);
  await waitSaved(page).catch(() => {});
  assert.ok((await stored(page)).data.people.some((p) => p.id === mentor), 'refused: still there');
  await page.click('role=button[name="Удалить вместе с этими записями"]');
  await page.waitForFunction(() => location.hash === '#/people');
  await waitSaved(page);
  const env = await stored(page);
  assert.ok(!env.data.people.some((p) => p.id === mentor));
  assert.ok(!env.data.pairs.some((g) => g.id === 'g2'), 'the group of the removed mentor went with them');
  assert.deepEqual(errors, []);
  await context.close();
});

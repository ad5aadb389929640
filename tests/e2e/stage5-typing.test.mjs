// Stage 5 on the release build: the hint for mentees without a pair («Подбор по текущим банкам
// находит наставника для …») runs the whole suggestion of pairs. It runs once when the screen
// opens and again only when its inputs change (people, areas, pairs, matching settings) — not at
// each keystroke in a task's note. Counted with the app's User Timing measures
// (`performance.getEntriesByName('nastavnik:suggestion-stage5')`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, openPage, stored, waitSaved, loadExample } from './helpers.mjs';

let url;
let browser;
useServer((s) => ({ url, browser } = s));

const runs = (page) => page.evaluate(() => performance.getEntriesByName('nastavnik:suggestion-stage5').length);

test('stage 5: typing a task note does not re-run the suggestion; a new pair does', async () => {
  const { context, page, errors } = await openPage(browser);
  await loadExample(page, url);
  await page.goto(url + '#/stage/5');
  await page.waitForSelector('[data-testid=search-goes-on]');
  const hint = await page.textContent('[data-testid=search-goes-on]');
  const opened = await runs(page);
  assert.ok(opened >= 1, `the hint ran the suggestion when the screen opened (${opened})`);

  // Twelve keystrokes into the first task's note: twelve changes of the school's data.
  const note = page.locator('textarea[id^=note-]').first();
  await note.click();
  await page.keyboard.type('Созвон с МО');
  await page.keyboard.type('!');
  await waitSaved(page);
  const env = await stored(page);
  assert.ok(env.data.roadmap.some((r) => r.note === 'Созвон с МО!'), 'the note is kept');
  assert.equal(await runs(page), opened, 'no re-run of the suggestion while typing a note');
  assert.equal(await page.textContent('[data-testid=search-goes-on]'), hint);

  // A support entry is not an input of the suggestion either.
  await page.selectOption('#support-mentee', { index: 1 });
  await page.fill('#support-form', 'консультация педагога-психолога');
  await page.click('role=button[name="Записать поддержку"]');
  await waitSaved(page);
  assert.equal(await runs(page), opened, 'no re-run after a support entry');

  // A pair formed by hand changes the banks: the screen, opened again, counts one mentee less.
  const before = Number(/для (\d+) из (\d+)/.exec(hint)?.[2]);
  assert.ok(before > 0, hint);
  await page.selectOption('#new-pair-mentor', { index: 1 });
  await page.selectOption('#new-pair-mentee', { index: 1 });
  await page.click('role=button[name="Сформировать пару"]');
  await page.waitForFunction(() => location.hash.startsWith('#/pairs/'));
  await page.goto(url + '#/stage/5');
  await page.waitForSelector('[data-testid=search-goes-on]');
  assert.ok(await runs(page) > opened, 'the suggestion ran again for the changed banks');
  const after = Number(/из (\d+)/.exec(await page.textContent('[data-testid=search-goes-on]'))?.[1]);
  assert.equal(after, before - 1);
  assert.deepEqual(errors, []);
  await context.close();
});

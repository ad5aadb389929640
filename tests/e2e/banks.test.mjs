// Issue 12, bank decisions and bulk work, on the release build from an EMPTY browser: the
// profile, the school's own teacher list (tests/fixtures/import/teachers.csv), roles and
// consents given to the selection at once, two questionnaires typed in, the banks' decisions
// (a refusal for the one without a questionnaire, an exclusion with its reason, a return to
// the candidates), «Отменить», a reload, and stage 4 finding pairs — which it could not before:
// nothing in the app included a candidate. Then selection and a bulk action over 2,000 people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  useServer, openPage, ready, stored, waitSaved, fillProfile, axeViolations, FIXTURES_DIR, openApp,
} from './helpers.mjs';

let url;
let browser;
useServer((s) => ({ url, browser } = s));

const FIXTURES = path.join(FIXTURES_DIR, 'import');

/** Today in the browser's local time, YYYY-MM-DD. */
async function today(page) {
  return page.evaluate(() => {
    const d = new Date();
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  });
}

/** Ticks the row of the teacher whose name contains `name` in the list `list`. */
async function tick(page, list, name) {
  await page.locator(`[data-testid=${list}] [data-testid=row-select][aria-label^="Выбрать: ${name}"]`).check();
}

/** Chooses a bulk action and applies it; returns the report's message. */
async function bulk(page, list, action, { date, reason } = {}) {
  const bar = page.locator(`[data-testid=${list}] [data-testid=bulk-bar]`);
  await bar.locator('[data-testid=bulk-action]').selectOption(action);
  if (date) await bar.locator('[data-testid=bulk-date]').fill(date);
  if (reason) await bar.locator('[data-testid=bulk-reason]').fill(reason);
  await bar.locator('[data-testid=bulk-apply]').click();
  await bar.locator('[data-testid=bulk-report]').waitFor();
  return bar.locator('[data-testid=bulk-message]').textContent();
}

async function clearSelection(page, list) {
  const none = page.locator(`[data-testid=${list}] [data-testid=select-none]`);
  if (await none.isEnabled()) await none.click();
}

const person = (env, name) => env.data.people.find((p) => p.full_name.startsWith(name));

test('from an imported list to included banks and suggested pairs, with bulk actions', async () => {
  const { context, page, errors } = await openPage(browser);
  await openApp(page, url + '#/profile');
  await fillProfile(page, '2025/2026');

  // The school's own list, no roles.
  await page.goto(url + '#/import');
  await page.setInputFiles('#import-file', path.join(FIXTURES, 'teachers.csv'));
  await page.waitForSelector('[data-testid=import-summary]');
  await page.click('[data-testid=import-confirm]');
  await page.waitForFunction(() => location.hash === '#/people');
  const L = 'list-people';
  await page.waitForSelector(`[data-testid=${L}] [data-testid=bulk-bar]`);
  const day = await today(page);

  // Roles to two young teachers and two experienced ones.
  await tick(page, L, 'Петров');
  await tick(page, L, 'Кузнецов');
  assert.equal(await page.textContent(`[data-testid=${L}] [data-testid=selection-count]`), 'Выбрано: 2');
  assert.equal(await bulk(page, L, 'give-mentees'), 'Роль «наставляемый» дана: 2 педагога');
  await clearSelection(page, L);
  assert.equal(await page.textContent(`[data-testid=${L}] [data-testid=selection-count]`), 'Выбрано: 0');
  await tick(page, L, 'Иванова');
  await tick(page, L, 'Сидорова');
  assert.equal(await bulk(page, L, 'give-mentors'), 'Роль «кандидат в наставники» дана: 2 педагога');

  // Processing consent to everybody found.
  await clearSelection(page, L);
  await page.click(`[data-testid=${L}] [data-testid=select-all-found]`);
  assert.equal(await page.textContent(`[data-testid=${L}] [data-testid=selection-count]`), 'Выбрано: 4');
  const [y, m, d] = day.split('-');
  assert.equal(
    await bulk(page, L, 'consent-processing', { date: day }),
    `Согласие на обработку персональных данных отмечено (${d}.${m}.${y}): 4 педагога`,
  );
  // The written consent (art. 351.8) only for mentor candidates: the others are listed.
  await bulk(page, L, 'consent-mentoring', { date: day });
  const refused = await page.$$eval(`[data-testid=${L}] [data-testid=bulk-refused] li`, (els) => els.map((e) => e.textContent));
  assert.deepEqual(refused.sort(), [
    'Кузнецов Илья Олегович — не кандидат в наставники',
    'Петров Сергей Иванович — не кандидат в наставники',
  ]);
  assert.match(await page.textContent(`[data-testid=${L}] [data-testid=bulk-message]`), /: 2 педагога$/);

  // A publication consent given by mistake and taken back with «Отменить»: one step back.
  assert.match(await bulk(page, L, 'consent-publication', { date: day }), /публикацию на сайте отмечено .*: 4 педагога/);
  await waitSaved(page);
  let env = await stored(page);
  assert.ok(env.data.people.every((p) => p.consents.publication));
  await page.click(`[data-testid=${L}] [data-testid=bulk-undo]`);
  assert.match(await page.textContent(`[data-testid=${L}] [data-testid=bulk-message]`), /^Отменено: /);
  await waitSaved(page);
  env = await stored(page);
  assert.ok(env.data.people.every((p) => p.consents.publication === null), 'undo restored the consents');
  assert.ok(env.data.people.every((p) => p.consents.processing?.date === day), 'and kept the earlier action');

  // One document for the selection: the four consent forms, one per page.
  const bar = page.locator(`[data-testid=${L}] [data-testid=bulk-bar]`);
  await bar.locator('[data-testid=bulk-action]').selectOption('doc-consent');
  await bar.locator('[data-testid=bulk-apply]').click();
  await page.waitForSelector('[data-testid=print-view]');
  assert.match(await page.evaluate(() => location.hash), /^#\/documents\/[a-z_]+\/p\d+(,p\d+){3}$/);
  const printed = await page.textContent('[data-testid=print-view]');
  for (const name of ['Иванова Анна', 'Петров Сергей', 'Сидорова Мария', 'Кузнецов Илья']) {
    assert.ok(printed.includes(name), `${name} in the combined document`);
  }
  assert.equal(await page.locator('[data-testid=print-view] .page-break').count(), 3);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-testid=download-docx]'),
  ]);
  assert.match(download.suggestedFilename(), /4 педагога\.docx$/);

  // Two questionnaires typed in: one mentee and both mentors; Кузнецов has none.
  const ids = Object.fromEntries(env.data.people.map((p) => [p.full_name.split(' ')[0], p.id]));
  await page.goto(url + `#/people/${ids['Петров']}`);
  await page.selectOption('#need-classroom', '5');
  for (const who of ['Иванова', 'Сидорова']) {
    await page.goto(url + `#/people/${ids[who]}`);
    await page.selectOption('#strength-classroom', '5');
  }
  // The card says why Кузнецов cannot be included yet.
  await page.goto(url + `#/people/${ids['Кузнецов']}`);
  assert.match(
    await page.textContent('[data-testid=bank-decision-mentees] [data-testid=bank-blocks]'),
    /нет анкеты наставляемого/,
  );
  assert.ok(await page.locator('[data-testid=bank-decision-mentees] [data-testid=bank-include]').isDisabled());

  // Stage 2: who waits and why; the bank's bulk inclusion refuses the one without a questionnaire.
  await page.goto(url + '#/stage/2');
  await page.waitForSelector('[data-testid=waiting]');
  assert.match(await page.textContent('[data-testid=waiting-summary]'), /Ожидают решения: 2 педагога; из них готовы к включению: 1/);
  assert.match(await page.textContent(`[data-testid=waiting] li[data-person=${ids['Кузнецов']}]`), /нет анкеты наставляемого/);
  const B2 = 'list-mentees';
  await page.click(`[data-testid=${B2}] [data-testid=select-all-found]`);
  assert.equal(await bulk(page, B2, 'include-mentees'), 'Включены в банк наставляемых: 1 педагог');
  assert.deepEqual(
    await page.$$eval(`[data-testid=${B2}] [data-testid=bulk-refused] li`, (els) => els.map((e) => e.textContent)),
    ['Кузнецов Илья Олегович — нет анкеты наставляемого'],
  );
  assert.deepEqual(await axeViolations(page), [], 'stage 2 with the waiting list, the bulk bar and its report');
  // Excluded with a reason, on the waiting list; the reason is shown in the bank.
  const kuz = page.locator(`[data-testid=waiting] li[data-person=${ids['Кузнецов']}]`);
  await kuz.locator('[data-testid=bank-reason]').fill('перевёлся в другую школу');
  await kuz.locator('[data-testid=bank-exclude]').click();
  await page.waitForFunction(() => /Решения приняты по всем/.test(document.querySelector('[data-testid=waiting-summary]').textContent));
  assert.match(
    await page.textContent(`[data-testid=${B2}] tr[data-person=${ids['Кузнецов']}]`),
    /исключён: перевёлся в другую школу/,
  );
  // An exclusion without a reason is refused in bulk with a Russian message.
  await clearSelection(page, B2);
  await tick(page, B2, 'Петров');
  const bar2 = page.locator(`[data-testid=${B2}] [data-testid=bulk-bar]`);
  await bar2.locator('[data-testid=bulk-action]').selectOption('exclude-mentees');
  await bar2.locator('[data-testid=bulk-apply]').click();
  assert.equal(await bar2.locator('[data-testid=bulk-error]').textContent(), 'Укажите причину исключения.');
  // Returned to the candidates on his card.
  await page.goto(url + `#/people/${ids['Кузнецов']}`);
  await page.waitForSelector('[data-testid=bank-decision-mentees]');
  assert.deepEqual(await axeViolations(page), [], 'the card with its bank decision');
  assert.match(await page.textContent('[data-testid=bank-decision-mentees] [data-testid=bank-status]'), /^исключён \d\d\.\d\d\.\d{4}: перевёлся в другую школу$/);
  await page.click('[data-testid=bank-decision-mentees] [data-testid=bank-candidate]');
  await page.waitForFunction(() => document.querySelector('[data-testid=bank-decision-mentees] [data-testid=bank-status]')?.textContent === 'кандидат: решение не принято');

  // Stage 3: both mentors included at once.
  await page.goto(url + '#/stage/3');
  const B3 = 'list-mentors';
  await page.click(`[data-testid=${B3}] [data-testid=select-all-found]`);
  assert.equal(await bulk(page, B3, 'include-mentors'), 'Включены в банк наставников: 2 педагога');

  // Everything survives a reload.
  await waitSaved(page);
  await page.reload();
  await ready(page);
  env = await stored(page);
  assert.equal(env.version, 8);
  assert.deepEqual(person(env, 'Петров').mentee, { ...person(env, 'Петров').mentee, status: 'included', decided: day, reason: '' });
  assert.deepEqual([person(env, 'Кузнецов').mentee.status, person(env, 'Кузнецов').mentee.reason], ['candidate', '']);
  for (const who of ['Иванова', 'Сидорова']) {
    const p = person(env, who);
    assert.equal(p.mentor.status, 'included');
    assert.equal(p.consents.mentoring.date, day);
  }

  // Stage 4 finds the pair that it could not find before (nobody was included).
  await page.goto(url + '#/stage/4');
  await page.click('[data-testid=run-matching]');
  await page.waitForFunction(() => /Предложено пар: [1-9]/.test(document.querySelector('[data-testid=match-summary]')?.textContent ?? ''));
  assert.match(await page.textContent('[data-testid=match-summary]'), /^Предложено пар: 1 /);
  assert.deepEqual(errors, []);
  await context.close();
});

test('2,000 teachers: select all found and mark a consent in one action', async () => {
  const { context, page, errors } = await openPage(browser);
  const N = 2000;
  const lines = ['ФИО;Должность;Предмет;Стаж'];
  const surnames = ['Иванов', 'Петров', 'Сидоров', 'Кузнецов', 'Смирнов', 'Попов', 'Волков', 'Соколов'];
  for (let i = 0; i < N; i++) {
    lines.push(`${surnames[i % 8]}${i} Пётр Ильич;Учитель;${i % 2 ? 'Математика' : 'История'};${i % 30}`);
  }
  await openApp(page, url + '#/import');
  await page.setInputFiles('#import-file', {
    name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n'), 'utf-8'),
  });
  await page.waitForSelector('[data-testid=import-summary]', { timeout: 60000 });
  await page.click('[data-testid=import-confirm]');
  await page.waitForFunction(() => location.hash === '#/people', null, { timeout: 60000 });
  const L = 'list-people';
  // A filter: only the historians (1,000), of which 100 rows are shown; all found are selected.
  await page.fill('#people-search', 'истор');
  await page.waitForFunction(() => /Найдено 1000 из 2000/.test(document.querySelector('[data-testid=list-count]').textContent));
  await page.click(`[data-testid=${L}] [data-testid=select-all-found]`);
  assert.equal(await page.textContent(`[data-testid=${L}] [data-testid=selection-count]`), 'Выбрано: 1000');
  await page.fill('#people-search', '');
  await page.waitForFunction(() => /Найдено 2000 из 2000/.test(document.querySelector('[data-testid=list-count]').textContent));
  assert.equal(await page.textContent(`[data-testid=${L}] [data-testid=selection-count]`), 'Выбрано: 1000');
  await page.click(`[data-testid=${L}] [data-testid=select-all-found]`);
  assert.equal(await page.textContent(`[data-testid=${L}] [data-testid=selection-count]`), 'Выбрано: 2000');
  const t0 = Date.now();
  const message = await bulk(page, L, 'consent-processing');
  console.log(`# 2,000 teachers: mark a consent for all selected, click → report: ${Date.now() - t0} ms`);
  assert.match(message, /: 2\u00a0000 педагогов$/);
  await waitSaved(page);
  const env = await stored(page);
  assert.equal(env.data.people.filter((p) => p.consents.processing).length, N);
  assert.deepEqual(errors, []);
  await context.close();
});

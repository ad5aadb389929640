// «Новый учебный год» on the release build: a year built from an EMPTY browser with the school's
// own files (XLSX of teachers, both questionnaires as a form exports them) through the screens,
// with six pairs, a monitoring round with answers and a registered order, is rolled over: the
// archive is offered first, one pair is carried over and the others closed; the old year stays
// intact and read-only (every edit refused, nothing written, its order still downloads), the
// new one starts as the issue says; a reload keeps both, the downloaded archive holds both, and
// an archive of the previous schema (v7) migrates into «one year».
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  useServer, openPage, openApp, stored, storedRaw, waitSaved, fixture, yearFromSchoolFiles, replaceData,
} from './helpers.mjs';

let url;
let browser;
useServer((s) => ({ url, browser } = s));

async function download(page, click) {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), text: fs.readFileSync(await d.path(), 'utf8') };
}

test('a year with pairs and monitoring is rolled over; the old one stays whole and read-only', async () => {
  const { context, page, errors } = await openPage(browser);
  await yearFromSchoolFiles(page, url, '2026/2027');

  // A monitoring round with one mentee's and one mentor's answers, and a registered order.
  let env = await stored(page);
  const [g1] = env.data.pairs;
  await openApp(page, url + '#/stage/6');
  await page.selectOption('#round-kind', 'final');
  await page.fill('#round-date', '2027-05-20');
  await page.click('role=button[name="Добавить раунд"]');
  await page.waitForSelector('[data-testid=rounds] li[data-round=m1]');
  await page.selectOption('#answers-round', 'm1');
  await page.selectOption('#answers-who', `${g1.id}|${g1.mentees[0]}|mentee`);
  await page.selectOption('#answer-q1', '9');
  await page.selectOption('#answers-who', `${g1.id}|${g1.mentor}|mentor`);
  await page.selectOption('#answer-q1', '8');
  await openApp(page, url + '#/documents/order_pairs');
  await page.fill('#doc-number', '58-о');
  await page.fill('#doc-date', '2026-10-01');
  await page.dispatchEvent('#doc-date', 'change');
  await waitSaved(page);
  const before = await stored(page);
  assert.equal(before.data.pairs.length, 6);
  assert.equal(before.data.monitoring.responses.length, 2);
  assert.equal(before.data.documents.order_pairs.number, '58-о');
  assert.equal(await page.$('[data-testid=year-select]'), null, 'no selector while there is one year');

  // «Новый учебный год»: the archive first, g1 carried over, the others closed.
  await openApp(page, url + '#/');
  await page.click('role=button[name="Новый учебный год…"]');
  await page.waitForSelector('[data-testid=rollover-form]');
  const backup = await download(page, () => page.click('[data-testid=rollover-form] >> role=button[name="Скачать архив"]'));
  assert.equal(JSON.parse(backup.text).data.pairs.length, 6);
  await page.click('role=button[name="Перенести все"]');
  assert.equal(await page.locator('.rollover-pairs input[value=carry]:checked').count(), 6);
  await page.click('role=button[name="Закрыть все"]');
  assert.equal(await page.locator('.rollover-pairs input[value=carry]:checked').count(), 0);
  await page.check(`input[name=rollover-${g1.id}][value=carry]`);
  await page.click('role=button[name="Начать 2027/2028 учебный год"]');
  await page.waitForSelector('[data-testid=notice]');
  assert.match(await page.textContent('[data-testid=notice]'), /Начат 2027\/2028 учебный год\. 2026\/2027 сохранён целиком/);

  env = await stored(page);
  assert.equal(env.version, 8);
  const now = env.data;
  const [past] = now.past_years;
  assert.equal(now.past_years.length, 1);
  assert.equal(past.label, '2026/2027');
  // The old year intact: its pairs (g1 still running, the others closed), answers, order.
  assert.equal(past.data.pairs.length, 6);
  assert.deepEqual(past.data.pairs.filter((g) => g.status === 'active').map((g) => g.id), [g1.id]);
  assert.ok(past.data.pairs.filter((g) => g.id !== g1.id).every((g) => g.status === 'finished'));
  assert.deepEqual(past.data.monitoring, before.data.monitoring);
  assert.deepEqual(past.data.documents, before.data.documents);
  assert.deepEqual(past.data.people, before.data.people);
  // The new year as the issue says.
  assert.equal(now.profile.academic_year, '2027/2028');
  assert.deepEqual(now.pairs.map((g) => g.id), [g1.id]);
  assert.deepEqual(now.pairs[0].program, before.data.pairs.find((g) => g.id === g1.id).program);
  assert.equal(now.pairs[0].end, '2028-05-31');
  assert.equal(now.people.length, before.data.people.length);
  assert.deepEqual(now.monitoring.rounds, []);
  assert.equal(now.documents.order_pairs, undefined, 'number and date cleared');
  assert.ok(now.roadmap.every((r) => r.status === 'not_started'));
  const answered = now.people.filter((p) => p.mentee?.answers);
  assert.ok(answered.length === 6 && answered.every((p) => p.mentee.answers.last_year === true));
  assert.ok(now.people.filter((p) => p.mentor).every((p) => p.consents.mentoring?.date));

  // The old year, read-only.
  const raw = await storedRaw(page);
  await openApp(page, url + '#/stage/5');
  await page.selectOption('[data-testid=year-select]', '2026/2027');
  await page.waitForSelector('[data-testid=past-year-banner]');
  assert.match(await page.textContent('[data-testid=past-year-banner]'), /Вы смотрите 2026\/2027 — только чтение/);
  assert.match(await page.textContent('main'), new RegExp('завершена'));
  // Its overview proposes no next step (nothing can be done in it) and says nothing is saved.
  await openApp(page, url + '#/');
  await page.waitForSelector('[data-testid=past-year-summary]');
  assert.match(await page.textContent('[data-testid=past-year-summary]'), /Это 2026\/2027/);
  assert.doesNotMatch(await page.textContent('main'), /Что сделать дальше/);
  assert.match(await page.textContent('main'), /Пока открыт прошлый год, ничего не сохраняется/);
  await openApp(page, url + '#/stage/2');
  await page.click('#status-2-1-in_progress');
  await openApp(page, url + '#/profile');
  await page.fill('#profile-city', 'Другой город');
  await page.waitForTimeout(800);
  assert.equal(await storedRaw(page), raw, 'nothing is written while a past year is shown');
  assert.match(await page.textContent('[data-testid=past-year-banner]'), /только чтение/);
  // Its order still downloads, with its number.
  await openApp(page, url + '#/documents/order_pairs');
  assert.equal(await page.inputValue('#doc-number'), '58-о');
  const docx = await download(page, () => page.click('[data-testid=download-docx]'));
  assert.match(docx.name, /\.docx$/);
  // The archive downloaded meanwhile holds both years.
  const archive = JSON.parse((await download(page, () => page.click('header >> role=button[name="Скачать архив"]'))).text);
  assert.equal(archive.data.profile.academic_year, '2027/2028');
  assert.equal(archive.data.past_years[0].label, '2026/2027');
  assert.equal(archive.data.past_years[0].data.pairs.length, 6);
  await page.click('[data-testid=past-year-banner] >> role=button[name=/Вернуться к текущему году/]');
  await page.waitForFunction(() => !document.querySelector('[data-testid=past-year-banner]'));
  assert.equal(await page.inputValue('#doc-number'), '');

  // A reload keeps both years.
  await page.reload();
  await openApp(page, url + '#/');
  assert.deepEqual(
    await page.locator('[data-testid=year-select] option').allTextContents(),
    ['2027/2028 (текущий)', '2026/2027'],
  );
  assert.deepEqual((await stored(page)).data.past_years[0], past);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an archive of the previous schema (v7) migrates into «one year»', async () => {
  const { context, page, errors } = await openPage(browser);
  await replaceData(page, url, {
    name: 'archive-v7.json', mimeType: 'application/json', buffer: Buffer.from(fixture('archive-v7.json')),
  });
  const env = await stored(page);
  assert.equal(env.version, 8);
  assert.equal(env.data.past_years, undefined, 'one year: no past years');
  assert.equal(env.data.profile.academic_year, '2025/2026');
  assert.equal(env.data.pairs.length, 2);
  assert.equal(await page.$('[data-testid=year-select]'), null);
  // And it rolls over like any year.
  await openApp(page, url + '#/');
  await page.click('role=button[name="Новый учебный год…"]');
  await page.click('role=button[name="Перенести все"]');
  await page.click('role=button[name="Начать 2026/2027 учебный год"]');
  await page.waitForSelector('[data-testid=year-select]');
  const after = await stored(page);
  assert.equal(after.data.past_years[0].label, '2025/2026');
  assert.equal(after.data.pairs.length, 2);
  assert.deepEqual(errors, []);
  await context.close();
});

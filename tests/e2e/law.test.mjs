// Issue 13 on the release build, from an empty browser: the profile's requisites and the
// region's own act, the legal grounds chosen per document, and names, positions and the
// school's name put into the case each sentence needs (corrected by the school where it wants).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useServer, openPage, ready, stored, waitSaved, fillProfile, fixture, openApp, openWithArchive,
} from './helpers.mjs';

let url;
let browser;
useServer((s) => ({ url, browser } = s));

const REGIONAL = 'распоряжение Министерства образования Тверской области от 01.02.2024 № 100 «О системе наставничества педагогических работников»';

async function printView(page, key) {
  await page.goto(url + `#/documents/${key}`);
  await page.waitForSelector('[data-testid=print-view] .doc');
  return (await page.textContent('[data-testid=print-view]')).replace(/\u00a0/g, ' ');
}

test('grounds per document, requisites and case forms go into the documents', async () => {
  const { context, page, errors } = await openPage(browser);
  await openApp(page, url);
  await fillProfile(page, '2025/2026');
  await page.fill('#profile-address', '170100, г. Тверь, ул. Школьная, д. 7');
  await page.fill('#profile-inn', '7707083893');
  await page.fill('#profile-ogrn', '1027700132195');
  await page.fill('#profile-regional_acts', REGIONAL);
  await waitSaved(page);

  // The order cites the region's act first, in the instrumental, then the current federal acts.
  let order = await printView(page, 'order_regulation');
  assert.match(order, /В соответствии с распоряжением Министерства образования Тверской области от 01\.02\.2024 № 100/);
  assert.match(order, /Указом Президента Российской Федерации от 07\.05\.2024 № 309 «О национальных целях развития Российской Федерации на период до 2030 года и на перспективу до 2036 года»/);
  assert.doesNotMatch(order, /№ 474/);
  assert.match(order, /№ 1264-р/);
  assert.match(order, /Назначить Кузнецова Ивана Ильича, заместителя директора по УВР, куратором/);

  // The school leaves out an act for this document only.
  await page.click('[data-testid=doc-grounds] summary');
  await page.uncheck('[data-testid=doc-grounds] li:has-text("№ 1264-р") input');
  await waitSaved(page);
  order = await page.textContent('[data-testid=print-view]');
  assert.doesNotMatch(order, /1264-р/);
  const env = await stored(page);
  assert.ok(!env.data.documents.order_regulation.grounds.includes('r-1264'));
  assert.equal(env.data.documents.order_regulation.grounds[0], `local:${REGIONAL}`);
  // The Положение keeps its own default list.
  const regulation = await printView(page, 'regulation');
  assert.match(regulation, /№ 1264-р/);
  assert.match(regulation, /в Муниципальном бюджетном общеобразовательном учреждении «Средняя общеобразовательная школа № 7» \(далее — образовательная организация\)/);

  // The consent names the operator in the dative with the requisites, no placeholder left.
  const consent = await printView(page, 'consent_personal_data');
  assert.match(consent, /оператору — Муниципальному бюджетному общеобразовательному учреждению «Средняя общеобразовательная школа № 7» \(адрес: 170100, г\. Тверь, ул\. Школьная, д\. 7, ИНН 7707083893, ОГРН 1027700132195\)/);
  assert.equal(await page.$('[data-testid=doc-missing]'), null);

  // The agreement: «в лице директора Смирновой Анны Львовны, действующей …».
  let agreement = await printView(page, 'mentor_agreement');
  assert.match(agreement, /в лице директора Смирновой Анны Львовны, действующей на основании Устава/);

  // The profile shows the form the documents use; a correction goes into them.
  await openApp(page, url + '#/profile');
  await page.click('#profile-case-forms summary');
  const field = page.getByLabel('ФИО директора — родительный (кого? чего?) падеж');
  assert.equal(await field.inputValue(), 'Смирновой Анны Львовны');
  await field.fill('Смирновой-Орловой Анны Львовны');
  await field.press('Tab');
  await waitSaved(page);
  agreement = await printView(page, 'mentor_agreement');
  assert.match(agreement, /в лице директора Смирновой-Орловой Анны Львовны/);

  // A reload keeps all of it.
  await page.reload();
  await ready(page);
  agreement = await printView(page, 'mentor_agreement');
  assert.match(agreement, /в лице директора Смирновой-Орловой Анны Львовны/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a wrong ИНН gets a clear Russian message and is kept as typed', async () => {
  const { context, page, errors } = await openPage(browser);
  await openApp(page, url);
  await fillProfile(page, '2025/2026');
  await page.fill('#profile-inn', '7707083894');
  await page.click('role=button[name="Готово"]');
  assert.match(await page.textContent('.field.invalid'), /ИНН с ошибкой: не сходится контрольная цифра/);
  await waitSaved(page);
  assert.equal((await stored(page)).data.profile.inn, '7707083894');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a further order on pairs: the mentor replaced in g1, from a v4 archive', async () => {
  const { context, page, errors } = await openWithArchive(browser, fixture('archive-v4.json'));
  await openApp(page, url + '#/documents/order_pairs');
  await page.waitForSelector('[data-testid=further-orders]');
  await page.click('details[data-kind=replacement] summary');
  // g1 had its mentor replaced: it is offered and checked.
  assert.ok(await page.isChecked('#order-replacement-g1'));
  await page.click('role=button[name="Сформировать приказ «О замене наставника»"]');
  await page.waitForSelector('li[data-order=o1]');
  await page.fill('li[data-order=o1] input[type=text]', '12-о');
  await page.press('li[data-order=o1] input[type=text]', 'Tab');
  await waitSaved(page);
  await page.click('li[data-order=o1] a');
  await page.waitForFunction(() => location.hash.includes('o1'));
  await page.waitForSelector('[data-testid=print-view] .doc');
  const text = (await page.textContent('[data-testid=print-view]')).replace(/\u00a0/g, ' ');
  assert.match(text, /О замене наставника/);
  assert.match(text, /№ 12-о/);
  assert.match(text, /Освободить [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+, .* от исполнения обязанностей наставника в отношении/);
  assert.match(text, /с 01\.12\.2025/);
  assert.match(text, /С приказом ознакомлены/);
  const env = await stored(page);
  assert.deepEqual(env.data.pair_orders, [{ id: 'o1', kind: 'replacement', number: '12-о', date: '', pairs: ['g1'] }]);
  assert.deepEqual(errors, []);
  await context.close();
});

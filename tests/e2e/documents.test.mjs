// Stage 1 documents on the release build: the registry, every document, editing, DOCX,
// the print view, and the editable roadmap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import {
  useServer, openPage, ready, stored, waitSaved, row, fillProfile, tempDir, openApp,
} from './helpers.mjs';

let url;
let browser;
useServer((s) => ({ url, browser } = s));

const KEYS = [
  'order_regulation', 'regulation', 'roadmap', 'order_pairs',
  'program_template', 'consent_personal_data', 'mentor_agreement', 'order_final_event',
  'mentee_questionnaire', 'mentor_questionnaire', 'final_report', 'consent_dissemination', 'order_reward',
];
const tmp = tempDir('nastavnik-docs-');

async function withProfile() {
  const opened = await openPage(browser);
  const { page } = opened;
  await openApp(page, url);
  await fillProfile(page, '2025/2026');
  await waitSaved(page);
  return opened;
}

test('registry lists every document; each opens with the school data and no missing profile value', async () => {
  const { context, page, errors } = await withProfile();
  await openApp(page, url + '#/documents');
  assert.equal(await page.textContent('main h1'), 'Документы');
  assert.equal(await page.locator('table.registry tbody tr').count(), 13, 'ten documents, the final report and the order on rewards of stage 6, the consent to dissemination of stage 7');
  for (const key of KEYS) {
    await page.goto(url + `#/documents/${key}`);
    await page.waitForSelector('[data-testid=print-view] .doc');
    const text = await page.textContent('[data-testid=print-view]');
    assert.match(text, /Муниципальное бюджетное общеобразовательное учреждение/, key);
    const missing = await page.$('[data-testid=doc-missing]');
    const missingText = missing ? await missing.textContent() : '';
    for (const profileThing of ['ФИО директора', 'учебный год', 'населённый пункт', 'ФИО куратора']) {
      assert.ok(!missingText.includes(`[${profileThing}]`), `${key}: ${profileThing} should come from the profile`);
    }
  }
  // A stage-1 task opens its document.
  await page.goto(url + '#/stage/1');
  await page.click('li.task[data-task="1.2"] >> text=Открыть документ');
  await page.waitForFunction(() => location.hash === '#/documents/regulation');
  // The pairs order says what will fill itself later.
  await page.goto(url + '#/documents/order_pairs');
  assert.match(await page.textContent('[data-testid=doc-missing]'), /\[наставник\] — заполнится само, когда на этапе 5/);

  // The order: the number and date fill the placeholders.
  await page.goto(url + '#/documents/order_regulation');
  await page.waitForSelector('[data-testid=doc-missing]');
  assert.match(await page.textContent('[data-testid=doc-missing]'), /\[номер\]/);
  await page.fill('#doc-number', '45-о');
  await page.fill('#doc-date', '2025-08-29');
  await page.selectOption('#doc-status', 'signed');
  await page.waitForFunction(() => !document.querySelector('[data-testid=doc-missing]'));
  const order = await page.textContent('[data-testid=print-view]');
  assert.match(order, /от 29\.08\.2025/);
  assert.match(order, /№ 45-о/);
  assert.match(order, /А\.Л\. Смирнова/);
  await waitSaved(page);
  await page.goto(url + '#/documents');
  const orderRow = await page.textContent('tr[data-doc=order_regulation]');
  assert.match(orderRow, /45-о/);
  assert.match(orderRow, /29\.08\.2025/);
  assert.match(orderRow, /подписан/);
  // The Regulation cites the approving order and names the forms the school chose.
  await page.goto(url + '#/profile');
  await page.check('#form-reverse');
  await page.uncheck('#form-group');
  await page.goto(url + '#/documents/regulation');
  await page.waitForSelector('[data-testid=print-view] .doc');
  const regulation = await page.textContent('[data-testid=print-view]');
  assert.match(regulation, /от 29\.08\.2025 № 45-о/);
  assert.match(regulation, /формы наставничества: традиционная форма наставничества \(«один на один»\); реверсивное наставничество\./);
  assert.ok(!regulation.includes('наставничество в группе;'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('edit a paragraph, reload, the edit stays; regenerate asks first', async () => {
  const { context, page, errors } = await withProfile();
  await page.goto(url + '#/documents/regulation');
  await page.click('text=Редактировать текст');
  const areaId = await page.$$eval('.block-editor textarea', (els) =>
    els.filter((e) => e.value.startsWith('1.1. Настоящее Положение')).map((e) => e.id));
  assert.equal(areaId.length, 1);
  await page.fill(`#${areaId[0]}`, '1.1. Настоящее Положение <b>определяет</b> порядок наставничества & «всё».');
  await page.click('text=Закончить редактирование');
  await waitSaved(page);
  await page.reload();
  await ready(page);
  await page.waitForSelector('[data-testid=print-view] .doc');
  const text = await page.textContent('[data-testid=print-view]');
  assert.match(text, /1\.1\. Настоящее Положение <b>определяет<\/b> порядок наставничества & «всё»\./);
  assert.equal(await page.$('[data-testid=print-view] b'), null, 'the text is not markup');
  assert.ok(await page.$('[data-testid=doc-edited]'));
  await page.click('text=Сформировать заново по данным…');
  assert.match(await page.textContent('[data-testid=regen-confirm]'), /правки текста этого документа будут потеряны/);
  await page.click('[data-testid=regen-confirm] >> role=button[name="Отмена"]');
  assert.match(await page.textContent('[data-testid=print-view]'), /определяет<\/b>/);
  await page.click('text=Сформировать заново по данным…');
  await page.click('[data-testid=regen-confirm] >> role=button[name="Сформировать заново"]');
  await page.waitForFunction(() => !document.querySelector('[data-testid=doc-edited]'));
  assert.match(await page.textContent('[data-testid=print-view]'), /1\.1\. Настоящее Положение определяет цели/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('DOCX downloads and LibreOffice opens it; the print view is set up for A4', async () => {
  const { context, page, errors } = await withProfile();
  await page.goto(url + '#/documents/order_regulation');
  await page.waitForSelector('[data-testid=print-view] .doc');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-testid=download-docx]'),
  ]);
  assert.equal(download.suggestedFilename(), 'Приказ об утверждении Положения — МБОУ СОШ 7.docx');
  const file = path.join(tmp, 'order.docx');
  await download.saveAs(file);
  assert.equal(fs.readFileSync(file).subarray(0, 2).toString(), 'PK');
  execFileSync('soffice', [
    `-env:UserInstallation=file://${tmp}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, file,
  ], { stdio: 'ignore', timeout: 240000 });
  const pdfText = execFileSync('pdftotext', [path.join(tmp, 'order.pdf'), '-']).toString().replace(/\s+/g, ' ');
  assert.match(pdfText, /ПРИКАЗ/);
  assert.match(pdfText, /Муниципальное бюджетное общеобразовательное учреждение/);
  assert.match(pdfText, /А\.Л\. Смирнова/);
  assert.match(execFileSync('pdfinfo', [path.join(tmp, 'order.pdf')]).toString(), /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);

  // The print view: an A4 @page rule, the app frame hidden, Times New Roman 14 pt.
  const pageRule = await page.evaluate(() => {
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (rule instanceof CSSPageRule) return rule.cssText;
      }
    }
    return null;
  });
  assert.match(pageRule, /size: A4/i);
  assert.match(pageRule, /margin: 20mm 10mm 20mm 30mm/);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => ({
    header: getComputedStyle(document.querySelector('header.top')).display,
    stepper: getComputedStyle(document.querySelector('.stepper')).display,
    actions: getComputedStyle(document.querySelector('.doc-actions')).display,
    font: getComputedStyle(document.querySelector('.doc')).fontFamily,
    size: getComputedStyle(document.querySelector('.doc')).fontSize,
  }));
  assert.deepEqual(
    { header: printed.header, stepper: printed.stepper, actions: printed.actions },
    { header: 'none', stepper: 'none', actions: 'none' },
  );
  assert.match(printed.font, /Times New Roman/);
  assert.equal(printed.size, '18.6667px', '14 pt');
  const pdf = path.join(tmp, 'print.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true });
  assert.match(execFileSync("pdfinfo", [pdf]).toString(), /Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  const printedText = execFileSync('pdftotext', [pdf, '-']).toString();
  assert.ok(!printedText.includes('Скачать DOCX'), 'no app controls in the printout');
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the roadmap: add, edit, reorder, delete events; the stage progress follows', async () => {
  const { context, page, errors } = await withProfile();
  await page.goto(url + '#/documents/roadmap');
  await page.waitForSelector('.roadmap-editor');
  await page.fill('#add-row-2', 'Педагогический совет о наставничестве');
  await page.click('#add-row-2 ~ button');
  await page.waitForSelector('li[data-row=r4]');
  await page.fill('#rm-r4-deadline', 'до 15.09.2025');
  await page.selectOption('#rm-r4-status', 'done');
  await page.fill('#rm-1-1-deadline', '28.08.2025');
  // r4 done of 3 tasks and 3 measures of the (empty) bank: 2 half-units of 12.
  await page.waitForFunction(() => document.querySelector('.stepper li:nth-child(2) .step-meta').textContent.startsWith('16 %'));
  await page.click('li[data-row=r4] >> text=↑');
  const order = await page.$$eval('.rm-stage:nth-of-type(2) li.rm-row', (els) => els.map((e) => e.dataset.row));
  assert.deepEqual(order, ['2.1', 'r4', '2.2']);
  await waitSaved(page);
  await page.reload();
  await ready(page);
  await page.waitForSelector('li[data-row=r4]');
  assert.equal(await page.inputValue('#rm-r4-deadline'), 'до 15.09.2025');
  assert.equal(await page.inputValue('#rm-1-1-deadline'), '28.08.2025');
  const print = await page.textContent('[data-testid=print-view]');
  assert.match(print, /Педагогический совет о наставничестве/);
  assert.match(print, /до 15\.09\.2025/);
  const env = await stored(page);
  assert.deepEqual(env.data.roadmap.filter((r) => r.stage === 2).map((r) => r.id), ['2.1', 'r4', '2.2']);
  assert.equal(row(env, 'r4').status, 'done');

  // The stage page lists the new event as a task.
  await page.goto(url + '#/stage/2');
  await page.waitForSelector('li.task[data-task=r4]');
  assert.equal(await page.isChecked('#status-r4-done'), true);

  // Delete asks first.
  await page.goto(url + '#/documents/roadmap');
  await page.click('li[data-row=r4] >> text=Удалить');
  await page.click('li[data-row=r4] .confirm >> role=button[name="Отмена"]');
  assert.ok(await page.$('li[data-row=r4]'));
  await page.click('li[data-row=r4] >> text=Удалить');
  await page.click('li[data-row=r4] .confirm >> role=button[name="Удалить"]');
  await page.waitForFunction(() => !document.querySelector('li[data-row=r4]'));
  await page.waitForFunction(() => document.querySelector('.stepper li:nth-child(2) .step-meta').textContent.startsWith('0 %'));
  assert.deepEqual(errors, []);
  await context.close();
});

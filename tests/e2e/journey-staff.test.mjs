// The measure of the staff journey (issue «From the school's own teacher list to the order on
// pairs»): from an EMPTY browser, with the school's own files only — a 25-teacher XLSX written
// by a spreadsheet program and both questionnaires as Яндекс Формы exports them — through the
// screens a coordinator uses, to the order on pairs, its print view and its DOCX.
//
// Every click, typed field, chosen option and chosen file is counted; the test prints the count
// and the time (bench/run.sh repeats the line) and fails above the target of 40 actions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import {
  useServer, openPage, stored, waitSaved, FIXTURES_DIR, tempDir, openApp,
} from './helpers.mjs';

let url;
let browser;
useServer((s) => ({ url, browser } = s));

const FIXTURES = path.join(FIXTURES_DIR, 'journey');
const tmp = tempDir('nastavnik-journey-');
const TARGET = 40;

const MENTEES = [
  'Жукова Анастасия Олеговна', 'Зайцев Кирилл Дмитриевич', 'Ильина Дарья Сергеевна',
  'Ковалёва Мария Андреевна', 'Лебедева Юлия Викторовна', 'Морозов Артём Игоревич',
];
const MENTORS = [
  'Абрамова Елена Викторовна', 'Белов Андрей Николаевич', 'Васильева Ольга Сергеевна',
  'Григорьева Наталья Ивановна', 'Дмитриева Светлана Петровна', 'Егоров Павел Александрович',
];

/** The user's actions on a page, counted: each call is one click, field, option or file. */
function counted(page) {
  const log = [];
  const note = (what) => log.push(what);
  return {
    log,
    click: async (sel) => { note(`click ${sel}`); await page.click(sel); },
    fill: async (sel, value) => { note(`type ${sel}`); await page.fill(sel, value); },
    select: async (sel, value) => { note(`choose ${sel}=${value}`); await page.selectOption(sel, value); },
    file: async (sel, file) => { note(`file ${path.basename(file)}`); await page.setInputFiles(sel, file); },
  };
}

test('a whole staff from the school\'s own XLSX to the order on pairs in at most 40 actions', async () => {
  const started = Date.now();
  const { context, page, errors } = await openPage(browser);
  const user = counted(page);
  await openApp(page, url);
  assert.equal(await stored(page), null, 'an empty browser: no example, no fixture');
  assert.equal(new URL(page.url()).hash, '#/profile');

  // 1. The school profile: the required fields, then «Готово».
  await user.fill('#profile-full_name', 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7»');
  await user.fill('#profile-short_name', 'МБОУ «СОШ № 7»');
  await user.fill('#profile-city', 'Кострома');
  await user.fill('#profile-director-full_name', 'Соловьёва Ирина Борисовна');
  await user.fill('#profile-director-position', 'Директор');
  await user.fill('#profile-coordinator-full_name', 'Мельников Олег Петрович');
  await user.fill('#profile-coordinator-position', 'Заместитель директора по учебно-воспитательной работе');
  await user.fill('#profile-academic_year', '2026/2027');
  await user.click('button[type=submit]');
  await page.waitForFunction(() => location.hash === '#/stage/1');

  // 2. The teacher list from the XLSX (title row above the header, date cells).
  await user.click('role=link[name="Педагоги"]');
  await page.waitForFunction(() => location.hash === '#/people');
  await user.click('role=link[name="Импорт списка из Excel или CSV…"]');
  await page.waitForFunction(() => location.hash === '#/import');
  await user.file('#import-file', path.join(FIXTURES, 'teachers-25.xlsx'));
  await page.waitForSelector('[data-testid=import-summary]');
  assert.match(await page.textContent('[data-testid=import-summary]'), /Строк с данными: 25\. Готово к добавлению: 25\. С ошибками: 0\./);
  await user.click('[data-testid=import-confirm]');
  await page.waitForFunction(() => location.hash === '#/people');
  assert.match(await page.textContent('[data-testid=notice]'), /Добавлено в реестр: 25 педагогов/);

  // 3. Stage 2: the mentees' questionnaires from the form's export (they give the role), then
  //    their processing consents on the whole bank at once, then the ready ones into the bank.
  await user.click('.stepper li:nth-child(2) a');
  await page.waitForFunction(() => location.hash === '#/stage/2');
  await user.file('[data-testid=answers-file-mentee]', path.join(FIXTURES, 'mentee-answers.csv'));
  await page.waitForSelector('[data-testid=answers-summary]');
  assert.match(await page.textContent('[data-testid=answers-summary]'), /Строк: 6\. Будут загружены: 6\./);
  await user.click('[data-testid=answers-confirm]');
  await page.waitForSelector('[data-testid=answers-done]');
  assert.match(await page.textContent('[data-testid=answers-done]'), /Загружено анкет: 6/);
  const mentees = page.locator('[data-testid=list-mentees]');
  await user.click('[data-testid=list-mentees] [data-testid=select-all-found]');
  assert.equal(await mentees.locator('[data-testid=selection-count]').textContent(), 'Выбрано: 6');
  await user.select('[data-testid=list-mentees] [data-testid=bulk-action]', 'consent-processing');
  await user.click('[data-testid=list-mentees] [data-testid=bulk-apply]');
  assert.match(await mentees.locator('[data-testid=bulk-message]').textContent(), /Согласие на обработку персональных данных отмечено .*: 6 педагогов/);
  await user.click('[data-testid=include-ready]');
  assert.match(await page.textContent('[data-testid=include-ready-report]'), /: 6 педагогов$/);
  assert.equal(await page.textContent('[data-testid=waiting-summary]'), 'Решения приняты по всем педагогам банка.');

  // 4. Stage 3: the same for the mentor candidates, with the written consent (ст. 351.8 ТК РФ).
  await user.click('.stepper li:nth-child(3) a');
  await page.waitForFunction(() => location.hash === '#/stage/3');
  await user.file('[data-testid=answers-file-mentor]', path.join(FIXTURES, 'mentor-answers.csv'));
  await page.waitForSelector('[data-testid=answers-summary]');
  assert.match(await page.textContent('[data-testid=answers-summary]'), /Строк: 6\. Будут загружены: 6\./);
  await user.click('[data-testid=answers-confirm]');
  await page.waitForSelector('[data-testid=answers-done]');
  const mentors = page.locator('[data-testid=list-mentors]');
  await user.click('[data-testid=list-mentors] [data-testid=select-all-found]');
  assert.equal(await mentors.locator('[data-testid=selection-count]').textContent(), 'Выбрано: 6');
  await user.select('[data-testid=list-mentors] [data-testid=bulk-action]', 'consent-processing');
  await user.click('[data-testid=list-mentors] [data-testid=bulk-apply]');
  assert.match(await mentors.locator('[data-testid=bulk-message]').textContent(), /: 6 педагогов/);
  // Without the written consent nobody is ready yet, and the page says why.
  assert.equal(await page.$('[data-testid=include-ready]'), null);
  assert.match(await page.textContent('[data-testid=waiting]'), /письменного согласия на наставничество|351\.8/);
  await user.select('[data-testid=list-mentors] [data-testid=bulk-action]', 'consent-mentoring');
  await user.click('[data-testid=list-mentors] [data-testid=bulk-apply]');
  assert.match(await mentors.locator('[data-testid=bulk-message]').textContent(), /: 6 педагогов/);
  await user.click('[data-testid=include-ready]');
  assert.match(await page.textContent('[data-testid=include-ready-report]'), /: 6 педагогов$/);

  // 5. Stage 4: the suggestion over the imported banks, accepted as a whole.
  await user.click('.stepper li:nth-child(4) a');
  await page.waitForFunction(() => location.hash === '#/stage/4');
  await user.click('[data-testid=run-matching]');
  assert.match(await page.textContent('[data-testid=match-summary]'), /Предложено пар: 6/);
  await user.click('[data-testid=accept-matching]');
  assert.match(await page.textContent('[data-testid=notice]'), /Сформировано пар: 6/);
  await waitSaved(page);
  const env = await stored(page);
  const byId = new Map(env.data.people.map((p) => [p.id, p.full_name]));
  const pairs = env.data.pairs.map((p) => ({
    mentor: byId.get(p.mentor), mentees: p.mentees.map((m) => byId.get(m.person ?? m)),
  }));
  assert.equal(pairs.length, 6);
  assert.deepEqual(pairs.map((p) => p.mentor).sort(), [...MENTORS].sort());
  assert.deepEqual(pairs.flatMap((p) => p.mentees).sort(), [...MENTEES].sort());

  // 6. The order on pairs: every mentee and mentor in it; the print view and the DOCX.
  await user.click('role=link[name="Документы"]');
  await page.waitForFunction(() => location.hash === '#/documents');
  await user.click('role=link[name=/^Приказ о закреплении наставнических пар/]');
  await page.waitForSelector('[data-testid=print-view] .doc');
  const order = await page.textContent('[data-testid=print-view]');
  for (const name of [...MENTEES, ...MENTORS]) assert.ok(order.includes(name), `${name} in the order`);
  assert.ok(!order.includes('[ФИО'), 'no placeholder of a name is left');

  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await user.click('role=button[name="Печать"]');
  assert.equal(await page.evaluate(() => window.printed), 1);
  await page.emulateMedia({ media: 'print' });
  const printedPdf = path.join(tmp, 'order-print.pdf');
  await page.pdf({ path: printedPdf, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const printed = execFileSync('pdftotext', [printedPdf, '-']).toString();
  for (const name of MENTEES) assert.ok(printed.replace(/\s+/g, ' ').includes(name), `${name} printed`);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    user.click('[data-testid=download-docx]'),
  ]);
  const docx = path.join(tmp, 'order.docx');
  await download.saveAs(docx);
  execFileSync('soffice', [
    `-env:UserInstallation=file://${path.join(tmp, 'lo')}`, '--headless',
    '--convert-to', 'pdf', '--outdir', tmp, docx,
  ], { stdio: 'ignore' });
  // LibreOffice opened it; table cells wrap, so the PDF is checked by surname and the
  // document's own text (word/document.xml) by full name.
  const fromWord = execFileSync('pdftotext', [path.join(tmp, 'order.pdf'), '-']).toString();
  assert.match(fromWord, /ПРИКАЗ/);
  for (const name of [...MENTEES, ...MENTORS]) {
    assert.ok(fromWord.includes(name.split(' ')[0]), `${name} in the DOCX opened by LibreOffice`);
  }
  const xml = execFileSync('python3', ['-c',
    'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode())', docx,
  ]).toString();
  const cells = [...xml.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)]
    .map((m) => [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  for (const name of [...MENTEES, ...MENTORS]) {
    assert.ok(cells.some((c) => c.includes(name)), `${name} in a table cell of the DOCX`);
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`journey: ${user.log.length} actions (target ≤ ${TARGET}), ${seconds} s — empty browser → order on pairs, print and DOCX`);
  assert.deepEqual(errors, []);
  assert.ok(user.log.length <= TARGET, `${user.log.length} actions:\n${user.log.join('\n')}`);
  await context.close();
});

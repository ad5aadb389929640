// Stage 6 on the release build: from a v4 archive (migrated to v5 on load), a final round of
// monitoring with answers typed in and imported from an online form's CSV, a self-assessment
// «до» and «после», the indicators, the final event filling its order, a practice in the
// «методическая копилка», the final report printed and downloaded as DOCX (LibreOffice opens
// it), and a reload that keeps everything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import {
  useServer, ready, stored, waitSaved, axeViolations, fixture, tempDir, openApp, openWithArchive,
} from './helpers.mjs';

let url;
let browser;
useServer((s) => ({ url, browser } = s));

const V4 = fixture('archive-v4.json');
const tmp = tempDir('nastavnik-monitoring-');

const withV4 = () => openWithArchive(browser, V4);

const results = (page) => page.textContent('[data-testid=results]');

test('monitoring: answers, import, indicators, final event, library, report DOCX, reload', async () => {
  const { context, page, errors } = await withV4();
  await openApp(page, url + '#/stage/6');
  await page.waitForSelector('#monitoring-title');

  // A final round.
  await page.selectOption('#round-kind', 'final');
  await page.fill('#round-date', '2026-05-20');
  await page.click('role=button[name="Добавить раунд"]');
  await page.waitForSelector('[data-testid=rounds] li[data-round=m1]');
  assert.match(await page.textContent('[data-testid=rounds]'), /Итоговый мониторинг, 20\.05\.2026/);

  // Answers typed in: the mentee of g1 (p3) and its mentor (p17). g1 and g2 have 5 participants.
  await page.selectOption('#answers-round', 'm1');
  await page.selectOption('#answers-who', 'g1|p3|mentee');
  await page.waitForSelector('#answer-q1');
  await page.selectOption('#answer-q1', '9');
  await page.selectOption('#answer-q2', '10');
  assert.equal(await page.inputValue('#answer-q1'), '9', 'the select keeps its mark');
  await page.selectOption('#answers-who', 'g1|p17|mentor');
  await page.waitForSelector('#answer-q6');
  assert.equal(await page.inputValue('#answer-q1'), '', 'the mentor has not answered yet');
  await page.selectOption('#answer-q1', '8');
  await page.selectOption('#answer-q6', '4');
  assert.equal(await page.textContent('[data-testid=answers-status]'), 'Ответили в этом раунде: 2 из 5');

  // Self-assessment of p3: «Дисциплина и управление классом» (the 5th area) 2 → 4.
  await page.selectOption('#self-mentee', 'p3');
  await page.selectOption('#self-4-before', '2');
  await page.selectOption('#self-4-after', '4');

  // An online form's CSV: one good row (p6, the group g2), one unknown person.
  const csv = 'Отметка времени;ФИО;Качество встреч с наставником;Полезность наставничества для моей работы\n'
    + '20.05.2026 10:00;Лебедева Наталья Викторовна;8;7\n'
    + '20.05.2026 10:05;Неизвестный Педагог;5;5\n'
    + '20.05.2026 10:07;Васильева Светлана Александровна;11;5\n';
  await page.setInputFiles('#answers-file', { name: 'ответы.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.waitForSelector('[data-testid=answers-import-summary]');
  assert.equal(await page.textContent('[data-testid=answers-import-summary]'), 'Строк: 3; будут загружены: 1; с ошибками: 2');
  assert.match(await page.textContent('tr[data-row="3"]'), /Педагога «Неизвестный Педагог» нет в реестре/);
  assert.match(await page.textContent('tr[data-row="4"]'), /оценка 11 вне шкалы от 1 до 10/);
  // The typed answers are saved; the file's are not, before the confirmation.
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('nastavnik:data')).data.monitoring?.responses?.length === 2);
  await page.waitForTimeout(500);
  assert.equal((await stored(page)).data.monitoring.responses.length, 2, 'nothing saved before confirming');
  await page.click('role=button[name="Загрузить анкеты: 1"]');
  await page.waitForSelector('text=Загружено анкет: 1.');

  // Indicators. Mentees: p3 (9, 10) and p6 (8, 7): 34 / 4 = 8,5. The mentor: 8 and 4 of 5 = 8
  // of 10 → 8,0. Coverage: 3 mentees in pairs of 21 in the bank = 14 %. Growth 2 → 4.
  await page.waitForFunction(() => document.querySelector('[data-testid=results]').textContent.includes('анкет: 2'));
  const text = await results(page);
  assert.match(text, /Удовлетворённость наставляемых8,5 из 10 \(анкет: 2\)/);
  assert.match(text, /Удовлетворённость наставников8,0 из 10 \(анкет: 1\)/);
  assert.match(text, /Охват: наставляемые банка в парах \(группах\)3 из 21 \(14 %\)/);
  assert.match(text, /2,0 → 4,0 \(\+2,0\); наставляемых: 1/);
  assert.equal(await page.locator('[data-testid=results] svg').count(), 5);
  assert.equal(await page.locator('[data-testid=results] table.chart-data').count(), 5, 'each chart has its table');

  // The final event: its date and form fill the order.
  await page.fill('#event-date', '2026-05-27');
  await page.fill('#event-format', 'фестиваль педагогических идей');
  await page.fill('#event-program', 'Открытие\nВыступления наставнических пар');
  await page.click('role=button[name="Отметить всех"]');
  await page.waitForFunction(() => document.querySelectorAll('.participants input:checked').length === 5);

  // The library: a practice by p3, marked best; search.
  await page.fill('#practice-title', 'Сценарий открытого урока «Дроби»');
  await page.selectOption('#practice-author', 'p3');
  await page.selectOption('#practice-kind', 'lesson_notes');
  await page.fill('#practice-tags', 'математика, открытый урок');
  await page.fill('#practice-link', 'https://school96.ru/kopilka/1');
  await page.click('role=button[name="Добавить в копилку"]');
  await page.waitForSelector('li[data-practice=k1]');
  await page.check('#best-k1');
  await page.check('#publish-k1');
  assert.match(await page.textContent('li[data-practice=k1]'), /Нет согласия автора на публикацию/);
  await page.fill('#library-search', 'математика');
  assert.equal(await page.textContent('[data-testid=library-count]'), 'Материалов: 1 из 1');
  await page.fill('#library-search', 'физика');
  assert.equal(await page.textContent('[data-testid=library-count]'), 'Материалов: 0 из 1');
  await page.fill('#library-search', '');

  // Stage 6: 4 rows not started; answers 3 of 5, self-assessment 1 of 3, the event planned
  // without an order (in progress), a best practice (done): 1 × 2 + 3 = 5 half-units of 16 → 31 %.
  assert.match(await page.textContent('[data-testid=stage-progress]'), /^31 %/);
  assert.deepEqual(await axeViolations(page), []);
  await waitSaved(page);

  // The order on the final event.
  await page.goto(url + '#/documents/order_final_event');
  await page.waitForSelector('[data-testid=print-view] .doc');
  const order = await page.textContent('[data-testid=print-view]');
  assert.match(order, /27\.05\.2026 в форме фестиваля педагогических идей/);
  assert.match(order, /Программа итогового мероприятия/);

  // The final report: the print view has the charts as SVG; the DOCX opens in LibreOffice.
  await page.goto(url + '#/documents/final_report');
  await page.waitForSelector('[data-testid=print-view] .doc');
  assert.equal(await page.locator('[data-testid=print-view] svg').count(), 5);
  const report = await page.textContent('[data-testid=print-view]');
  assert.match(report, /ОТЧЁТ/);
  assert.match(report, /Сценарий открытого урока «Дроби» \(конспект урока\), автор: Николаева Татьяна Сергеевна/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-testid=download-docx]'),
  ]);
  assert.equal(download.suggestedFilename(), 'Отчёт о наставничестве за год — ГБОУ СОШ 96.docx');
  const file = path.join(tmp, 'report.docx');
  await download.saveAs(file);
  execFileSync('soffice', [
    `-env:UserInstallation=file://${tmp}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, file,
  ], { stdio: 'ignore', timeout: 240000 });
  const pdf = execFileSync('pdftotext', [path.join(tmp, 'report.pdf'), '-']).toString().replace(/\s+/g, ' ');
  assert.match(pdf, /ОТЧЁТ/);
  assert.match(pdf, /за 2025\/2026 учебный год/);
  assert.match(pdf, /Средний балл по вопросам анкеты: наставляемые/);
  assert.match(pdf, /Сценарий открытого урока «Дроби»/);
  assert.match(execFileSync('pdfinfo', [path.join(tmp, 'report.pdf')]).toString(), /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);

  // Reload: everything is still there.
  await page.goto(url + '#/stage/6');
  await page.reload();
  await ready(page);
  await page.waitForSelector('li[data-practice=k1]');
  assert.ok(await page.isChecked('#best-k1'));
  assert.equal(await page.inputValue('#event-format'), 'фестиваль педагогических идей');
  await page.selectOption('#answers-round', 'm1');
  await page.selectOption('#answers-who', 'g1|p3|mentee');
  await page.waitForSelector('#answer-q1');
  assert.equal(await page.inputValue('#answer-q1'), '9');
  assert.match(await results(page), /8,5 из 10 \(анкет: 2\)/);
  const env = await stored(page);
  assert.equal(env.version, 8);
  assert.equal(env.data.monitoring.responses.length, 3);
  assert.deepEqual(env.data.monitoring.self_assessment, [{ person: 'p3', before: { classroom: 2 }, after: { classroom: 4 } }]);
  assert.equal(env.data.library[0].best, true);
  assert.equal(env.data.library[0].publish, true);
  assert.equal(env.data.final_event.date, '2026-05-27');
  assert.equal(env.data.final_event.participants.length, 5);

  assert.deepEqual(errors, []);
  await context.close();
});

// Stage 2–3 import of a teacher list: a Windows-1251 «;» CSV with bad rows (one fixed in the
// preview) and an XLSX made by LibreOffice whose rows are partly duplicates — on the release
// build. Nothing changes before «Добавить»; after a reload everything is still there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  useServer, openPage, ready, stored, waitSaved, axeViolations, FIXTURES_DIR, openApp,
} from './helpers.mjs';

let url;
let browser;
useServer((s) => ({ url, browser } = s));

const FIXTURES = path.join(FIXTURES_DIR, 'import');

test('import a cp1251 CSV, fix a bad row, then an XLSX with duplicates; reload', async () => {
  const { context, page, errors } = await openPage(browser);
  await openApp(page, url + '#/people');
  await page.click('role=link[name="Импорт списка из Excel или CSV…"]');
  await page.waitForFunction(() => location.hash === '#/import');

  // A file that is neither CSV nor XLSX: a clear message, nothing else.
  await page.setInputFiles('#import-file', {
    name: 'list.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a workbook'),
  });
  assert.match(await page.textContent('[data-testid=import-error]'), /назван как книга Excel \(XLSX\), но не является ею/);

  await page.setInputFiles('#import-file', path.join(FIXTURES, 'teachers-cp1251.csv'));
  await page.waitForSelector('[data-testid=import-summary]');
  assert.equal(
    await page.textContent('[data-testid=import-summary]'),
    'Строк с данными: 4. Готово к добавлению: 2. С ошибками: 2. Повторы: 0.',
  );
  // Columns were guessed from the Russian headers (the title line above them is skipped).
  const mapped = await page.$$eval('[data-testid=map]', (els) => els.map((e) => e.value));
  assert.deepEqual(mapped, ['ФИО', 'Должность', 'Предметы', 'Педагогический стаж', 'Дата рождения', 'Квалификационная категория']);
  // Windows-1251 decoded, the quoted «;» kept inside its value.
  assert.match(await page.textContent('tr[data-row="4"]'), /Русский язык; литература/);
  assert.match(await page.textContent('tr[data-row="5"] [data-testid=row-check]'), /«Педагогический стаж»: «двадцать» — не число лет/);
  assert.match(await page.textContent('tr[data-row="6"] [data-testid=row-check]'), /«31\.02\.1990» — не дата/);
  assert.equal(await stored(page), null, 'nothing is stored before the confirmation');

  // Fix row 5 key by key in its cell; the input keeps focus and the row becomes valid.
  const cell = page.locator('tr[data-row="5"] input.cell-input').nth(3);
  await cell.fill('');
  await cell.click();
  await page.keyboard.type('20');
  assert.equal(await cell.inputValue(), '20');
  assert.equal(await page.textContent('tr[data-row="5"] [data-testid=row-check]'), 'верно');
  assert.match(await page.textContent('[data-testid=import-summary]'), /Готово к добавлению: 3\. С ошибками: 1\./);
  assert.deepEqual(await axeViolations(page), []);
  await page.selectOption('#import-role', 'mentee');
  await page.click('[data-testid=import-confirm]');
  await page.waitForFunction(() => location.hash === '#/people');
  assert.equal(await page.textContent('[data-testid=notice] p'), 'Добавлено в реестр: 3 педагога.');
  await waitSaved(page);
  let env = await stored(page);
  const names = env.data.people.map((p) => p.full_name);
  assert.deepEqual(names, ['Иванова Анна Петровна', 'Петров Сергей Иванович', 'Сидорова Мария Алексеевна']);
  const ivanova = env.data.people[0];
  assert.equal(ivanova.birth_date, '1985-03-14');
  assert.equal(ivanova.category, 'highest');
  assert.deepEqual(env.data.people[1].subjects, ['Русский язык', 'литература']);
  assert.equal(env.data.people[2].experience, 20);
  assert.ok(env.data.people.every((p) => p.mentee && p.mentee.status === 'candidate'));

  // The XLSX (LibreOffice) holds the three again and one new teacher.
  await page.goto(url + '#/import');
  await page.setInputFiles('#import-file', path.join(FIXTURES, 'teachers.xlsx'));
  await page.waitForSelector('[data-testid=import-summary]');
  assert.equal(
    await page.textContent('[data-testid=import-summary]'),
    'Строк с данными: 4. Готово к добавлению: 1. С ошибками: 0. Повторы: 3.',
  );
  assert.match(await page.textContent('tr[data-row="2"] [data-testid=row-check]'), /Повтор: уже есть в реестре: Иванова Анна Петровна/);
  await page.click('[data-testid=import-confirm]');
  await page.waitForFunction(() => location.hash === '#/people');
  assert.equal(await page.textContent('[data-testid=notice] p'), 'Добавлено в реестр: 1 педагог.');
  await waitSaved(page);

  await page.reload();
  await ready(page);
  assert.equal(await page.locator('[data-testid=list-people] tbody tr').count(), 4);
  env = await stored(page);
  const kuz = env.data.people[3];
  assert.equal(kuz.full_name, 'Кузнецов Илья Олегович');
  assert.equal(kuz.birth_date, '2001-06-30', 'the XLSX date serial became a date');
  assert.equal(kuz.experience, 1, '«1,5» years read as 1');
  assert.deepEqual(kuz.subjects, ['Физика', 'информатика']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('leaving the import without confirming adds nobody', async () => {
  const { context, page, errors } = await openPage(browser);
  await openApp(page, url + '#/import');
  await page.setInputFiles('#import-file', path.join(FIXTURES, 'teachers.csv'));
  await page.waitForSelector('[data-testid=import-summary]');
  await page.click('role=button[name="Отменить импорт"]');
  assert.equal(await page.locator('[data-testid=import-summary]').count(), 0);
  await page.goto(url + '#/people');
  assert.match(await page.textContent('[data-testid=list-people]'), /В реестре пока нет педагогов/);
  assert.equal(await stored(page), null);
  assert.deepEqual(errors, []);
  await context.close();
});

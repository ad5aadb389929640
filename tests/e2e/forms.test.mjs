// Stages 2–3 from an empty browser with a school's own files: a teacher list with a role
// column and consent columns, then both questionnaires collected with an online form and
// imported from exports shaped like Яндекс Формы (ID and «Время создания» columns, the question
// texts of «Вопросы для онлайн-формы» as headers; CSV in UTF-8 with BOM and Windows-1251, XLSX). Names are
// matched with ё/е and initials, an unknown respondent is added from the preview, a bad value
// is a row error; nothing is stored before «Загрузить ответы»; after a reload the answers are
// in the person card. On the release build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  useServer, openPage, ready, stored, waitSaved, axeViolations, FIXTURES_DIR, submitProfile,
} from './helpers.mjs';

let url;
let browser;
useServer((s) => ({ url, browser } = s));

const FIXTURES = path.join(FIXTURES_DIR, 'import');

/** The header row of a fixture (quotes removed). */
function headers(file, encoding, sep) {
  const text = new TextDecoder(encoding).decode(fs.readFileSync(path.join(FIXTURES, file)));
  const first = text.replace(/^\uFEFF/, '').split('\r\n')[0];
  const out = [];
  let cur = '';
  let quoted = false;
  for (const ch of first) {
    if (ch === '"') quoted = !quoted;
    else if (ch === sep && !quoted) { out.push(cur); cur = ''; } else cur += ch;
  }
  out.push(cur);
  return out;
}

const person = (env, name) => env.data.people.find((p) => p.full_name === name);

test('teacher list with roles and consents, then both questionnaires from form exports', async () => {
  const { context, page, errors } = await openPage(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await submitProfile(page, url, '2026/2027');

  // The teacher list: roles and consents are read from their columns.
  await page.goto(url + '#/import');
  await page.setInputFiles('#import-file', path.join(FIXTURES, 'teachers-roles.csv'));
  await page.waitForSelector('[data-testid=import-summary]');
  assert.equal(
    await page.textContent('[data-testid=import-summary]'),
    'Строк с данными: 7. Готово к добавлению: 7. С ошибками: 0. Повторы: 0.',
  );
  const mapped = await page.$$eval('[data-testid=map]', (els) => els.map((e) => e.value));
  assert.deepEqual(mapped.slice(5), [
    'Роль в наставничестве', 'Согласие на обработку ПД', 'Согласие на публикацию',
    'Согласие на наставничество (ст. 351.8 ТК РФ)',
  ]);
  await page.click('[data-testid=import-confirm]');
  await page.waitForFunction(() => location.hash === '#/people');
  await waitSaved(page);
  let env = await stored(page);
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  const ivanova = person(env, 'Иванова Мария Петровна');
  assert.ok(ivanova.mentee && !ivanova.mentor, 'молодой специалист → mentee');
  assert.equal(ivanova.consents.processing.date, '2026-09-01');
  const semenova = person(env, 'Семёнова Алёна Игоревна');
  assert.equal(semenova.consents.processing.date, today, '«да» is dated today');
  const petrov = person(env, 'Петров Пётр Ильич');
  assert.ok(petrov.mentor && !petrov.mentee);
  assert.equal(petrov.consents.mentoring.date, today);
  assert.equal(person(env, 'Кузнецова Анна Сергеевна').consents.publication.date, '2026-09-01');
  const smirnova = person(env, 'Смирнова Елена Викторовна');
  assert.ok(!smirnova.mentee && !smirnova.mentor);

  // Stage 2: the questions for the online form, copied.
  await page.goto(url + '#/stage/2');
  await page.waitForSelector('[data-testid=form-questions-mentee]');
  assert.match(await page.textContent('[data-testid=bank-forms-mentee]'), /Яндекс Формы/);
  assert.match(await page.textContent('[data-testid=bank-forms-mentee]'), /152-ФЗ/);
  await page.click('[data-testid=form-questions-copy]');
  await page.waitForSelector('text=Вопросы скопированы');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.inputValue('[data-testid=form-questions-mentee]'));
  assert.match(copied, /^Анкета наставляемого — МБОУ СОШ № 7, 2026\/2027 учебный год/);
  // Every question of the export's header is a question of the copied text.
  for (const h of headers('mentee-answers-yandex.csv', 'utf-8', ',').slice(2)) {
    assert.ok(copied.includes(`. ${h}\n`), `«${h}» is in the questions`);
  }

  // The export: nothing stored before the confirmation.
  const before = await page.evaluate(() => localStorage.getItem('nastavnik:data'));
  await page.setInputFiles('[data-testid=answers-file-mentee]', path.join(FIXTURES, 'mentee-answers-yandex.csv'));
  await page.waitForSelector('[data-testid=answers-preview]');
  assert.equal(
    await page.textContent('[data-testid=answers-summary]'),
    'Строк: 5. Будут загружены: 3. Нет в реестре: 1. С ошибками: 1.',
  );
  const maps = await page.$$eval('[data-testid=answers-map]', (els) => els.map((e) => e.value));
  assert.deepEqual(maps.slice(0, 3), ['ignore', 'date', 'person']);
  assert.ok(maps.slice(2).every((v) => v !== 'ignore'), `every question column is mapped: ${maps}`);
  assert.match(await page.textContent('tr[data-row="3"]'), /Семёнова Алёна Игоревна/);
  assert.match(await page.textContent('tr[data-row="4"]'), /Орлов Олег Олегович/);
  assert.match(await page.textContent('tr[data-row="5"]'), /нет в реестре/);
  assert.equal(
    await page.textContent('tr[data-row="6"] [data-testid=answers-check]'),
    '«ФГОС/ФООП, рабочие программы»: оценка 7 вне шкалы от 1 до 5.',
  );
  assert.equal(await page.evaluate(() => localStorage.getItem('nastavnik:data')), before);
  await page.check('tr[data-row="5"] [data-testid=answers-add]');
  assert.match(await page.textContent('[data-testid=answers-summary]'), /Будут загружены: 4 \(новых в реестре: 1\)/);
  assert.deepEqual(await axeViolations(page), []);
  await page.click('[data-testid=answers-confirm]');
  assert.equal(
    await page.textContent('[data-testid=answers-done]'),
    'Загружено анкет: 4. Добавлено в реестр: 1 педагог. Роль «наставляемый» дана 1 педагогу.',
  );
  await waitSaved(page);

  // The same answers again, as the XLSX export (date-time cells): every good row would replace
  // the answers just loaded, and is marked so; «Отменить» keeps everything as it was.
  const saved = await page.evaluate(() => localStorage.getItem('nastavnik:data'));
  await page.setInputFiles('[data-testid=answers-file-mentee]', path.join(FIXTURES, 'mentee-answers-yandex.xlsx'));
  await page.waitForSelector('[data-testid=answers-preview]');
  assert.equal(
    await page.textContent('[data-testid=answers-summary]'),
    'Строк: 5. Будут загружены: 4 (заменят прежние ответы: 4). Нет в реестре: 0. С ошибками: 1.',
  );
  assert.equal(await page.textContent('tr[data-row="5"] [data-testid=answers-check]'), 'заменит прежние ответы');
  await page.locator('[data-testid=bank-forms-mentee]').getByRole('button', { name: 'Отменить', exact: true }).click();
  await page.waitForSelector('[data-testid=answers-preview]', { state: 'detached' });
  assert.equal(await page.evaluate(() => localStorage.getItem('nastavnik:data')), saved);

  // Stage 3: the mentors' export, Windows-1251 with «;».
  await page.goto(url + '#/stage/3');
  await page.waitForSelector('[data-testid=form-questions-mentor]');
  const mentorText = await page.inputValue('[data-testid=form-questions-mentor]');
  for (const h of headers('mentor-answers-yandex.csv', 'windows-1251', ';').slice(2)) {
    assert.ok(mentorText.includes(`. ${h}\n`), `«${h}» is in the questions`);
  }
  await page.setInputFiles('[data-testid=answers-file-mentor]', path.join(FIXTURES, 'mentor-answers-yandex.csv'));
  await page.waitForSelector('[data-testid=answers-preview]');
  assert.equal(
    await page.textContent('[data-testid=answers-summary]'),
    'Строк: 5. Будут загружены: 3. Нет в реестре: 1. С ошибками: 1.',
  );
  assert.match(
    await page.textContent('tr[data-row="6"] [data-testid=answers-check]'),
    /«Сколько наставляемых вы готовы вести одновременно»: «7» — нужно число от 1 до 5\./,
  );
  await page.check('tr[data-row="5"] [data-testid=answers-add]');
  await page.click('[data-testid=answers-confirm]');
  assert.equal(
    await page.textContent('[data-testid=answers-done]'),
    'Загружено анкет: 4. Добавлено в реестр: 1 педагог. Роль «наставник» дана 2 педагогам.',
  );
  await waitSaved(page);

  // After a reload: the answers are in the person cards.
  await page.reload();
  await ready(page);
  env = await stored(page);
  const id = (name) => person(env, name).id;
  await page.goto(url + `#/people/${id('Иванова Мария Петровна')}`);
  await page.waitForSelector('#need-classroom');
  assert.equal(await page.inputValue('#need-classroom'), '5');
  assert.equal(await page.inputValue('#need-planning'), '4');
  assert.equal(await page.inputValue('#mentee-text'), 'Трудно удерживать внимание 7 «Б»');
  assert.match(await page.textContent('section[aria-labelledby=mentee-q]'), /Заполнено: 10\.09\.2026/);
  await page.goto(url + `#/people/${id('Новикова Дарья Андреевна')}`);
  await page.waitForSelector('#need-planning');
  assert.equal(await page.inputValue('#need-planning'), '5');
  await page.goto(url + `#/people/${id('Петров Пётр Ильич')}`);
  await page.waitForSelector('#strength-assessment');
  assert.equal(await page.inputValue('#strength-assessment'), '5');
  assert.equal(await page.inputValue('#mentor-capacity'), '1');
  assert.equal(await page.inputValue('#mentor-motivation'), 'Помогаю молодым коллегам');
  await page.goto(url + `#/people/${id('Смирнова Елена Викторовна')}`);
  await page.waitForSelector('#strength-digital');
  assert.equal(await page.inputValue('#strength-digital'), '5');
  assert.equal(await page.$('#need-digital'), null, 'her mentee row had an error: no mentee role');
  const volkov = person(env, 'Волков Андрей Николаевич');
  assert.equal(volkov.category, 'highest');
  assert.equal(volkov.mentor.answers.capacity, 3);
  assert.equal(person(env, 'Лебедев Игорь Павлович').mentor.answers, null);
  assert.deepEqual(errors, []);
  await context.close();
});

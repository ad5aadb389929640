// Stages 2–3 (in progress): the register of teachers, roles, consents, questionnaires, the
// banks as filtered lists, withdrawal with anonymization — on the release build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useServer, openPage, ready, stored, waitSaved, axeViolations, fixture, openApp, seedArchive,
  loadExample,
} from './helpers.mjs';

let url;
let browser;
useServer((s) => ({ url, browser } = s));

const V3 = fixture('archive-v3.json');

test('add a teacher, fill the card, roles, consent, questionnaire; reload; the bank lists them', async () => {
  const { context, page, errors } = await openPage(browser);
  await openApp(page, url);
  await page.goto(url + '#/people');
  assert.match(await page.textContent('[data-testid=list-people]'), /В реестре пока нет педагогов/);
  await page.fill('#new-person', 'Морозова Анна Сергеевна');
  await page.click('text=Добавить педагога');
  await page.waitForFunction(() => location.hash === '#/people/p1');
  assert.equal(await page.textContent('[data-testid=person-name]'), 'Морозова Анна Сергеевна');
  await page.fill('#person-position', 'Учитель русского языка');
  await page.fill('#person-subjects', 'Русский язык, Литература');
  await page.fill('#person-experience', '1');
  await page.fill('#person-experience', '100');
  assert.match(await page.textContent('.card'), /Стаж — целое число лет от 0 до 60/);
  await page.fill('#person-experience', '1');
  await page.check('#role-mentee');
  assert.match(await page.textContent('[data-testid=blocked]'), /нет согласия на обработку персональных данных/);
  await page.fill('#consent-processing-date', '2025-09-01');
  await page.click('[data-consent=processing] >> text=Отметить согласие');
  await page.waitForFunction(() => !document.querySelector('[data-testid=blocked]'));
  assert.equal(await page.textContent('[data-testid=consent-processing-state]'), 'Дано 01.09.2025');
  await page.selectOption('#need-classroom', '5');
  await page.selectOption('#need-parents', '3');
  await page.check('#mentee-form-group');
  // Typed key by key: the field keeps focus while every keystroke is saved.
  await page.click('#mentee-text');
  await page.keyboard.type('Как выстроить дисциплину в 5 «А»');
  await page.click('#person-phone');
  await page.keyboard.type('+7 900 111-22-33');
  assert.equal(await page.inputValue('#person-phone'), '+7 900 111-22-33');
  await waitSaved(page);
  await page.reload();
  await ready(page);
  assert.equal(await page.inputValue('#person-subjects'), 'Русский язык, Литература');
  assert.equal(await page.inputValue('#need-classroom'), '5');
  assert.equal(await page.inputValue('#mentee-text'), 'Как выстроить дисциплину в 5 «А»');
  const env = await stored(page);
  assert.equal(env.version, 8);
  const p = env.data.people[0];
  assert.deepEqual(p.subjects, ['Русский язык', 'Литература']);
  assert.equal(p.experience, 1);
  assert.equal(p.mentee.answers.needs.classroom, 5);
  assert.deepEqual(p.mentee.answers.forms, ['group']);
  assert.equal(p.consents.processing.date, '2025-09-01');

  // The consent form for this teacher: print view and DOCX.
  await page.goto(url + '#/people/p1');
  await page.click('text=Согласие на обработку персональных данных — с ФИО педагога');
  await page.waitForFunction(() => location.hash === '#/documents/consent_personal_data/p1');
  assert.match(await page.textContent('[data-testid=print-view]'), /Я, Морозова Анна Сергеевна,/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-testid=download-docx]'),
  ]);
  assert.equal(download.suggestedFilename(), 'Согласие на обработку ПД — Морозова Анна Сергеевна.docx');

  await page.goto(url + '#/stage/2');
  await page.waitForSelector('[data-testid=list-mentees] tr[data-person=p1]');
  assert.match(await page.textContent('[data-testid=bank-summary]'), /В банке: 1 педагог; анкеты заполнены: 1; согласие на обработку персональных данных: 1\./);
  assert.equal(await page.locator('[data-testid=list-mentors] tr[data-person]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('search, filter and sort the register; withdraw a consent and anonymize', async () => {
  const { context, page, errors } = await openPage(browser);
  await seedArchive(page, url + '#/people', V3);
  const names = () => page.$$eval('[data-testid=list-people] tbody th', (els) => els.map((e) => e.textContent));
  assert.deepEqual(await names(), ['Белова Ирина Сергеевна', 'Соколова Ольга Викторовна']);
  await page.selectOption('#people-sort', 'experience');
  assert.deepEqual(await names(), ['Белова Ирина Сергеевна', 'Соколова Ольга Викторовна']);
  await page.fill('#people-search', 'информат');
  assert.deepEqual(await names(), ['Белова Ирина Сергеевна']);
  await page.fill('#people-search', '');
  await page.selectOption('#people-role', 'mentees');
  assert.deepEqual(await names(), ['Соколова Ольга Викторовна']);
  // The need area of the v3 fixture's mentee (classroom, rated 5) finds her; another area not.
  await page.selectOption('#people-area', 'classroom');
  assert.deepEqual(await names(), ['Соколова Ольга Викторовна']);
  await page.selectOption('#people-area', 'exams');
  assert.deepEqual(await names(), []);
  await page.selectOption('#people-area', '');
  await page.selectOption('#people-role', 'all');
  const subjects = await page.$$eval('#people-subject option', (os) => os.map((o) => o.value).filter(Boolean));
  assert.ok(subjects.length > 0);
  await page.selectOption('#people-subject', subjects[0]);
  const env = await stored(page);
  const teaching = env.data.people.filter((p) => p.subjects.some((s) => s.toLowerCase() === subjects[0].toLowerCase()));
  assert.equal((await names()).length, teaching.length);
  await page.selectOption('#people-subject', '');
  await page.selectOption('#people-role', 'mentees');
  let v = await axeViolations(page);
  assert.deepEqual(v, [], JSON.stringify(v));

  // A mentor's additional agreement names them (art. 351.8 ТК РФ).
  await page.goto(url + '#/people/p2');
  await page.click('text=Дополнительное соглашение к трудовому договору о наставничестве');
  await page.waitForSelector('[data-testid=print-view] .doc');
  assert.match(await page.textContent('[data-testid=print-view]'), /и Белова Ирина Сергеевна, учитель математики \(далее — Работник\)/);

  await page.goto(url + '#/people/p1');
  await page.fill('#consent-processing-date', '2025-10-01');
  await page.click('[data-consent=processing] >> text=Отозвать');
  await page.waitForSelector('[data-testid=anonymize-offer]');
  assert.match(await page.textContent('[data-testid=consent-processing-state]'), /отозвано 01\.10\.2025/);
  v = await axeViolations(page);
  assert.deepEqual(v, [], JSON.stringify(v));
  await page.click('[data-testid=anonymize-offer] >> role=button[name="Обезличить"]');
  await page.waitForFunction(() => document.querySelector('[data-testid=person-name]').textContent === 'Участник 1');
  await waitSaved(page);
  const raw = await page.evaluate(() => localStorage.getItem('nastavnik:data'));
  for (const personal of ['Соколова', 'Ольга Викторовна', 'sokolova@', '1999-04-12']) {
    assert.ok(!raw.includes(personal), `${personal} is still stored`);
  }
  const p = JSON.parse(raw).data.people.find((x) => x.id === 'p1');
  assert.equal(p.mentee.answers.needs.classroom, 5, 'answers kept for statistics');
  assert.equal(p.anonymized, true);
  await page.goto(url + '#/stage/2');
  await page.waitForSelector('[data-testid=list-mentees] tr[data-person=p1].blocked');
  assert.deepEqual(errors, []);
  await context.close();
});

test('«Загрузить пример» fills an empty app, is marked, and is removed in one click', async () => {
  const { context, page, errors } = await openPage(browser);
  await loadExample(page, url);
  assert.equal(await page.textContent('[data-testid=school-name]'), 'ГБОУ СОШ № 96');
  await page.goto(url + '#/people');
  assert.match(await page.textContent('[data-testid=list-people] [role=status]'), /Показано 60 из 60/);
  await openApp(page, url + '#/stage/3');
  const mentors = await page.locator('[data-testid=list-mentors] tr[data-person]').count();
  assert.ok(mentors >= 8, `${mentors} mentors`);
  await page.waitForTimeout(600);
  await page.reload();
  await ready(page);
  assert.ok(await page.$('[data-testid=example-banner]'), 'still marked after a reload');
  await page.click('[data-testid=example-banner] >> role=button[name="Удалить пример"]');
  await page.waitForFunction(() => location.hash === '#/profile');
  assert.equal(await page.$('[data-testid=example-banner]'), null);
  assert.equal(await page.evaluate(() => localStorage.getItem('nastavnik:data')), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('stage 2: measures from the bank, the taxonomy edited, questionnaires printed blank and per person', async () => {
  const { context, page, errors } = await openPage(browser);
  await loadExample(page, url);
  await waitSaved(page);
  await page.goto(url + '#/stage/2');
  const env0 = await stored(page);
  const bank = env0.data.people.filter((p) => p.mentee);
  const answered = bank.filter((p) => p.mentee.answers).length;
  // The first measure counts the answered questionnaires of the bank.
  assert.match(
    await page.textContent('[data-testid=measures] li:first-child'),
    new RegExp(`анкеты заполнены: ${answered} из ${bank.length}`),
  );

  // The taxonomy: add an area, rename it; removing a rated area asks, then removes the ratings.
  await page.fill('#area-new', 'Проектная деятельность');
  await page.selectOption('#area-new-group', 'methodical');
  await page.click('role=button[name="Добавить область"]');
  await page.waitForSelector('li[data-area=a1]');
  await page.fill('#area-a1', 'Проектная и исследовательская деятельность');
  await page.press('#area-a1', 'Enter');
  await page.fill('#area-new', 'проектная и исследовательская деятельность');
  await page.click('role=button[name="Добавить область"]');
  assert.match(await page.textContent('[data-testid=taxonomy] [role=alert]'), /уже есть/);
  const rated = env0.data.people.filter((p) => p.mentee?.answers?.needs?.planning).length;
  assert.ok(rated > 0);
  await page.click('li[data-area=planning] >> role=button[name="Удалить"]');
  assert.match(await page.textContent('li[data-area=planning] .confirm'), new RegExp(`оценена в ${rated + env0.data.people.filter((p) => p.mentor?.answers?.strengths?.planning).length} анкет`));
  await page.click('li[data-area=planning] >> role=button[name="Удалить вместе с оценками"]');
  await page.waitForFunction(() => !document.querySelector('li[data-area=planning]'));
  await waitSaved(page);
  const env = await stored(page);
  assert.ok(!env.data.taxonomy.some((a) => a.id === 'planning'));
  assert.ok(env.data.people.every((p) => !p.mentee?.answers?.needs?.planning && !p.mentor?.answers?.strengths?.planning));
  assert.equal(env.data.taxonomy.find((a) => a.id === 'a1').title, 'Проектная и исследовательская деятельность');

  // The blank questionnaire lists the areas as they are now.
  await page.goto(url + '#/documents/mentee_questionnaire');
  const blank = await page.textContent('[data-testid=print-view]');
  assert.match(blank, /Проектная и исследовательская деятельность/);
  assert.doesNotMatch(blank, /Планирование и целеполагание/);
  // Per person: the card links to the filled questionnaire with their name and marks.
  const person = env.data.people.find((p) => p.mentee?.answers && Object.keys(p.mentee.answers.needs).length > 0);
  await page.goto(url + `#/people/${person.id}`);
  await page.click('role=link[name^="Анкета наставляемого"]');
  await page.waitForFunction((id) => location.hash === `#/documents/mentee_questionnaire/${id}`, person.id);
  const filled = await page.textContent('[data-testid=print-view]');
  assert.ok(filled.includes(person.full_name));
  assert.match(filled, /X/);
  assert.deepEqual(errors, []);
  await context.close();
});

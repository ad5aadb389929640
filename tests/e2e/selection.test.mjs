// Stage 4 «Отбор и обучение наставников» on the release build: the suggestion of pairs on the
// example school (capacities, threshold, pins, forbidden pairs, explanations), accepting it as
// pairs, a manual check, the trainings of mentors with attendance, and axe-core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useServer, openPage, ready, stored, waitSaved, axeViolations, loadExample,
} from './helpers.mjs';

let url;
let browser;
useServer((s) => ({ url, browser } = s));

/** The suggested pairs as the table shows them. */
async function suggested(page) {
  return page.$$eval('[data-testid=suggested] tbody tr', (rows) => rows.map((r) => ({
    mentor: r.dataset.mentor,
    mentee: r.dataset.mentee,
    score: Number(r.dataset.score),
    pinned: r.dataset.pinned === 'true',
  })));
}

/** Waits until the table shows a suggestion for which `ok(pairs)` holds. */
async function waitSuggestion(page, ok) {
  for (let i = 0; i < 100; i++) {
    const pairs = await suggested(page);
    if (pairs.length > 0 && ok(pairs)) return pairs;
    await page.waitForTimeout(50);
  }
  throw new Error(`no such suggestion: ${JSON.stringify(await suggested(page))}`);
}

const rowOf = (p) => `[data-testid=suggested] tr[data-mentor="${p.mentor}"][data-mentee="${p.mentee}"]`;

/** Every rule of a suggestion against the stored data. */
function checkSuggestion(data, pairs) {
  const person = (id) => data.people.find((p) => p.id === id);
  const used = {};
  const paired = new Set();
  for (const g of data.pairs.filter((g) => (g.status ?? 'active') === 'active')) {
    used[g.mentor] = (used[g.mentor] ?? 0) + g.mentees.length;
    g.mentees.forEach((m) => paired.add(m));
  }
  const load = {};
  const seen = new Set();
  for (const p of pairs) {
    const m = person(p.mentor);
    const e = person(p.mentee);
    assert.ok(m?.mentor?.answers && m.mentor.status === 'included', `${p.mentor} is an included mentor`);
    assert.ok(m.consents.mentoring && !m.consents.mentoring.withdrawn, `${p.mentor} consented to mentor`);
    assert.ok(e?.mentee?.answers && e.mentee.status === 'included', `${p.mentee} is an included mentee`);
    assert.ok(p.pinned || p.score >= data.matching.threshold, `${p.score} ≥ ${data.matching.threshold}`);
    assert.ok(p.score <= 100);
    assert.ok(!seen.has(p.mentee), `${p.mentee} once`);
    assert.ok(!paired.has(p.mentee), `${p.mentee} is not in a confirmed pair`);
    seen.add(p.mentee);
    load[p.mentor] = (load[p.mentor] ?? 0) + 1;
  }
  for (const [id, n] of Object.entries(load)) {
    const cap = person(id).mentor.answers.capacity;
    assert.ok((used[id] ?? 0) + n <= cap, `${id}: ${used[id] ?? 0} + ${n} ≤ ${cap}`);
  }
}

test('suggest, pin, forbid, re-run, accept; pairs and trainings survive a reload', async () => {
  const { context, page, errors } = await openPage(browser);
  await loadExample(page, url);
  await waitSaved(page);
  await page.goto(url + '#/stage/4');
  await page.waitForSelector('[data-testid=matching]');
  assert.match(await page.textContent('[data-testid=confirmed-pairs]'), /Утверждено пар: 0/);

  // The threshold: checked, stored.
  assert.equal(await page.inputValue('#match-threshold'), '40');
  await page.fill('#match-threshold', '150');
  await page.dispatchEvent('#match-threshold', 'change');
  assert.match(await page.textContent('[data-testid=matching] [role=alert]'), /Порог — целое число от 0 до 100/);
  await page.fill('#match-threshold', '45');
  await page.dispatchEvent('#match-threshold', 'change');
  await page.waitForFunction(() => !document.querySelector('[data-testid=matching] [role=alert]'));

  await page.click('[data-testid=run-matching]');
  let pairs = await waitSuggestion(page, () => true);
  assert.match(await page.textContent('[data-testid=match-time]'), /^Подбор занял \d+(,\d)? мс$/);
  assert.match(await page.textContent('[data-testid=match-summary]'), new RegExp(`Предложено пар: ${pairs.length} \\(закреплено: 0\\)`));
  await waitSaved(page);
  let env = await stored(page);
  assert.equal(env.data.matching.threshold, 45);
  checkSuggestion(env.data, pairs);
  assert.ok(pairs.length >= 3, `${pairs.length} pairs`);
  // The total is the sum of the scores.
  const total = pairs.reduce((s, p) => s + p.score, 0);
  assert.match(await page.textContent('[data-testid=match-summary]'), new RegExp(`сумма оценок: ${total}\\.`));

  // «Почему»: the explanation in Russian.
  await page.click(`${rowOf(pairs[0])} summary`);
  const why = await page.textContent(`${rowOf(pairs[0])} details`);
  assert.match(why, /Совпадение по \d+ из \d+ запрос|В анкете наставляемого нет запросов/);
  assert.match(why, /Запросы \d+ из 60, предмет \d+ из 15, опыт \d+ из 15/);
  assert.match(why, /Свободно мест у наставника: \d+ из \d+/);

  // Pin one, forbid another; both persist, and the next suggestion keeps them.
  const [pin, ban] = [pairs[0], pairs[1]];
  await page.click(`${rowOf(pin)} button:has-text("Закрепить")`);
  pairs = await waitSuggestion(page, (ps) => ps.some((p) => p.mentor === pin.mentor && p.mentee === pin.mentee && p.pinned));
  assert.equal(await page.getAttribute(`${rowOf(pin)} button:has-text("Закрепить")`, 'aria-pressed'), 'true');
  await page.click(`${rowOf(ban)} button:has-text("Исключить пару")`);
  pairs = await waitSuggestion(page, (ps) => !ps.some((p) => p.mentor === ban.mentor && p.mentee === ban.mentee));
  assert.ok(pairs.some((p) => p.mentor === pin.mentor && p.mentee === pin.mentee && p.pinned), 'the pinned pair is still there');
  assert.equal(await page.locator(`[data-testid=forbidden] li[data-mentor="${ban.mentor}"][data-mentee="${ban.mentee}"]`).count(), 1);
  await waitSaved(page);
  env = await stored(page);
  assert.deepEqual(env.data.matching.pinned, [[pin.mentor, pin.mentee]]);
  assert.deepEqual(env.data.matching.forbidden, [[ban.mentor, ban.mentee]]);
  checkSuggestion(env.data, pairs);

  // A manual check: the forbidden pair is still explained; a mentee without consent is not.
  await page.selectOption('#check-mentor', ban.mentor);
  await page.selectOption('#check-mentee', ban.mentee);
  assert.match(await page.textContent('[data-testid=check-result]'), /Оценка: \d+ из 100/);
  const blocked = env.data.people.find((p) => p.mentee && !p.consents.processing);
  assert.ok(blocked, 'the example has a mentee without consent');
  await page.selectOption('#check-mentee', blocked.id);
  const check = await page.textContent('[data-testid=check-result]');
  assert.match(check, /Пару сформировать нельзя/);
  assert.match(check, /нет согласия на обработку персональных данных/);

  // Accept: one pair per mentee, all at once.
  await page.click('[data-testid=accept-matching]');
  await page.waitForSelector('[data-testid=notice]');
  assert.match(await page.textContent('[data-testid=notice]'), new RegExp(`Сформировано пар: ${pairs.length}\\.`));
  assert.match(await page.textContent('[data-testid=confirmed-pairs]'), new RegExp(`Утверждено пар: ${pairs.length}\\.`));
  assert.equal(await page.getAttribute('[data-testid=confirmed-pairs] a', 'href'), '#/stage/5');
  await waitSaved(page);
  await page.reload();
  await ready(page);
  await page.waitForSelector('[data-testid=matching]');
  assert.match(await page.textContent('[data-testid=confirmed-pairs]'), new RegExp(`Утверждено пар: ${pairs.length}\\.`));
  env = await stored(page);
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  // The end of the school year the pair starts in (31 May), kept within 3 to 12 months.
  const expectedEnd = (() => {
    const [y, m, d] = today.split('-').map(Number);
    const iso = (yy, mm, dd) => `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
    const plus = (months) => {
      const t = y * 12 + (m - 1) + months;
      const yy = Math.floor(t / 12);
      const mm = (t % 12) + 1;
      const last = new Date(yy, mm, 0).getDate();
      return iso(yy, mm, Math.min(d, last));
    };
    let end = iso(2026, 5, 31);
    while (end < today) end = iso(Number(end.slice(0, 4)) + 1, 5, 31);
    if (end < plus(3)) return plus(3);
    if (end > plus(12)) return plus(12);
    return end;
  })();
  assert.equal(env.data.pairs.length, pairs.length);
  for (const p of pairs) {
    const g = env.data.pairs.find((g) => g.mentor === p.mentor && g.mentees[0] === p.mentee);
    assert.ok(g, `pair ${p.mentor}–${p.mentee} stored`);
    assert.equal(g.mentees.length, 1);
    assert.equal(g.start, today);
    assert.equal(g.end, expectedEnd, 'accepting sets the end of the school year');
    assert.ok(g.form === 'traditional' || env.data.profile.forms.includes(g.form), g.form);
    assert.notEqual(g.form, 'group');
    assert.ok(g.program.tasks.length > 0 || g.program.goal);
  }
  assert.deepEqual(env.data.matching.pinned, [], 'the pin became a pair');
  const confirmed = JSON.stringify(env.data.pairs);

  // A new suggestion leaves the confirmed pairs alone.
  await page.fill('#match-threshold', '0');
  await page.dispatchEvent('#match-threshold', 'change');
  await page.click('[data-testid=run-matching]');
  await page.waitForSelector('[data-testid=match-time]');
  await waitSaved(page);
  env = await stored(page);
  checkSuggestion(env.data, await suggested(page));
  assert.equal(JSON.stringify(env.data.pairs), confirmed);

  // The accepted pairs at work: edit one, tick its ПНП, and the order lists exactly them.
  const first = env.data.pairs[0];
  await page.goto(url + `#/pairs/${first.id}`);
  await page.waitForSelector('[data-testid=program-progress]');
  await page.fill('#pair-end', '2027-05-31');
  await page.dispatchEvent('#pair-end', 'change');
  await page.check('#t0-i0-done');
  await page.waitForFunction(() => document.querySelector('[data-testid=program-progress]').textContent.startsWith('Выполнено 1 из'));
  await waitSaved(page);
  await page.reload();
  await ready(page);
  await page.waitForSelector('[data-testid=program-progress]');
  assert.equal(await page.isChecked('#t0-i0-done'), true);
  assert.equal(await page.inputValue('#pair-end'), '2027-05-31');
  await page.goto(url + '#/documents/order_pairs');
  await page.waitForSelector('[data-testid=print-view] .doc');
  env = await stored(page);
  const rows = await page.$$eval('[data-testid=print-view] table tr', (trs) => trs.slice(1).map((tr) => tr.textContent));
  assert.equal(rows.length, env.data.pairs.length, 'one row per pair');
  for (const g of env.data.pairs) {
    const mentor = env.data.people.find((p) => p.id === g.mentor).full_name;
    const mentee = env.data.people.find((p) => p.id === g.mentees[0]).full_name;
    assert.ok(rows.some((r) => r.includes(mentor) && r.includes(mentee)), `${mentor} — ${mentee}`);
  }
  await page.goto(url + '#/stage/4');
  await page.waitForSelector('[data-testid=matching]');

  // Trainings: a missing topic is refused; an event with attendance is kept.
  const mentor = env.data.people.find((p) => p.mentor?.status === 'included');
  await page.fill('#training-date', '2026-09-20');
  await page.click('role=button[name="Добавить мероприятие"]');
  assert.match(await page.textContent('[data-testid=trainings] [role=alert]'), /Укажите тему мероприятия/);
  await page.selectOption('#training-kind', 'seminar');
  await page.fill('#training-topic', 'Роль наставника в адаптации молодого педагога');
  await page.fill('#training-materials', 'Методические рекомендации Минпросвещения России\nhttps://example.org/pamyatka.pdf');
  await page.click('role=button[name="Добавить мероприятие"]');
  await page.waitForSelector('[data-testid=trainings] li.training');
  assert.match(await page.textContent('li.training h3'), /20\.09\.2026 — семинар: Роль наставника/);
  await page.check(`#att-t1-${mentor.id}`);
  await page.waitForFunction(() => /Посещение: 1 из/.test(document.querySelector('li.training legend').textContent));
  await waitSaved(page);
  await page.reload();
  await ready(page);
  await page.waitForSelector('li.training');
  assert.ok(await page.isChecked(`#att-t1-${mentor.id}`));
  assert.equal(await page.locator('li.training .materials li').count(), 2);
  env = await stored(page);
  assert.deepEqual(env.data.trainings, [{
    id: 't1',
    kind: 'seminar',
    date: '2026-09-20',
    topic: 'Роль наставника в адаптации молодого педагога',
    materials: 'Методические рекомендации Минпросвещения России\nhttps://example.org/pamyatka.pdf',
    attended: [mentor.id],
  }]);

  // Readiness in the mentor bank and on the card.
  await page.goto(url + '#/stage/3');
  await page.waitForSelector(`[data-testid=list-mentors] tr[data-person="${mentor.id}"]`);
  assert.match(await page.textContent(`[data-testid=list-mentors] tr[data-person="${mentor.id}"]`), /обучение: 1 мероприятие/);
  await page.goto(url + `#/people/${mentor.id}`);
  assert.match(await page.textContent('[data-testid=trainings-attended]'), /посещено 1 мероприятие/);

  // Deleting a mentor who is referenced: refused with the references, then done with them.
  await page.click('role=button[name="Удалить педагога…"]');
  await page.click('.danger-zone >> role=button[name="Удалить"]');
  assert.match(await page.textContent('.danger-zone [role=alert]'), /посещение обучения наставников: 1 мероприятие/);
  await page.click('role=button[name="Удалить вместе с этими записями"]');
  await page.waitForFunction(() => location.hash === '#/people');
  await waitSaved(page);
  env = await stored(page);
  assert.ok(!env.data.people.some((p) => p.id === mentor.id));
  assert.deepEqual(env.data.trainings[0].attended, []);
  assert.ok(!env.data.pairs.some((g) => g.mentor === mentor.id));
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe-core: no serious or critical violation on stage 4 with a suggestion and a training', async () => {
  const { context, page, errors } = await openPage(browser);
  await loadExample(page, url);
  await page.goto(url + '#/stage/4');
  await page.click('[data-testid=run-matching]');
  const pairs = await waitSuggestion(page, () => true);
  await page.click(`${rowOf(pairs[0])} summary`);
  await page.click(`${rowOf(pairs[1])} button:has-text("Исключить пару")`);
  await waitSuggestion(page, (ps) => !ps.some((p) => p.mentor === pairs[1].mentor && p.mentee === pairs[1].mentee));
  await page.selectOption('#check-mentor', pairs[0].mentor);
  await page.selectOption('#check-mentee', pairs[0].mentee);
  await page.fill('#training-topic', 'Установочная сессия');
  await page.click('role=button[name="Добавить мероприятие"]');
  await page.waitForSelector('li.training');
  const v = await axeViolations(page);
  assert.deepEqual(v, [], v.map((x) => `${x.impact} ${x.id}: ${x.help} — ${x.nodes.join(', ')}`).join('\n'));
  assert.deepEqual(errors, []);
  await context.close();
});

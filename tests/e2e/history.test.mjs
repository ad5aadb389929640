// The history of the school's years (#16, part 2) on the release build. A coordinator starts
// from an empty browser and loads an archive file with two past years
// (tests/fixtures/archive-history.json: the v5 school with two past years made from copies
// of it; written and kept in step by the host test
// `domain::history::tests::the_history_fixture_is_the_three_years_school_and_the_archive_reads_it`,
// rewrite it with `NASTAVNIK_WRITE_FIXTURES=1 cargo test --lib history_fixture`). The report
// screen, the «Справка» DOCX, the published info.json, #/info and the standalone page show the
// years side by side; every figure checked here is computed below from the archive file
// itself. axe-core on each, the public section in both display modes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  useServer, openPage, openApp, openWithArchive, replaceData, axeViolations, fixture, FIXTURES_DIR,
  describeViolations as describe,
} from './helpers.mjs';

const files = {};
let url;
let browser;
useServer((s) => ({ url, browser } = s), { files });

const FILE = path.join(FIXTURES_DIR, 'archive-history.json');
const ENV = JSON.parse(fs.readFileSync(FILE, 'utf8'));

/** The years of the archive, oldest first, the current one last. */
const YEARS = [
  ...ENV.data.past_years.map((p) => ({ label: p.label, data: p.data })),
  { label: ENV.data.profile.academic_year, data: ENV.data },
];

/** The names of the forms the fixture uses, as the app writes them. */
const FORM_LABELS = {
  traditional: 'традиционная форма наставничества («один на один»)',
  group: 'наставничество в группе',
  virtual: 'виртуальное (дистанционное) наставничество',
};

const tenths = (t) => `${Math.floor(t / 10)},${t % 10}`;

/** The figures of a year's data, counted here from the file. */
function figures(d) {
  const included = (role) => role?.status === 'included';
  const participants = d.people.filter((p) => included(p.mentee) || included(p.mentor)).length;
  const live = (d.pairs ?? []).filter((g) => g.status !== 'terminated');
  const byForm = {};
  for (const g of live) byForm[g.form] = (byForm[g.form] ?? 0) + 1;
  const plans = live
    .map((g) => (g.program?.tasks ?? []).flatMap((t) => t.items ?? []))
    .filter((items) => items.length > 0);
  // Satisfaction of the mentees: the last final round, else the last round; every mark
  // brought to 10 points, in tenths, the mean rounded half up.
  const m = d.monitoring ?? {};
  const last = (rs) => rs.reduce((a, b) => (a === null || b.date >= a.date ? b : a), null);
  const rounds = m.rounds ?? [];
  const round = last(rounds.filter((r) => r.kind === 'final')) ?? last(rounds);
  let sum = 0;
  let n = 0;
  for (const r of (m.responses ?? []).filter((x) => round && x.audience === 'mentee' && x.round === round.id)) {
    for (const [q, v] of Object.entries(r.answers)) {
      const question = (m.mentee_questions ?? []).find((x) => x.id === q);
      if (question && v >= 1 && v <= question.scale) {
        sum += Math.floor((v * 100) / question.scale);
        n += 1;
      }
    }
  }
  return {
    participants,
    pairs: live.filter((g) => g.mentees.length === 1).length,
    groups: live.filter((g) => g.mentees.length > 1).length,
    byForm,
    programs: plans.length,
    done: plans.filter((items) => items.every((i) => i.done)).length,
    satisfaction: n > 0 ? Math.floor((sum * 2 + n) / (n * 2)) : null,
  };
}

const FIGURES = YEARS.map((y) => figures(y.data));

/** The table the app must show: header and rows (name → a value per year). */
function expected() {
  const headers = ['Показатель', ...YEARS.map((y, i) => (i === YEARS.length - 1 ? `${y.label} (текущий)` : y.label))];
  const rows = {
    'Участников системы наставничества (в банках)': FIGURES.map((f) => String(f.participants)),
    'Наставнических пар / групп': FIGURES.map((f) => `${f.pairs} / ${f.groups}`),
    'ПНП выполнены полностью': FIGURES.map((f) => (f.programs ? `${f.done} из ${f.programs}` : 'нет планов')),
    'Удовлетворённость наставляемых (из 10)': FIGURES.map((f) => (f.satisfaction === null ? 'нет данных' : tenths(f.satisfaction))),
  };
  for (const form of new Set(FIGURES.flatMap((f) => Object.keys(f.byForm)))) {
    assert.ok(FORM_LABELS[form], `a form the test knows: ${form}`);
    rows[`В т. ч. ${FORM_LABELS[form]}`] = FIGURES.map((f) => String(f.byForm[form] ?? 0));
  }
  return { headers, rows };
}

/** The history table inside `scope`, as the page shows it. */
async function readTable(page, scope) {
  return page.locator(`${scope} table.history-table`).evaluate((t) => ({
    caption: t.querySelector('caption').textContent.trim(),
    headers: [...t.querySelectorAll('thead th')].map((th) => th.textContent.trim()),
    rows: Object.fromEntries([...t.querySelectorAll('tbody tr')].map((tr) => [
      tr.querySelector('th').textContent.trim(),
      [...tr.querySelectorAll('td')].map((td) => td.textContent.trim()),
    ])),
  }));
}

/** Checks the table and the charts inside `scope` against the archive. */
async function checkHistory(page, scope) {
  const shown = await readTable(page, scope);
  const want = expected();
  assert.equal(shown.caption, 'Показатели по учебным годам');
  assert.deepEqual(shown.headers, want.headers);
  for (const [name, values] of Object.entries(want.rows)) {
    assert.deepEqual(shown.rows[name], values, name);
  }
  // The years differ, so a mix-up of years would show.
  assert.notEqual(FIGURES[0].participants, FIGURES[2].participants);
  assert.equal(FIGURES[0].satisfaction, null);
  assert.notEqual(FIGURES[1].satisfaction, FIGURES[2].satisfaction);
  // The charts: images named by their title, every value written out with its series.
  const charts = page.locator(`${scope} [data-testid=history-chart] svg[role=img]`);
  assert.ok((await charts.count()) >= 2, 'counts and satisfaction charts');
  const first = await charts.first().evaluate((svg) => ({
    title: svg.querySelector('title').textContent,
    texts: [...svg.querySelectorAll('text')].map((t) => t.textContent),
  }));
  assert.equal(first.title, 'Участники, пары и группы, выполненные ПНП по учебным годам');
  YEARS.forEach((y, i) => {
    assert.ok(first.texts.includes(y.label), y.label);
    assert.ok(first.texts.includes(`${FIGURES[i].participants} — участников`), `${y.label}: participants`);
    assert.ok(first.texts.includes(`${FIGURES[i].pairs + FIGURES[i].groups} — пар и групп`), `${y.label}: pairs`);
  });
  const satisfaction = await charts.nth(1).evaluate((svg) => [...svg.querySelectorAll('text')].map((t) => t.textContent));
  YEARS.forEach((y, i) => {
    const s = FIGURES[i].satisfaction;
    assert.equal(satisfaction.includes(y.label), s !== null, `${y.label} in the satisfaction chart only with answers`);
    if (s !== null) assert.ok(satisfaction.includes(tenths(s)), `${y.label}: ${tenths(s)}`);
  });
}

/** The downloads a click starts, by file name. */
async function downloadsOf(page, click, count) {
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  await page.click(click);
  for (let i = 0; i < 100 && downloads.length < count; i++) await page.waitForTimeout(100);
  const out = {};
  for (const d of downloads) out[d.suggestedFilename()] = fs.readFileSync(await d.path());
  return out;
}

test('from an empty browser, an archive with two past years: the report shows the years side by side', async () => {
  const { context, page, errors } = await openPage(browser);
  await replaceData(page, url, FILE);
  await openApp(page, url + '#/stage/6');
  const scope = '[data-testid=municipal-report] [data-testid=history]';
  await page.waitForSelector(`${scope} table.history-table`);
  await checkHistory(page, scope);
  // The «Справка» DOCX has the table (its zip stores the XML as it is).
  const got = await downloadsOf(page, '[data-testid=report-docx]', 1);
  const docx = Object.entries(got).find(([name]) => name.endsWith('.docx'));
  assert.ok(docx, Object.keys(got).join(', '));
  assert.ok(docx[1].includes(Buffer.from('Показатели по учебным годам')), 'the section in the DOCX');
  for (const y of YEARS) assert.ok(docx[1].includes(Buffer.from(y.label)), `${y.label} in the DOCX`);
  const v = await axeViolations(page);
  assert.deepEqual(v, [], `#/stage/6:\n${describe(v)}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a school with one year sees no history', async () => {
  const { context, page, errors } = await openWithArchive(browser, fixture('archive-v5.json'));
  await openApp(page, url + '#/stage/6');
  await page.waitForSelector('[data-testid=municipal-report]');
  assert.equal(await page.locator('[data-testid=history]').count(), 0);
  assert.equal(await page.locator('table.history-table').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('published: info.json carries the years, #/info and nastavnik-info.html show them; axe-core in both modes', async () => {
  const { context, page, errors } = await openPage(browser);
  await replaceData(page, url, FILE);
  await openApp(page, url + '#/publish');
  await page.waitForSelector('[data-testid=publish-preview] .ni table.history-table');
  const got = await downloadsOf(page, '[data-testid=publish]', 2);
  const info = JSON.parse(got['info.json'].toString('utf8'));
  const html = got['nastavnik-info.html'].toString('utf8');
  assert.equal(info.version, 1, 'a new optional field: the format version stays');
  assert.deepEqual(
    info.info.history.map(({ academic_year: year, figures: f }) => [year, f.participants, f.pairs, f.groups, f.programs_done, f.satisfaction_mentees ?? null]),
    YEARS.map((y, i) => [y.label, FIGURES[i].participants, FIGURES[i].pairs, FIGURES[i].groups, FIGURES[i].done, FIGURES[i].satisfaction]),
  );
  // Figures only: no teacher's name, phone or e-mail of any year.
  const history = JSON.stringify(info.info.history);
  for (const y of YEARS) {
    for (const p of y.data.people) {
      for (const value of [p.full_name, p.phone, p.email].filter((x) => x && x.length > 3)) {
        assert.ok(!history.includes(value), `${p.id}: ${value}`);
      }
    }
  }

  // #/info for a visitor, in a fresh browser.
  files['info.json'] = JSON.stringify(info);
  const visitor = await openPage(browser);
  await visitor.page.goto(url + '#/info');
  const scope = '[data-testid=public-section] [aria-labelledby=ni-history]';
  await visitor.page.waitForSelector(`${scope} table.history-table`, { timeout: 15000 });
  await checkHistory(visitor.page, scope);
  let v = await axeViolations(visitor.page);
  assert.deepEqual(v, [], `#/info:\n${describe(v)}`);
  await visitor.page.click('[data-testid=low-vision]');
  assert.ok(await visitor.page.isChecked('#ni-lv'));
  v = await axeViolations(visitor.page);
  assert.deepEqual(v, [], `#/info, low vision:\n${describe(v)}`);
  await visitor.page.setViewportSize({ width: 375, height: 740 });
  v = await axeViolations(visitor.page);
  assert.deepEqual(v, [], `#/info, low vision on a phone:\n${describe(v)}`);
  assert.ok(await visitor.page.evaluate(() => document.documentElement.scrollWidth <= 375), 'no sideways scrolling of the page');
  assert.equal(await visitor.page.evaluate(() => localStorage.length), 0);
  assert.deepEqual(visitor.errors, []);
  await visitor.context.close();
  delete files['info.json'];

  // The standalone page, scripts off: the table and the charts are there.
  assert.ok(!/<script/i.test(html), 'no scripts in the page');
  files['nastavnik-info.html'] = html;
  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1366, height: 768 } });
  const plain = await noJs.newPage();
  await plain.goto(url + 'nastavnik-info.html');
  await checkHistory(plain, '[aria-labelledby=ni-history]');
  await noJs.close();
  // axe-core (it needs scripts itself) in both modes.
  await page.goto(url + 'nastavnik-info.html');
  v = await axeViolations(page);
  assert.deepEqual(v, [], `standalone page:\n${describe(v)}`);
  await page.click('label[for=ni-lv]');
  assert.ok(await page.isChecked('#ni-lv'));
  v = await axeViolations(page);
  assert.deepEqual(v, [], `standalone page, low vision:\n${describe(v)}`);
  delete files['nastavnik-info.html'];
  assert.deepEqual(errors, []);
  await context.close();
});

// Issue 16, parts 3–5 on the release build:
// - a coordinator, from an empty browser, loads the school's archive and downloads the report
//   for the municipality (a PII-free JSON) and the «Справка» DOCX, which LibreOffice opens;
// - a municipal methodist opens #/rollup (no storage read or written), drops 30 generated
//   schools' report files and 2 broken ones: every figure of the totals is checked against a
//   computation made here from the files; the CSV, the XLSX (read by openpyxl) and the DOCX
//   (through LibreOffice) carry the same totals; no name, phone or e-mail of a school's people;
// - «Версия для слабовидящих» on #/info: large type and high contrast, axe-core in both modes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  useServer, openPage, axeViolations, generateReports as generate, fixture, tempDir, openApp,
  openWithArchive, replaceData,
  describeViolations as describe,
} from './helpers.mjs';

/** A Python with openpyxl: scripts/setup.sh names it; else the first of PATH's and Debian's. */
function python() {
  if (process.env.NASTAVNIK_PYTHON) return process.env.NASTAVNIK_PYTHON;
  const ok = (p) => spawnSync(p, ['-c', 'import openpyxl']).status === 0;
  return ['python3', '/usr/bin/python3'].find(ok) || 'python3';
}

const files = {};
let url;
let browser;
useServer((s) => ({ url, browser } = s), { files });

const tmp = tempDir('nastavnik-rollup-');
const V5 = fixture('archive-v5.json');
const INFO = fixture('info-v1.json');


const tenths = (v) => `${Math.floor(v / 10)},${v % 10}`;
const meanTenths = (xs) => Math.floor((xs.reduce((a, b) => a + b, 0) * 2 + xs.length) / (2 * xs.length));
const num = (v) => String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

test('a coordinator downloads the report for the municipality: PII-free JSON and the «Справка» DOCX', async () => {
  const { context, page, errors } = await openPage(browser);
  const archive = path.join(tmp, 'archive-v5.json');
  fs.writeFileSync(archive, V5);
  await replaceData(page, url, archive);
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=report-json]')]);
  assert.match(json.suggestedFilename(), /^nastavnik-report-.+-2025-2026\.json$/);
  const text = fs.readFileSync(await json.path(), 'utf8');
  const report = JSON.parse(text);
  assert.equal(report.format, 'nastavnik-report');
  assert.equal(report.version, 1);
  assert.ok(report.report.figures.pairs + report.report.figures.groups > 0);
  // No person of the school in it.
  const data = JSON.parse(V5).data;
  for (const p of data.people) {
    for (const v of [p.full_name, p.full_name.split(' ')[0], p.phone, p.email].filter((x) => x && x.length > 3)) {
      assert.ok(!text.includes(v), `«${v}» in the report`);
    }
  }
  for (const v of [data.profile.director.full_name, data.profile.coordinator.full_name, data.profile.coordinator.email]) {
    if (v) assert.ok(!text.includes(v), `«${v}» in the report`);
  }
  fs.writeFileSync(path.join(tmp, 'school-report.json'), text);
  // The справка through LibreOffice.
  const [docx] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=report-docx]')]);
  const file = path.join(tmp, 'spravka.docx');
  await docx.saveAs(file);
  execFileSync('soffice', [
    `-env:UserInstallation=file://${tmp}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, file,
  ], { stdio: 'ignore', timeout: 240000 });
  const pdf = execFileSync('pdftotext', ['-layout', path.join(tmp, 'spravka.pdf'), '-']).toString().replace(/\s+/g, ' ');
  assert.match(pdf, /СПРАВКА/);
  assert.match(pdf, /о реализации системы \(целевой модели\) наставничества педагогических работников в 2025\/2026 учебном году/);
  assert.match(pdf, /Мониторинг проведён/);
  assert.ok(pdf.includes(`Педагогов в реестре ${report.report.figures.teachers}`), pdf.slice(0, 800));
  assert.deepEqual(errors, []);
  await context.close();
});

test('#/rollup: 30 schools and 2 broken files, figures checked against the files, exports, nothing personal', async () => {
  const schools = generate(30);
  const dir = path.join(tmp, 'reports');
  fs.mkdirSync(dir, { recursive: true });
  const paths = schools.map((s) => {
    const p = path.join(dir, s.name);
    fs.writeFileSync(p, s.text);
    return p;
  });
  const broken = path.join(dir, 'сломанный.json');
  fs.writeFileSync(broken, schools[0].text.slice(0, 200));
  const archive = path.join(dir, 'nastavnik-archive.json');
  fs.writeFileSync(archive, V5);
  const { context, page, errors } = await openPage(browser);
  await page.goto(url + '#/rollup');
  await page.waitForSelector('.rollup-page');
  assert.equal(await page.title(), 'Сводка по школам — Наставник');
  await page.setInputFiles('[data-testid=rollup-input]', [...paths, broken, archive]);
  await page.waitForSelector('[data-testid=rollup-table]');
  console.log(`# ${await page.textContent('[data-testid=rollup-timing]')}`);
  assert.equal(await page.locator('[data-testid=rollup-row]').count(), 30);
  const problems = await page.locator('[data-testid=rollup-problem]').allTextContents();
  assert.equal(problems.length, 2, problems.join('\n'));
  assert.match(problems[0], /сломанный\.json: Файл отчёта обрывается/);
  assert.match(problems[1], /nastavnik-archive\.json: Это архив школы.*персональными/);

  // The totals, computed here from the files.
  const g = schools.map((s) => s.file.report.figures);
  const sum = (f) => g.reduce((a, x) => a + f(x), 0);
  const headers = await page.locator('[data-testid=rollup-table] thead th').allTextContents();
  const total = await page.locator('[data-testid=rollup-total] td').allTextContents();
  const mean = await page.locator('[data-testid=rollup-mean] td').allTextContents();
  const col = (label) => {
    const i = headers.indexOf(label) - 1;
    assert.ok(i >= 0, label);
    return i;
  };
  assert.equal(total[col('Педагогов')], num(sum((x) => x.teachers)));
  assert.equal(total[col('Участников (в банках)')], num(sum((x) => x.participants)));
  assert.equal(total[col('Наставников в парах')], num(sum((x) => x.mentors)));
  assert.equal(total[col('Наставляемых в парах')], num(sum((x) => x.mentees)));
  assert.equal(total[col('Пар и групп')], num(sum((x) => x.pairs + x.groups)));
  assert.equal(total[col('ПНП выполнено полностью')], num(sum((x) => x.programs_done)));
  assert.equal(total[col('Лучших практик')], num(sum((x) => x.best_practices)));
  const monitored = g.filter((x) => x.round && x.responses_mentees + x.responses_mentors > 0);
  assert.equal(total[col('Мониторинг проведён')], `${monitored.length} из 30`);
  const sat = g.filter((x) => x.satisfaction_mentees).map((x) => x.satisfaction_mentees);
  assert.equal(mean[col('Удовлетворённость наставляемых (из 10)')], tenths(meanTenths(sat)));
  assert.equal(mean[col('Педагогов')], tenths(Math.round((sum((x) => x.teachers) * 10) / 30)));
  assert.equal(mean[col('Дорожная карта, %')], `${tenths(meanTenths(g.map((x) => x.roadmap)))} %`);
  // The lagging schools: no pairs, or no monitoring.
  const lag = schools
    .filter((s) => s.file.report.figures.pairs + s.file.report.figures.groups === 0 || !monitored.includes(s.file.report.figures))
    .map((s) => s.file.report.school.short_name)
    .sort();
  const shown = await page.locator('[data-testid=rollup-lag] strong').allTextContents();
  assert.deepEqual(shown, lag);
  assert.equal(await page.locator('.rollup-charts svg').count(), 4);

  // CSV: BOM, «;», the same total.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=rollup-csv]')]);
  const csvBytes = fs.readFileSync(await csv.path());
  assert.deepEqual([...csvBytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const lines = csvBytes.toString('utf8').slice(1).split('\r\n').map((l) => l.split(';'));
  const head = lines[0];
  const itogo = lines.find((l) => l[0] === 'Итого');
  assert.equal(itogo[head.indexOf('Педагогов')], String(sum((x) => x.teachers)));
  assert.equal(lines.filter((l) => l[2] === '2025/2026').length, 30);

  // XLSX, read by an independent reader (openpyxl).
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=rollup-xlsx]')]);
  const xlsxFile = path.join(tmp, 'svodka.xlsx');
  await xlsx.saveAs(xlsxFile);
  const rows = JSON.parse(execFileSync(python(), ['-c', `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
print(json.dumps([[c for c in r] for r in ws.iter_rows(values_only=True)]))
`, xlsxFile]).toString());
  assert.deepEqual(rows[0], head);
  const xTotal = rows.find((r) => r[0] === 'Итого');
  assert.equal(xTotal[head.indexOf('Пар и групп')], sum((x) => x.pairs + x.groups));
  const xMean = rows.find((r) => r[0] === 'Среднее по школам');
  assert.equal(xMean[head.indexOf('Удовлетворённость наставляемых (из 10)')], meanTenths(sat) / 10);

  // DOCX through LibreOffice.
  const [docx] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=rollup-docx]')]);
  const docxFile = path.join(tmp, 'svodka.docx');
  await docx.saveAs(docxFile);
  execFileSync('soffice', [
    `-env:UserInstallation=file://${tmp}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, docxFile,
  ], { stdio: 'ignore', timeout: 240000 });
  const pdf = execFileSync('pdftotext', ['-layout', path.join(tmp, 'svodka.pdf'), '-']).toString().replace(/\s+/g, ' ');
  assert.match(pdf, /СВОДКА/);
  assert.match(pdf, /по отчётам 30 образовательных организаций/);
  assert.ok(pdf.includes(`Педагогов ${num(sum((x) => x.teachers)).replace('\u00a0', ' ')}`), pdf.slice(0, 600));
  assert.match(pdf, /сломанный\.json/);

  // Drag and drop: the school's published info.json joins the roll-up (its aggregates only),
  // then the same school's report (made in the test above) replaces it.
  const drop = (name, text) => page.evaluate(([n, t]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], n, { type: 'application/json' }));
    const zone = document.querySelector('[data-testid=rollup-drop]');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [name, text]);
  await drop('info.json', INFO);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=rollup-row]').length === 31);
  const infoRow = page.locator('[data-testid=rollup-row]', { hasText: 'ГБОУ СОШ № 96' });
  assert.equal((await infoRow.locator('td').allTextContents())[col('Педагогов')], '—', 'info.json does not say');
  await drop('school-report.json', fs.readFileSync(path.join(tmp, 'school-report.json'), 'utf8'));
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=rollup-row] td')].length === 31 * 16
    && ![...document.querySelectorAll('[data-testid=rollup-row]')].some((r) => r.textContent.includes('ГБОУ СОШ № 96') && r.querySelector('td').textContent === '—'));
  assert.equal(await page.locator('[data-testid=rollup-row]').count(), 31);
  assert.equal(await page.locator('[data-testid=rollup-problem]').count(), 2, 'the report replaced the info.json');

  // Nothing personal: the schools' people (the v5 school's report and the info.json, whose
  // coordinator is named in it) appear nowhere on the page or in the exports.
  const [csv2] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=rollup-csv]')]);
  const everything = [await page.textContent('body'), fs.readFileSync(await csv2.path(), 'utf8')].join('\n');
  const data = JSON.parse(V5).data;
  const info = JSON.parse(INFO).info;
  const personal = [
    ...data.people.flatMap((p) => [p.full_name, p.phone, p.email]),
    data.profile.director.full_name, data.profile.coordinator.full_name, data.profile.coordinator.phone,
    info.coordinator?.full_name, info.coordinator?.phone, info.coordinator?.email,
    ...(info.people ?? []).map((p) => p.name),
  ].filter((v) => v && v.length > 3);
  assert.ok(personal.length > 60);
  for (const v of personal) assert.ok(!everything.includes(v), `«${v}» in the roll-up`);

  // The route never touched the storage.
  const { origins } = await context.storageState();
  assert.deepEqual(origins.flatMap((o) => o.localStorage), []);
  const v = await axeViolations(page);
  assert.deepEqual(v, [], `#/rollup:\n${describe(v)}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('«Версия для слабовидящих» on #/info: large type, black on white, axe-core in both modes', async () => {
  files['info.json'] = INFO;
  const { context, page } = await openPage(browser);
  await page.goto(url + '#/info');
  await page.waitForSelector('[data-testid=public-section]');
  const style = () => page.evaluate(() => {
    const p = document.querySelector('.ni-in p.ni-lead, .ni-in p');
    const s = getComputedStyle(p);
    return { size: parseFloat(s.fontSize), color: s.color, bg: getComputedStyle(document.querySelector('.ni-in')).backgroundColor };
  });
  const before = await style();
  let v = await axeViolations(page);
  assert.deepEqual(v, [], `normal:\n${describe(v)}`);
  await page.click('[data-testid=low-vision]');
  assert.ok(await page.isChecked('#ni-lv'));
  const after = await style();
  assert.ok(after.size >= 24 && after.size > before.size * 1.3, `${before.size} → ${after.size}`);
  assert.equal(after.color, 'rgb(0, 0, 0)');
  assert.equal(after.bg, 'rgb(255, 255, 255)');
  assert.equal(await page.locator('.ni-bar').first().isVisible(), false, 'decorative bars hidden');
  assert.equal(await page.locator('.ni-lv-off').textContent(), 'Обычная версия');
  assert.ok(await page.locator('.ni-lv-off').isVisible());
  v = await axeViolations(page);
  assert.deepEqual(v, [], `low vision:\n${describe(v)}`);
  await page.setViewportSize({ width: 375, height: 740 });
  v = await axeViolations(page);
  assert.deepEqual(v, [], `low vision on a phone:\n${describe(v)}`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375), 'no sideways scrolling');
  // The keyboard reaches the switch and turns it back.
  await page.focus('#ni-lv');
  await page.keyboard.press('Space');
  assert.equal(await page.isChecked('#ni-lv'), false);
  delete files['info.json'];
  await context.close();
});

test('«Версия для слабовидящих» in the standalone nastavnik-info.html: no script, axe-core in both modes', async () => {
  const { context, page, errors } = await openWithArchive(browser, V5);
  await openApp(page, url + '#/publish');
  await page.waitForSelector('[data-testid=publish-preview] .ni');
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  await page.click('[data-testid=publish]');
  for (let i = 0; i < 100 && downloads.length < 2; i++) await page.waitForTimeout(100);
  const html = fs.readFileSync(await downloads.find((d) => d.suggestedFilename() === 'nastavnik-info.html').path(), 'utf8');
  assert.ok(!/<script/i.test(html), 'no scripts');
  assert.ok(html.includes('Версия для слабовидящих'));
  files['nastavnik-info.html'] = html;
  // Scripts off: the switch is CSS only.
  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1366, height: 768 } });
  const plain = await noJs.newPage();
  await plain.goto(url + 'nastavnik-info.html');
  const size = async (p) => parseFloat(await p.locator('.ni-in p').first().evaluate((e) => getComputedStyle(e).fontSize));
  const small = await size(plain);
  await plain.click('label[for=ni-lv]');
  assert.ok(await plain.isChecked('#ni-lv'));
  assert.ok(await size(plain) >= 24 && (await size(plain)) > small * 1.3);
  await noJs.close();
  // axe-core (it needs scripts itself) in both modes.
  await page.goto(url + 'nastavnik-info.html');
  let v = await axeViolations(page);
  assert.deepEqual(v, [], `standalone page:\n${describe(v)}`);
  await page.click('label[for=ni-lv]');
  v = await axeViolations(page);
  assert.deepEqual(v, [], `standalone page, low vision:\n${describe(v)}`);
  delete files['nastavnik-info.html'];
  assert.deepEqual(errors, []);
  await context.close();
});

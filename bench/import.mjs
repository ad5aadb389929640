// The teacher-list import at scale: a generated 5,000-row CSV (UTF-8 with BOM, «;») is chosen
// on «Импорт списка педагогов» in headless Chromium on the release build, and the time from
// the file's change event to the preview's last DOM update is printed (median of 5), with the
// rows the preview shows. Figures only (target: ≤ 1 s).
import { startServer, launch } from '../tests/e2e/helpers.mjs';
import { median } from './stats.mjs';

const N = Number(process.env.IMPORT_ROWS || 5000);
const RUNS = 5;
const surnames = ['Иванова', 'Петров', 'Сидорова', 'Кузнецов', 'Смирнова', 'Попов', 'Соколова', 'Лебедев'];
const names = ['Анна', 'Пётр', 'Мария', 'Олег', 'Елена', 'Иван', 'Ольга', 'Сергей'];
const lines = ['ФИО;Должность;Предмет;Стаж;Дата рождения;Категория;Роль;Согласие на обработку ПД'];
for (let i = 0; i < N; i++) {
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (i % 12)).padStart(2, '0');
  lines.push([
    `${surnames[i % 8]} ${names[(i >> 3) % 8]} ${i}`,
    'учитель', 'математика', String(i % 40), `${day}.${month}.${1960 + (i % 40)}`,
    ['высшая', 'первая', ''][i % 3], ['', 'наставник', 'молодой специалист'][i % 3],
    i % 2 ? '01.09.2025' : '',
  ].join(';'));
}
const csv = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n')]);

const { server, url } = await startServer();
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
const page = await context.newPage();
await page.goto(url + '#/import');
await page.waitForSelector('#import-file');

const times = [];
let shown = 0;
for (let i = 0; i < RUNS; i++) {
  await page.evaluate(() => {
    window.__t0 = null;
    window.__last = null;
    window.__obs = new MutationObserver(() => { window.__last = performance.now(); });
    window.__obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    document.addEventListener('change', () => { window.__t0 = performance.now(); }, { capture: true, once: true });
  });
  await page.setInputFiles('#import-file', { name: `list-${i}.csv`, mimeType: 'text/csv', buffer: csv });
  await page.waitForSelector('[data-testid=import-summary]');
  const t = await page.evaluate(async () => {
    await new Promise((r) => {
      const check = () => (window.__last !== null && performance.now() - window.__last > 300 ? r() : setTimeout(check, 50));
      setTimeout(check, 50);
    });
    window.__obs.disconnect();
    return window.__last - window.__t0;
  });
  times.push(t);
  shown = await page.locator('.import-table tbody tr').count();
  await page.click('role=button[name="Отменить импорт"]');
}
console.log(`== Teacher-list import of ${N} rows (CSV ${(csv.length / 1024).toFixed(0)} KB), headless Chromium, release build ==`);
console.log(`preview (file chosen → preview shown): median ${median(times).toFixed(1)} ms [${times.map((x) => x.toFixed(1)).join(', ')}]; rows shown: ${shown}`);
console.log('target: ≤ 1 s');
await browser.close();
server.close();

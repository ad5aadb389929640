// A school with a big register for the benchmarks: an archive of `n` generated teachers
// (examples/gen_archive.rs: every questionnaire answered, most with consents, no pair yet)
// imported through «Архив и данные» in headless Chromium on the release build.
import { execFileSync } from 'node:child_process';
import { startServer, launch, ROOT } from '../tests/e2e/helpers.mjs';

export function generatedArchive(n) {
  return execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'gen_archive', '--', String(n)], {
    cwd: ROOT, maxBuffer: 1 << 28,
  });
}

/** Starts the server and Chromium, and loads `n` teachers; `close()` stops both. */
export async function bigSchool(n) {
  const archive = generatedArchive(n);
  const { server, url } = await startServer();
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url + '#/data');
  await page.waitForSelector('.app');
  await page.setInputFiles('#archive-file', { name: 'big.json', mimeType: 'application/json', buffer: archive });
  await page.waitForSelector('[data-testid=import-preview]');
  await page.click('role=button[name="Заменить данные"]');
  await page.waitForFunction(() => !document.querySelector('[data-testid=import-preview]'));
  const close = async () => {
    await browser.close();
    server.close();
  };
  return { url, page, errors, close };
}

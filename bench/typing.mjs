// Typing on stage 5 with a big register: an archive of 2,000 generated teachers (every
// questionnaire answered, no pair yet, so every mentee of the bank is «без пары» and the screen
// shows the hint «Подбор по текущим банкам находит наставника для …») is imported through
// «Архив и данные» in headless Chromium on the release build; then a task's «Примечание» on
// stage 5 gets 30 keystrokes, one at a time. Each keystroke changes the school's data. Prints,
// per keystroke, the main thread's time from the key to idle (a timer after the input event
// and its microtasks), the long tasks (> 50 ms) the browser reports — the keystrokes' apart from
// the save that follows the typing — and how often the
// hint's suggestion ran (User Timing measures «nastavnik:suggestion-stage5»). Figures only;
// target: ≤ 50 ms of blocking per keystroke.
import { bigSchool } from './big-school.mjs';

const N = Number(process.env.BANK_PEOPLE || 2000);
const KEYS = 30;
const { url, page, errors, close } = await bigSchool(N);
await page.goto(url + '#/stage/5');
await page.waitForSelector('[data-testid=search-goes-on]', { timeout: 60000 });
const hint = await page.textContent('[data-testid=search-goes-on]');
const note = 'textarea[id^=note-]';
await page.waitForSelector(note);
await page.waitForTimeout(1000);

const r = await page.evaluate(async ({ sel, keys }) => {
  const el = document.querySelector(sel);
  el.focus();
  const runs = () => performance.getEntriesByName('nastavnik:suggestion-stage5').length;
  const runs0 = runs();
  const long = [];
  const obs = new PerformanceObserver((list) => long.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration }))));
  obs.observe({ type: 'longtask', buffered: false });
  const idle = [];
  const pressed = [];
  for (let i = 0; i < keys; i++) {
    const t0 = performance.now();
    pressed.push(t0);
    el.value += 'абвгдежзик'[i % 10];
    el.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'x', inputType: 'insertText' }));
    await new Promise((res) => setTimeout(res, 0));
    idle.push(performance.now() - t0);
    // A typist's pace: the next key 150 ms later (the save's debounce is 400 ms).
    await new Promise((res) => setTimeout(res, 150));
  }
  await new Promise((res) => setTimeout(res, 1000));
  obs.disconnect();
  // A long task that starts within 100 ms of a key is the keystroke's; the others come later
  // (the save, debounced 400 ms after the last change, writes the whole register once).
  const ofKey = (t) => pressed.some((p) => t.start >= p - 1 && t.start < p + 100);
  return {
    idle,
    long: long.filter(ofKey).map((t) => t.duration),
    later: long.filter((t) => !ofKey(t)).map((t) => t.duration),
    runs: runs() - runs0,
  };
}, { sel: note, keys: KEYS });

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
}
const total = r.long.reduce((a, b) => a + b, 0);
console.log(`== Typing into a task's note on stage 5 with ${N} teachers, headless Chromium, release build ==`);
console.log(`hint: ${hint}`);
console.log(`key → idle: median ${median(r.idle).toFixed(1)} ms, max ${Math.max(...r.idle).toFixed(1)} ms over ${KEYS} keystrokes`);
console.log(`long tasks (> 50 ms) of the keystrokes: ${r.long.length} (${total.toFixed(0)} ms in all, ${(total / KEYS).toFixed(1)} ms per keystroke; longest ${Math.max(0, ...r.long).toFixed(0)} ms)`);
console.log(`other long tasks (the debounced save of the whole register; keystrokes delayed by more than 100 ms): ${r.later.map((d) => `${d.toFixed(0)} ms`).join(', ') || 'none'}`);
console.log(`the hint's suggestion ran ${r.runs} time(s) during the typing`);
console.log('target: ≤ 50 ms of blocking per keystroke');
if (errors.length) console.log('page errors:', errors);

await close();

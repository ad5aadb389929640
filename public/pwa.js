// Registers the service worker (public/sw.js) once the first screen is up, offers a new
// version of the app when the site has one («Доступна новая версия» — never reloads by itself),
// and offers to install the app when the browser allows it («Установить приложение»).
// The public section (#/info) for visitors of the school site registers nothing: a visitor's
// browser keeps nothing of ours.
(() => {
  'use strict';
  const isInfo = () => /^#\/info(?:[?#]|$)/.test(location.hash);

  /** The bar at the bottom of the window that holds the offers. */
  function bar() {
    let el = document.getElementById('pwa-bar');
    if (!el) {
      el = document.createElement('div');
      el.id = 'pwa-bar';
      el.className = 'pwa-bar';
      document.body.appendChild(el);
    }
    return el;
  }

  function offer(id, text, buttonText, onClick) {
    if (document.getElementById(id)) return;
    const box = document.createElement('div');
    box.id = id;
    box.className = 'pwa-offer';
    box.setAttribute('role', 'status');
    if (text) {
      const p = document.createElement('p');
      p.textContent = text;
      box.appendChild(p);
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-small';
    button.textContent = buttonText;
    button.addEventListener('click', () => onClick(button));
    box.appendChild(button);
    bar().appendChild(box);
  }

  function dismiss(id) {
    document.getElementById(id)?.remove();
  }

  // «Установить приложение»: the browser fires beforeinstallprompt when the app can be installed.
  let installEvent = null;
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    installEvent = event;
    if (isInfo()) return;
    offer('pwa-install', '', 'Установить приложение', async (button) => {
      button.disabled = true;
      const prompt = installEvent;
      installEvent = null;
      dismiss('pwa-install');
      if (prompt) await prompt.prompt();
    });
  });
  window.addEventListener('appinstalled', () => dismiss('pwa-install'));

  if (!('serviceWorker' in navigator)) return;

  let reloading = false;
  function offerUpdate(registration) {
    offer(
      'pwa-update',
      'Доступна новая версия «Наставника». Введённые данные сохранятся.',
      'Обновить',
      (button) => {
        const waiting = registration.waiting;
        if (!waiting) return;
        button.disabled = true;
        reloading = true;
        // The page reloads when the new worker takes over (controllerchange, below); the app
        // writes what is pending on pagehide.
        waiting.postMessage({ type: 'skip-waiting' });
      },
    );
  }

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });

  async function register() {
    const registration = await navigator.serviceWorker.register('./sw.js', { scope: './' });
    const watch = (worker) => {
      worker.addEventListener('statechange', () => {
        // `installed` with a controller: an update waits; without one it is the first install.
        if (worker.state === 'installed' && navigator.serviceWorker.controller) {
          offerUpdate(registration);
        }
      });
    };
    if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration);
    if (registration.installing) watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
    // A tab left open for days still learns about a new version.
    setInterval(() => registration.update().catch(() => {}), 60 * 60 * 1000);
  }

  function start() {
    if (isInfo()) return;
    const go = () => register().catch((err) => console.warn('service worker:', err));
    // After the first screen: precaching must not compete with the app's own first download.
    if ('requestIdleCallback' in window) requestIdleCallback(go, { timeout: 3000 });
    else setTimeout(go, 1000);
  }

  // The app sets window.__nastavnikReady and fires `nastavnik-ready` when its first screen is up.
  if (window.__nastavnikReady !== undefined) start();
  else window.addEventListener('nastavnik-ready', start, { once: true });
})();

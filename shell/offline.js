// The offline shell: registers the service worker (sw.js) that keeps this build's files, so the app
// starts without the network (a kiosk whose network dropped opens it and says the portal cannot be
// reached) and a repeat visit starts from the files kept. When a new build's worker is waiting, the
// app is told (window event `muqeem:update-ready`) and shows "a new version is ready"; it takes over
// only when the officer chooses to reload (event `muqeem:apply-update`), never under a form.
'use strict';

(() => {
  if (!('serviceWorker' in navigator)) return;
  const HOUR = 60 * 60 * 1000;
  let registration = null;

  function announce() {
    // Only a worker that would replace the one serving this page is a new version; the very first
    // one just starts keeping files.
    if (!registration || !registration.waiting || !registration.active) return;
    window.muqeem.updateReady = true;
    window.dispatchEvent(new Event('muqeem:update-ready'));
  }

  // The new worker takes over, then the page reloads from its files. On a page the old worker did
  // not serve (the first visit's) nothing held the new one back: it is active already.
  window.addEventListener('muqeem:apply-update', () => {
    const waiting = registration && registration.waiting;
    if (!waiting) {
      window.location.reload();
      return;
    }
    waiting.addEventListener('statechange', () => {
      if (waiting.state === 'activated') window.location.reload();
    });
    waiting.postMessage('take-over');
  });

  // After the first frame, so keeping the files never competes with starting the app (the files
  // named by content then come from the browser's HTTP cache, not the network).
  window.addEventListener('muqeem:ready', () => {
    navigator.serviceWorker.register('sw.js').then((registered) => {
      registration = registered;
      // A new worker may already wait, be installing (the browser looked when the page opened),
      // or come later.
      const watch = (worker) => {
        if (worker) worker.addEventListener('statechange', () => worker.state === 'installed' && announce());
      };
      announce();
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
      // A kiosk may stay on one page for days: look for a new build now and then.
      setInterval(() => registration.update().catch(() => {}), HOUR);
    }).catch((error) => console.warn('muqeem: no offline shell:', error.message));
  }, { once: true });
})();

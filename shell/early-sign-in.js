// The sign-in as a plain form, usable while the app still downloads and starts: a signed-out
// officer opening the sign-in can type at once. Its words come from the app's catalogue (in the
// language the officer chose last), its captcha from the portal. When the app starts it takes what
// the form holds (window.muqeemEarlySignIn.take(), through the page bridge): the values, the same
// captcha, where the focus was, and whether "sign in" was already pressed; the form then takes no
// more typing and goes with the loading screen at the app's first frame.
'use strict';

(() => {
  const form = document.getElementById('early-sign-in');
  const captcha = document.getElementById('early-captcha');
  const manifest = window.muqeem && window.muqeem.manifest;
  // Only where the app would show the sign-in to someone signed out (asked below). The static demo,
  // whose portal is inside the wasm, does not load this script (cmake/finish_site.cmake).
  const route = window.location.hash.replace(/^#/, '');
  if (!manifest || window.muqeem.ready || !['', '/', '/sign-in'].includes(route)) return;

  let taken = false;
  let captchaId = '';
  let captchaSvg = '';
  let submitted = false;
  const client = { 'X-Muqeem-Client': 'web' };

  window.muqeemEarlySignIn = {
    take() {
      const shown = !taken && !form.hidden;
      taken = true;  // a form not yet shown never will be, nor will it ask for a captcha
      if (!shown) return '';
      const focused = document.activeElement && form.contains(document.activeElement)
        ? document.activeElement.name || '' : '';
      for (const input of form.querySelectorAll('input')) input.readOnly = true;
      form.querySelector('button').disabled = true;
      const value = (name) => form.elements[name].value;
      return JSON.stringify({
        username: value('username'), password: value('password'), captchaAnswer: value('captcha'),
        captchaId, captchaSvg, focused, submitted,
      });
    },
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitted = true;  // the app signs in with it as soon as it starts
    form.querySelector('button').disabled = true;
  });

  function language() {
    try {
      return window.localStorage.getItem('muqeem.language') === 'en' ? 'en' : 'ar';
    } catch (error) {
      return 'ar';
    }
  }

  async function show() {
    const lang = language();
    // The catalogue's name is in the page's preloads (cmake/finish_site.cmake): no wait for the
    // manifest, which the loader asks for.
    const preloaded = document.querySelector(`link[rel="preload"][href^="i18n/${lang}."]`);
    const path = preloaded ? Promise.resolve(preloaded.getAttribute('href')) : manifest.then((files) =>
      files.files.find((file) => file.name === `i18n/${lang}.json`).path);
    const catalogue = path.then((url) => fetch(url)).then((response) => response.json());
    // The session, the words and the captcha are asked for together: each is a round trip, and the
    // form is usable only with all three. Someone already signed in leaves a captcha unused, which
    // expires on its own.
    const signedOut = fetch('api/v1/auth/session', { headers: client }).then(async (session) => {
      await session.arrayBuffer();  // read to the end, so the connection is free (and tools see it whole)
      return session.status === 204;
    });
    const picture = fetch('api/v1/auth/captcha', { method: 'POST', headers: client }).then(async (answer) => {
      const body = await answer.json();  // read whole even when no longer wanted, as above
      return answer.ok ? body : null;
    });
    picture.catch(() => {});  // said below, if still wanted
    if (!(await signedOut) || taken) return;  // signed in already (the app goes on), or no portal
    const words = await catalogue;
    if (taken) return;
    form.lang = lang;
    form.dir = lang === 'ar' ? 'rtl' : 'ltr';
    for (const element of form.querySelectorAll('[data-text]')) element.textContent = words[element.dataset.text];
    captcha.alt = words[captcha.dataset.alt];
    form.hidden = false;
    const { captchaId: id, imageSvg } = (await picture) || {};
    if (!id || taken) return;
    captchaId = id;
    captchaSvg = imageSvg;
    const painted = paintOf('early-sign-in');
    captcha.src = 'data:image/svg+xml,' + encodeURIComponent(captchaSvg);
    // When the captcha, the form's last part, is on screen: the sign-in is usable from then
    // (`make bench-startup` reads it), and the app may start.
    window.muqeem.signInUsableAt = await painted;
  }

  // When the element marked `elementtiming="<name>"` is painted (Element Timing); where the browser
  // does not say, two frames after it decoded.
  function paintOf(name) {
    const types = typeof PerformanceObserver === 'undefined' ? [] : PerformanceObserver.supportedEntryTypes || [];
    if (!types.includes('element')) {
      return captcha.decode().catch(() => {}).then(() => new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))));
    }
    return new Promise((resolve) => {
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.identifier !== name) continue;
          observer.disconnect();
          resolve(entry.renderTime || entry.loadTime);
        }
      });
      observer.observe({ type: 'element', buffered: true });
    });
  }

  // The app's own form is on screen now: this one goes, so the page has one sign-in form.
  window.addEventListener('muqeem:ready', () => form.remove(), { once: true });
  // The app's start holds the page for a moment: it waits (a second at most, loader.js) until this
  // form is on screen, so the officer can read and type meanwhile. Without the form the app's own
  // sign-in comes a moment later.
  window.muqeem.earlySignIn = show().catch(() => {});
})();

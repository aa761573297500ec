// The plain page's only script: asks the portal for a captcha and shows it, then says when the form
// is usable (window.usableAt, ms from navigation): when the captcha, its last part, is painted, as
// the app's early sign-in says it (Element Timing), so both are measured at the same moment.
'use strict';
(async () => {
  const painted = new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const entry = list.getEntries().find((e) => e.identifier === 'plain-sign-in');
      if (entry) resolve(entry.renderTime || entry.loadTime);
    }).observe({ type: 'element', buffered: true });
  });
  const answer = await fetch('api/v1/auth/captcha', { method: 'POST', headers: { 'X-Muqeem-Client': 'web' } });
  const { imageSvg } = await answer.json();
  const image = document.getElementById('captcha');
  image.src = 'data:image/svg+xml,' + encodeURIComponent(imageSvg);
  const [at] = await Promise.all([painted, document.fonts.ready]);
  window.usableAt = at;
})();

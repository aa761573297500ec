// The plain page's only script: asks the portal for a captcha and shows it, then says when the form
// is usable (window.usableAt, ms from navigation), as the app's `semantics` does for the app.
'use strict';
(async () => {
  const answer = await fetch('api/v1/auth/captcha', { method: 'POST', headers: { 'X-Muqeem-Client': 'web' } });
  const { imageSvg } = await answer.json();
  const image = document.getElementById('captcha');
  image.src = 'data:image/svg+xml,' + encodeURIComponent(imageSvg);
  await image.decode();
  await document.fonts.ready;
  window.usableAt = performance.now();
})();

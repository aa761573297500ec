// Mirrors the app's semantic tree (window.muqeem.semantics) into real DOM elements laid over the
// canvas, in the same places: screen readers read them and tests find them by role and name.
// First slice: headings and paragraphs. The widget toolkit adds controls and editing inputs.
'use strict';

(() => {
  const overlay = document.getElementById('overlay');

  function elementFor(node) {
    const tag = node.role === 'heading' ? `h${Math.min(Math.max(node.level || 1, 1), 6)}` : 'p';
    const element = document.createElement(tag);
    element.textContent = node.name;
    element.lang = node.lang;
    element.dir = node.lang === 'ar' ? 'rtl' : 'ltr';
    const [x, y, width, height] = node.rect;
    element.style.left = `${x}px`;
    element.style.top = `${y}px`;
    element.style.width = `${width}px`;
    element.style.height = `${height}px`;
    return element;
  }

  window.addEventListener('muqeem:semantics', () => {
    overlay.replaceChildren(...window.muqeem.semantics.map(elementFor));
  });
})();

// The printed page: the app hands over a document (title, issuer, lines, request number, QR) and this
// lays it out as plain HTML on an A4 sheet and opens the browser's print dialog. Only this sheet is
// printed (app.css hides everything else in print), so nothing of the app's chrome reaches paper.
'use strict';

(() => {
  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // The QR comes from the server as SVG markup: parsed as SVG (never as HTML), so it cannot run
  // anything, and only an <svg> root is accepted.
  function qrNode(markup) {
    if (!markup) return null;
    const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const root = parsed.documentElement;
    if (!root || root.nodeName !== 'svg' || parsed.querySelector('parsererror, script, foreignObject')) return null;
    return document.importNode(root, true);
  }

  function build(model) {
    document.getElementById('print')?.remove();
    const sheet = element('article', 'print-sheet');
    sheet.id = 'print';
    sheet.lang = model.lang;
    sheet.dir = model.lang === 'ar' ? 'rtl' : 'ltr';
    const header = element('header', 'print-header');
    header.append(element('p', 'print-product', model.lang === 'ar' ? 'مقيم' : 'Muqeem'));
    if (model.issuer) header.append(element('p', 'print-issuer', model.issuer));
    if (model.date) header.append(element('p', 'print-date', model.date));
    sheet.append(header, element('h1', 'print-title', model.title));
    if (model.reference) sheet.append(element('p', 'print-reference', model.reference));
    const table = element('table', 'print-lines');
    for (const [label, value] of model.lines || []) {
      const row = element('tr');
      row.append(element('th', '', label), element('td', '', value));
      table.append(row);
    }
    sheet.append(table);
    // A report's rows: a real table whose head the browser repeats at the top of every page.
    if (model.tableHead && model.tableHead.length) {
      const rows = element('table', 'print-table');
      const head = element('thead');
      const headRow = element('tr');
      const qrs = model.tableQrSvgs || [];
      for (const heading of model.tableHead) headRow.append(element('th', '', heading));
      if (qrs.length) headRow.append(element('th', '', model.tableQrHead));
      head.append(headRow);
      const body = element('tbody');
      (model.tableRows || []).forEach((cells, index) => {
        const row = element('tr');
        for (const cell of cells) row.append(element('td', '', cell));
        // Each row's own verification QR (a batch's renewals), scanned like the single paper's.
        if (qrs.length) {
          const cell = element('td', 'print-row-qr');
          const qr = qrNode(qrs[index]);
          if (qr) cell.append(qr);
          row.append(cell);
        }
        body.append(row);
      });
      rows.append(head, body);
      sheet.append(rows);
    }
    // A wide report prints across A4 landscape (app.css's named page; the CSP allows no inline style).
    if (model.landscape) sheet.classList.add('landscape');
    const qr = qrNode(model.qrSvg);
    if (qr) {
      const figure = element('figure', 'print-qr');
      figure.append(qr);
      if (model.qrCaption) figure.append(element('figcaption', '', model.qrCaption));
      sheet.append(figure);
    }
    if (model.footer) sheet.append(element('footer', 'print-footer', model.footer));
    document.body.append(sheet);
    return sheet;
  }

  window.muqeem.print = (model) => {
    build(model);
    window.dispatchEvent(new CustomEvent('muqeem:print', { detail: model }));
    // After the fonts of the sheet are ready, so the page prints in IBM Plex, not a fallback.
    document.fonts.ready.then(() => window.print());
  };
})();

// Mirrors the app's semantic tree (window.muqeem.semantics) into real DOM elements laid over the
// canvas, in the same places: screen readers read them, the browser's own inputs take text (Arabic
// keyboards, IME, autofill, paste), the keyboard moves focus through them in reading order, and
// tests find them by role and name. Their events go back to C++ (Module.ccall('muqeem_ui_event')).
// Elements are kept by node id between frames, so focus, caret and composition survive updates.
'use strict';

(() => {
  const overlay = document.getElementById('overlay');
  const EVENT = { focus: 0, blur: 1, activate: 2, value: 3, key: 4, scroll: 5 };
  const KEYS = {
    Enter: 0, Escape: 1, ArrowUp: 2, ArrowDown: 3, Home: 4, End: 5, PageUp: 6, PageDown: 7, ArrowLeft: 8, ArrowRight: 9,
  };
  // Keys a widget handles itself (the rest keep their browser meaning: Tab, Space on buttons, …).
  const WIDGET_KEYS = {
    combobox: ['ArrowUp', 'ArrowDown', 'Home', 'End', 'Enter', 'Escape'],
    tab: ['ArrowLeft', 'ArrowRight', 'Home', 'End'],
    row: ['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', 'Enter'],
    textbox: ['Enter'],  // submits the form: its primary button
  };
  // Groups named by aria-label (their visible title is drawn by the app elsewhere or not at all).
  const LABELLED_GROUPS = ['listbox', 'dialog', 'table', 'tablist', 'tabpanel', 'list', 'navigation', 'complementary'];
  const GROUPS = ['radiogroup', 'alert', 'status', 'row', 'columnheader', 'group', 'card', ...LABELLED_GROUPS];
  const entries = new Map(); // key → { kind, main, parts, container, title?, label?, description?, error? }
  let composing = false;

  function send(kind, id, value = '', number = 0) {
    const module = window.Module;
    if (!module || !module.ccall || !id) return;
    module.ccall('muqeem_ui_event', null, ['number', 'string', 'string', 'number'], [kind, id, value, number]);
  }

  const domId = (id) => `m-${id}`;
  const nodeIdOf = (element) => element && element.closest('[data-node]')?.dataset.node;

  // Rectangles are in page coordinates; an element inside a positioned one (a table, a row) is
  // placed against that element's corner, `origin`.
  function place(element, rect, origin) {
    if (!rect) return;
    const [x, y, width, height] = rect;
    element.style.left = `${x - origin[0]}px`;
    element.style.top = `${y - origin[1]}px`;
    element.style.width = `${width}px`;
    element.style.height = `${height}px`;
  }

  // A list item holding other nodes (a table row shown as a card) is a group; the stepper's are leaves.
  function kindOf(node, hasChildren) {
    switch (node.role) {
      case 'listitem': return hasChildren ? 'card' : 'listitem';
      case 'heading': return `h${Math.min(Math.max(node.level || 1, 1), 6)}`;
      case 'textbox': case 'combobox': return 'field';
      default: return node.role;
    }
  }

  function createInput(entry, kind) {
    const input = document.createElement('input');
    if (kind !== 'field') input.type = kind;
    entry.label = document.createElement('label');
    entry.label.className = 'label';
    entry.parts.push(entry.label);
    if (kind === 'field' || kind === 'file') {
      entry.description = document.createElement('span');
      entry.error = document.createElement('span');
      entry.parts.push(entry.description, entry.error);
    }
    return input;
  }

  function create(node, kind) {
    const entry = { kind, parts: [] };
    const tags = {
      banner: 'header', main: 'main', contentinfo: 'footer', navigation: 'nav', complementary: 'aside', paragraph: 'p',
    };
    let main;
    if (kind === 'field' || kind === 'checkbox' || kind === 'radio' || kind === 'file') {
      main = createInput(entry, kind);
    } else if (kind === 'button' || kind === 'tab') {
      main = document.createElement('button');
      main.type = 'button';
      if (kind === 'tab') main.setAttribute('role', 'tab');
    } else if (kind === 'img') {
      main = document.createElement('img');
    } else if (kind === 'link') {
      main = document.createElement('a');
      main.href = '#';
    } else if (/^h[1-6]$/.test(kind) || tags[kind]) {
      main = document.createElement(tags[kind] || kind);
    } else {
      main = document.createElement('div');
      main.setAttribute('role', node.role);
    }
    const landmark = ['banner', 'main', 'contentinfo', 'navigation', 'complementary'].includes(kind);
    if (landmark || GROUPS.includes(kind)) {
      main.className = 'group';
      if (!landmark || kind === 'navigation' || kind === 'complementary') {
        entry.title = document.createElement('span');
        entry.title.className = 'node';
        main.appendChild(entry.title);
      }
    } else {
      main.className = 'node';
    }
    if (kind === 'table' || kind === 'row') main.classList.add('positioned');
    if (kind === 'table') {
      entry.spacer = document.createElement('div');
      entry.spacer.className = 'spacer';
      main.appendChild(entry.spacer);
    }
    if (['button', 'link', 'field', 'checkbox', 'radio', 'file', 'option', 'tab', 'row'].includes(kind)) {
      main.classList.add('control');
    }
    entry.main = main;
    entry.parts.unshift(main);
    // Only groups hold other nodes' elements; a leaf's own content (its text) is its own.
    entry.container = main.classList.contains('group') ? main : null;
    return entry;
  }

  function setAttribute(element, name, value) {
    if (value === undefined || value === null || value === false) element.removeAttribute(name);
    else if (element.getAttribute(name) !== String(value)) element.setAttribute(name, String(value));
  }

  function setText(element, text) {
    if (element.textContent !== text) element.textContent = text;
  }

  function update(entry, node, tree, origin, hasChildren) {
    const { main } = entry;
    const states = node.states || {};
    main.lang = node.lang || tree.lang;
    main.dir = node.lang === 'ar' ? 'rtl' : node.lang === 'en' ? 'ltr' : tree.dir;
    if (node.id) {
      main.dataset.node = node.id;
      main.id = domId(node.id);
    }
    if (!main.classList.contains('group') || main.classList.contains('positioned')) place(main, node.rect, origin);
    setAttribute(main, 'aria-busy', states.busy ? 'true' : null);
    setAttribute(main, 'aria-current', states.current ? (node.role === 'listitem' ? 'step' : 'page') : null);

    switch (entry.kind) {
      case 'field': case 'checkbox': case 'radio': case 'file':
        updateInput(entry, node, tree, states, origin);
        return;
      case 'progressbar':
        setAttribute(main, 'aria-label', node.name);
        setAttribute(main, 'aria-valuemin', '0');
        setAttribute(main, 'aria-valuemax', '100');
        setAttribute(main, 'aria-valuenow', node.value || '0');
        setAttribute(main, 'aria-valuetext', node.description || null);
        return;
      case 'button': case 'link': case 'tab':
        setText(main, node.name);
        main.classList.toggle('key', Boolean(node.key));
        setAttribute(main, 'data-types', node.types || null);
        setAttribute(main, 'data-erases', node.erases ? 'true' : null);
        setAttribute(main, 'aria-disabled', states.disabled ? 'true' : null);
        if (entry.kind === 'tab') {
          setAttribute(main, 'aria-selected', states.selected ? 'true' : 'false');
          setAttribute(main, 'tabindex', node.tabStop ? null : '-1');
        } else {
          setAttribute(main, 'tabindex', states.disabled ? '-1' : null);
          setAttribute(main, 'aria-expanded', node.expandable ? String(Boolean(states.expanded)) : null);
        }
        return;
      case 'img':
        // The browser draws this one (the server's captcha, SVG): it is not a mirror but the picture.
        main.alt = node.name;
        if (node.value && main.dataset.svg !== node.value) {
          main.dataset.svg = node.value;
          main.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(node.value)}`;
        }
        return;
      case 'option':
        setText(main, node.name);
        setAttribute(main, 'aria-selected', states.selected ? 'true' : 'false');
        return;
      case 'row':
        setAttribute(main, 'aria-selected', states.selected ? 'true' : null);
        setAttribute(main, 'aria-rowindex', node.level || null);
        setAttribute(main, 'tabindex', node.level > 1 ? (node.tabStop ? '0' : '-1') : null);
        return;
      case 'columnheader':
        setText(entry.title, hasChildren ? '' : node.name);
        setAttribute(main, 'aria-sort', node.sort || null);
        place(entry.title, node.rect, origin);
        return;
      case 'table':
        setAttribute(main, 'aria-label', node.name);
        setAttribute(main, 'aria-rowcount', (node.count || 0) + 1);
        entry.spacer.style.height = `${48 + (node.rowHeight || 44) * (node.count || 0)}px`;
        if (Math.abs(main.scrollTop - (node.scroll || 0)) > 1) main.scrollTop = node.scroll || 0;
        return;
      default:
        break;
    }
    if (!entry.title) {
      if (!['header', 'main', 'footer'].includes(main.tagName.toLowerCase())) setText(main, node.name);
      return;
    }
    if (LABELLED_GROUPS.includes(entry.kind)) {
      setAttribute(main, 'aria-label', node.name || null);
      setText(entry.title, '');
    } else {
      setText(entry.title, node.description ? `${node.name} ${node.description}` : node.name);
    }
    setAttribute(main, 'aria-modal', states.modal ? 'true' : null);
    if (entry.kind === 'group' && node.id) {  // named by its title (the on-screen keyboard, a panel)
      entry.title.id = `${domId(node.id)}-label`;
      setAttribute(main, 'aria-labelledby', entry.title.id);
    }
    if (entry.kind === 'radiogroup') {
      entry.title.id = `${domId(node.id)}-label`;
      setAttribute(main, 'aria-labelledby', entry.title.id);
      setAttribute(main, 'aria-required', states.required ? 'true' : null);
      setAttribute(main, 'aria-invalid', states.invalid ? 'true' : null);
      place(entry.title, node.labelRect || node.rect, origin);
    }
  }

  function updateInput(entry, node, tree, states, origin) {
    const { main: input, label } = entry;
    const focused = document.activeElement === input;
    setText(label, node.name);
    label.htmlFor = input.id;
    label.lang = input.lang;
    place(label, node.labelRect || [0, 0, 0, 0], origin);
    input.disabled = !!states.disabled;
    input.required = !!states.required;
    setAttribute(input, 'aria-invalid', states.invalid ? 'true' : null);
    if (entry.kind === 'checkbox' || entry.kind === 'radio') {
      // A radio's group is named by its group's id, which stays put when nodes above it come and go
      // (an index would hand one group's name to another for a moment, and the browser would uncheck
      // a radio there); the name is set before the state for the same reason.
      if (entry.kind === 'radio') {
        const group = tree.nodes[node.parent];
        input.name = `group-${group && group.id ? group.id : node.parent}`;
      }
      input.checked = !!states.checked;
      return;
    }
    if (entry.kind === 'file') {
      input.multiple = true;
      setAttribute(input, 'accept', node.accept || null);
      entry.maxBytes = node.maxBytes || 0;
      describe(entry, input, node);
      return;
    }
    const numeric = node.input === 'digits' || node.input === 'date';
    const code = node.input === 'code';  // Latin letters and digits copied from a picture
    const type = node.input === 'password' ? 'password' : 'text';
    if (input.type !== type) input.type = type;
    // A kiosk's own keyboard types here: the system's must not open over it.
    setAttribute(input, 'inputmode', tree.ownKeyboard ? 'none' : numeric ? 'numeric' : null);
    setAttribute(input, 'autocomplete', node.autocomplete || (node.input === 'password' ? 'off' : null));
    setAttribute(input, 'spellcheck', numeric || code || node.input === 'password' ? 'false' : null);
    setAttribute(input, 'autocapitalize', code ? 'characters' : null);
    // Numbers and codes read left to right even in Arabic; all values sit at the UI's start side.
    input.dir = numeric || code ? 'ltr' : 'auto';
    input.style.textAlign = tree.dir === 'rtl' ? 'right' : 'left';
    if (node.role === 'combobox') {
      setAttribute(input, 'role', 'combobox');
      setAttribute(input, 'aria-autocomplete', 'list');
      setAttribute(input, 'aria-expanded', states.expanded ? 'true' : 'false');
      setAttribute(input, 'aria-controls', domId(`${node.id}.options`));
    }
    describe(entry, input, node);
    // C++ is the truth for the value; while the person types, the two agree unless C++ normalized
    // it (Arabic-Indic digits to Western): then the caret stays where it was.
    const value = node.value ?? '';
    if (input.value !== value && !(focused && composing)) {
      const { selectionStart, selectionEnd } = input;
      input.value = value;
      if (focused) input.setSelectionRange(selectionStart, selectionEnd);
    }
  }

  // A field's hint and error, tied to its input.
  function describe(entry, input, node) {
    entry.description.id = `${input.id}-hint`;
    entry.error.id = `${input.id}-error`;
    setText(entry.description, node.description || '');
    setText(entry.error, node.error || '');
    const described = [node.description && entry.description.id, node.error && entry.error.id].filter(Boolean);
    setAttribute(input, 'aria-describedby', described.length ? described.join(' ') : null);
  }

  // Files chosen or dropped go to the app one by one, in order. One larger than the app reads is
  // not read into memory: its first bytes and its size are enough to refuse it.
  async function deliverFiles(input, files) {
    const id = input.dataset.node;
    const deliver = window.Module && window.Module.muqeemDeliverFile;
    if (!id || !deliver) return;
    const limit = entries.get(`id:${id}`)?.maxBytes || Infinity;
    for (const file of files) {
      const part = file.size > limit ? file.slice(0, 16) : file;
      deliver(id, file.name, file.size, new Uint8Array(await part.arrayBuffer()));
    }
  }

  function activeDescendant(tree) {
    // A combobox points at its highlighted option, so screen readers read it as arrows move.
    for (const node of tree.nodes) {
      if (node.role !== 'combobox') continue;
      const active = (node.states || {}).expanded &&
        tree.nodes.find((n) => n.role === 'option' && (n.states || {}).selected &&
          tree.nodes[n.parent] && tree.nodes[n.parent].id === `${node.id}.options`);
      setAttribute(document.getElementById(domId(node.id)), 'aria-activedescendant', active ? domId(active.id) : null);
    }
  }

  // Puts `wanted` into `container` in order, moving as little as possible (a moved element loses focus).
  function reconcile(container, wanted, keep) {
    let cursor = container.firstChild;
    while (cursor && keep.includes(cursor)) cursor = cursor.nextSibling;
    for (const element of wanted) {
      if (element === cursor) {
        cursor = cursor.nextSibling;
        continue;
      }
      container.insertBefore(element, cursor);
    }
    while (cursor) {
      const next = cursor.nextSibling;
      cursor.remove();
      cursor = next;
    }
  }

  function render(tree) {
    document.documentElement.lang = tree.lang;
    document.documentElement.dir = tree.dir;
    overlay.style.height = `${Math.ceil(tree.height)}px`;
    const seen = new Set();
    const byIndex = [];
    const origins = [];
    const parents = new Set(tree.nodes.map((node) => node.parent).filter((p) => p !== undefined));
    tree.nodes.forEach((node, index) => {
      const key = node.id ? `id:${node.id}` : `at:${index}:${node.role}`;
      const kind = kindOf(node, parents.has(index));
      let entry = entries.get(key);
      if (!entry || entry.kind !== kind) {
        entry = create(node, kind);
        entries.set(key, entry);
      }
      const origin = node.parent !== undefined ? origins[node.parent] : [0, 0];
      update(entry, node, tree, origin, parents.has(index));
      // Children of a table sit in its scroll container; children of a row, against the row.
      if (kind === 'table') origins[index] = [node.rect[0], node.rect[1] - (node.scroll || 0)];
      else if (kind === 'row') origins[index] = [node.rect[0], node.rect[1]];
      else origins[index] = origin;
      seen.add(key);
      byIndex.push(entry);
    });
    for (const key of [...entries.keys()]) if (!seen.has(key)) entries.delete(key);

    const children = new Map([[overlay, []]]);
    for (const entry of byIndex) if (entry.container) children.set(entry.container, []);
    tree.nodes.forEach((node, index) => {
      const parent = (node.parent !== undefined && byIndex[node.parent].container) || overlay;
      children.get(parent).push(...byIndex[index].parts);
    });
    for (const [container, wanted] of children) {
      const entry = byIndex.find((e) => e.container === container);
      reconcile(container, wanted, entry ? [entry.title, entry.spacer].filter(Boolean) : []);
    }
    activeDescendant(tree);
    // Everything outside an open modal dialog is out of reach (focus, screen reader, pointer).
    const modal = tree.nodes.findIndex((node) => node.role === 'dialog' && (node.states || {}).modal);
    const modalElement = modal >= 0 ? byIndex[modal].main : null;
    for (const element of overlay.querySelectorAll('[inert]')) element.inert = false;
    for (let inside = modalElement; inside && inside !== overlay; inside = inside.parentElement) {
      for (const sibling of inside.parentElement.children) if (sibling !== inside) sibling.inert = true;
    }
    if (tree.focus) {
      const target = document.getElementById(domId(tree.focus));
      if (target && document.activeElement !== target) target.focus();
    }
    revealAboveKeyboard(tree);
    clipUnderKeyboard();
  }

  // The captcha is the one picture the browser draws itself, over the canvas: where the on-screen
  // keyboard (drawn on the canvas, at the bottom of the window) comes over it, the picture is cut, so
  // the keys show (a short window, a page scrolled). Again whenever the page scrolls.
  function clipUnderKeyboard() {
    const keyboard = keyboardOf(window.muqeem && window.muqeem.semantics);
    for (const image of overlay.querySelectorAll('img.node')) {
      const box = keyboard ? image.getBoundingClientRect() : null;  // measured only under a keyboard
      const covered = box ? Math.min(box.height, box.bottom - keyboardTop(keyboard)) : 0;
      image.style.clipPath = covered > 0 ? `inset(0 0 ${covered}px 0)` : '';
    }
  }
  window.addEventListener('scroll', clipUnderKeyboard, { passive: true });

  // The on-screen keyboard's node while it is shown, and where it begins on screen (it sits at the
  // bottom of the window).
  function keyboardOf(tree) {
    return tree && tree.nodes ? tree.nodes.find((node) => node.id === 'osk') : undefined;
  }
  function keyboardTop(keyboard) {
    return window.innerHeight - keyboard.rect[3];
  }

  // The field being typed in, for the on-screen keyboard's keys (focus stays in it while they are
  // pressed, unless a screen reader or Tab moved it onto a key).
  let typingIn = null;
  const isTextInput = (element) => element && element.tagName === 'INPUT' &&
    ['text', 'password'].includes(element.type) && !element.disabled;

  // A key of the on-screen keyboard types at the caret as a hardware key would: the field's own
  // input event tells the app, which validates and draws it. Focus stays where it is (on a key, for
  // someone moving through the keys with a screen reader or Tab).
  function typeKey(key) {
    const field = isTextInput(document.activeElement) ? document.activeElement : typingIn;
    if (!field || !field.isConnected) return;
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    if (key.dataset.erases) {
      if (start === end && start === 0) return;
      field.setRangeText('', start === end ? start - 1 : start, end, 'end');
    } else if (key.dataset.types) {
      field.setRangeText(key.dataset.types, start, end, 'end');
    } else {
      return;
    }
    field.dispatchEvent(new InputEvent('input', {
      bubbles: true,
      inputType: key.dataset.erases ? 'deleteContentBackward' : 'insertText',
      data: key.dataset.types || null,
    }));
  }

  // The on-screen keyboard never covers the field being typed in, nor a combobox's open list: when it
  // opens, focus moves to another field, a list opens or a key is typed, the page scrolls them above it
  // (once, so the person may scroll freely after), never taking the field itself out of view at the top.
  let revealed = null;
  function revealAboveKeyboard(tree) {
    const keyboard = keyboardOf(tree);
    const field = document.activeElement;
    if (!keyboard || !isTextInput(field)) {
      revealed = null;
      return;
    }
    const list = field.getAttribute('aria-expanded') === 'true' &&
      document.getElementById(field.getAttribute('aria-controls'));
    const options = list ? [...list.querySelectorAll('[role="option"]')] : [];
    const box = field.getBoundingClientRect();
    const bottom = Math.max(box.bottom, ...options.map((option) => option.getBoundingClientRect().bottom));
    // Where things are on the page, not on the screen: the person scrolling changes none of it, but a
    // list placed anew (a popup takes a frame to find its size) or a page grown by the keyboard does,
    // and so does typing (as a browser brings the caret back into view, whoever scrolled away).
    const state = [field.id, field.value.length, options.length, Math.round(box.top + window.scrollY),
      Math.round(bottom + window.scrollY), overlay.style.height].join(':');
    if (revealed === state) return;
    revealed = state;
    const top = keyboardTop(keyboard);
    const below = Math.min(bottom + 24 - top, box.top - 16);
    if (below > 0) window.scrollBy(0, below);
  }

  window.addEventListener('muqeem:semantics', () => render(window.muqeem.semantics));
  // The app may have drawn its first frame before this (deferred) script ran: a page that then sits
  // idle (the gallery, the welcome page) sends no other, so that one is mirrored now.
  if (window.muqeem && window.muqeem.semantics && window.muqeem.semantics.lang) render(window.muqeem.semantics);

  overlay.addEventListener('focusin', (event) => {
    if (isTextInput(event.target)) typingIn = event.target;
    send(EVENT.focus, nodeIdOf(event.target));
  });
  overlay.addEventListener('focusout', (event) => send(EVENT.blur, nodeIdOf(event.target)));
  overlay.addEventListener('click', (event) => {
    const target = event.target.closest('.control');
    if (!target) return;
    if (target.tagName === 'A') event.preventDefault(); // an action, not a navigation
    if (target.tagName === 'INPUT' && ['checkbox', 'radio', 'file'].includes(target.type)) return;
    if (target.getAttribute('aria-disabled') === 'true') return;
    if (target.classList.contains('key')) typeKey(target);
    send(EVENT.activate, target.dataset.node);
  });
  // Checkboxes and radios change by click, Space and (radios) arrow keys: one event for all.
  overlay.addEventListener('change', (event) => {
    const { target } = event;
    if (target.type === 'file') {
      deliverFiles(target, [...target.files]).then(() => { target.value = ''; }); // the same file again is a new choice
      return;
    }
    if (target.type === 'checkbox' || target.type === 'radio') send(EVENT.activate, target.dataset.node);
  });
  overlay.addEventListener('input', (event) => {
    const { type } = event.target;
    if (event.target.tagName === 'INPUT' && type !== 'checkbox' && type !== 'radio' && type !== 'file') {
      send(EVENT.value, event.target.dataset.node, event.target.value);
    }
  });
  overlay.addEventListener('compositionstart', () => { composing = true; });
  overlay.addEventListener('compositionend', (event) => {
    composing = false;
    send(EVENT.value, event.target.dataset.node, event.target.value);
  });
  overlay.addEventListener('keydown', (event) => {
    const target = event.target;
    const id = target.dataset && target.dataset.node;
    if (!id || !(event.key in KEYS) || event.isComposing) return;
    const textbox = target.tagName === 'INPUT' && (target.type === 'text' || target.type === 'password');
    const role = target.getAttribute('role') || (textbox ? 'textbox' : null);
    const handled = WIDGET_KEYS[role] || [];
    const expanded = target.getAttribute('aria-expanded') === 'true';
    // Enter in a closed combobox belongs to the form, not to the list.
    if (handled.includes(event.key) && !(role === 'combobox' && event.key === 'Enter' && !expanded)) {
      event.preventDefault();
      send(EVENT.key, id, '', KEYS[event.key]);
    }
    if (event.key === 'Escape') {
      // Esc also reaches the dialog (or menu) around the control.
      const dialog = target.closest('[role="dialog"]');
      if (dialog && dialog.dataset.node) send(EVENT.key, dialog.dataset.node, '', KEYS.Escape);
    }
  });
  // An open modal dialog keeps focus: Tab from its last control goes to its first and back, and Esc
  // reaches it wherever focus is (even on the page itself after a click on its backdrop).
  document.addEventListener('keydown', (event) => {
    const dialog = overlay.querySelector('[role="dialog"][aria-modal="true"]');
    if (!dialog) return;
    if (event.key === 'Escape' && !dialog.contains(event.target)) send(EVENT.key, dialog.dataset.node, '', KEYS.Escape);
    if (event.key !== 'Tab') return;
    const stops = [...dialog.querySelectorAll('.control')].filter((e) => !e.disabled && e.tabIndex >= 0);
    if (stops.length === 0) return;
    const first = stops[0], last = stops[stops.length - 1];
    const outside = !dialog.contains(document.activeElement);
    if (event.shiftKey && (document.activeElement === first || outside)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (document.activeElement === last || outside)) {
      event.preventDefault();
      first.focus();
    }
  });
  // The overlay is a <form> so password managers and autofill see the sign-in as one; it is never
  // submitted (Enter reaches the app as a key, which presses the form's primary button).
  overlay.addEventListener('submit', (event) => event.preventDefault());
  // A click on an option must not take focus from the combobox first (it would close the list).
  // Nor may a key of the on-screen keyboard take it from the field being typed in.
  overlay.addEventListener('mousedown', (event) => {
    if (event.target.closest('[role="option"], .key')) event.preventDefault();
  });
  // Files dropped on a file input's zone are chosen; dropped anywhere else they are ignored rather than
  // opened by the browser in place of the app (which would lose the form).
  document.addEventListener('dragover', (event) => {
    if (!event.dataTransfer || ![...event.dataTransfer.types].includes('Files')) return;
    event.preventDefault();
    const onZone = event.target.closest && event.target.closest('input[type="file"]');
    event.dataTransfer.dropEffect = onZone && !onZone.disabled ? 'copy' : 'none';
  });
  document.addEventListener('drop', (event) => {
    if (!event.dataTransfer || event.dataTransfer.files.length === 0) return;
    event.preventDefault();
    const zone = event.target.closest && event.target.closest('input[type="file"]');
    if (zone && !zone.disabled) deliverFiles(zone, [...event.dataTransfer.files]);
  });
  // Tables scroll natively (wheel, touch, scrollbar); the app draws the rows for the new offset.
  overlay.addEventListener('scroll', (event) => {
    const table = event.target;
    if (table.getAttribute && table.getAttribute('role') === 'table') send(EVENT.scroll, table.dataset.node, '', table.scrollTop);
  }, true);
})();

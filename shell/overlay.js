// Mirrors the app's semantic tree (window.muqeem.semantics) into real DOM elements laid over the
// canvas, in the same places: screen readers read them, the browser's own inputs take text (Arabic
// keyboards, IME, autofill, paste), the keyboard moves focus through them in reading order, and
// tests find them by role and name. Their events go back to C++ (Module.ccall('muqeem_ui_event')).
// Elements are kept by node id between frames, so focus, caret and composition survive updates.
'use strict';

(() => {
  const overlay = document.getElementById('overlay');
  const EVENT = { focus: 0, blur: 1, activate: 2, value: 3, key: 4, scroll: 5 };
  const KEYS = { Enter: 0, Escape: 1, ArrowUp: 2, ArrowDown: 3, Home: 4, End: 5, PageUp: 6, PageDown: 7 };
  const entries = new Map(); // key → { kind, main, parts: [elements], container }
  let composing = false;

  function send(kind, id, value = '', number = 0) {
    const module = window.Module;
    if (!module || !module.ccall || !id) return;
    module.ccall('muqeem_ui_event', null, ['number', 'string', 'string', 'number'], [kind, id, value, number]);
  }

  const domId = (id) => `m-${id}`;
  const nodeIdOf = (element) => element && element.closest('[data-node]')?.dataset.node;

  function place(element, rect) {
    if (!rect) return;
    const [x, y, width, height] = rect;
    element.style.left = `${x}px`;
    element.style.top = `${y}px`;
    element.style.width = `${width}px`;
    element.style.height = `${height}px`;
  }

  // The element(s) a node becomes; `kind` changes only when the role (or input type) does.
  function kindOf(node) {
    switch (node.role) {
      case 'heading': return `h${Math.min(Math.max(node.level || 1, 1), 6)}`;
      case 'banner': return 'header';
      case 'main': return 'main';
      case 'contentinfo': return 'footer';
      case 'textbox': case 'combobox': return 'field';
      case 'checkbox': case 'radio': return node.role;
      default: return node.role;
    }
  }

  function create(node, kind) {
    const entry = { kind, parts: [] };
    let main;
    switch (kind) {
      case 'header': case 'main': case 'footer':
        main = document.createElement(kind);
        main.className = 'group';
        break;
      case 'paragraph': main = document.createElement('p'); break;
      case 'button':
        main = document.createElement('button');
        main.type = 'button';
        break;
      case 'link':
        main = document.createElement('a');
        main.href = '#';
        break;
      case 'field': case 'checkbox': case 'radio': {
        main = document.createElement('input');
        if (kind !== 'field') main.type = kind;
        const label = document.createElement('label');
        label.className = 'label';
        entry.label = label;
        entry.parts.push(label);
        if (kind === 'field') {
          entry.description = document.createElement('span');
          entry.error = document.createElement('span');
          entry.parts.push(entry.description, entry.error);
          main.spellcheck = true;
        }
        break;
      }
      case 'radiogroup': case 'alert': case 'status': case 'listbox': case 'dialog': case 'list': case 'group':
      case 'table': case 'row': case 'tablist':
        main = document.createElement('div');
        main.setAttribute('role', node.role);
        main.className = 'group';
        entry.title = document.createElement('span');
        entry.title.className = 'node';
        main.appendChild(entry.title);
        break;
      default:
        main = kind.startsWith('h') ? document.createElement(kind) : document.createElement('div');
        if (!kind.startsWith('h')) main.setAttribute('role', node.role);
    }
    if (!main.classList.contains('group')) main.classList.add('node');
    if (['button', 'link', 'field', 'checkbox', 'radio', 'option', 'tab'].includes(kind)) {
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

  function update(entry, node, tree) {
    const { main } = entry;
    const states = node.states || {};
    main.lang = node.lang || tree.lang;
    main.dir = node.lang === 'ar' ? 'rtl' : node.lang === 'en' ? 'ltr' : tree.dir;
    if (node.id) {
      main.dataset.node = node.id;
      main.id = domId(node.id);
    }
    if (!main.classList.contains('group')) place(main, node.rect);
    setAttribute(main, 'aria-busy', states.busy ? 'true' : null);

    switch (entry.kind) {
      case 'field': case 'checkbox': case 'radio':
        updateInput(entry, node, tree, states);
        break;
      case 'button': case 'link':
        setText(main, node.name);
        setAttribute(main, 'aria-disabled', states.disabled ? 'true' : null);
        setAttribute(main, 'tabindex', states.disabled ? '-1' : null);
        break;
      case 'option':
        setText(main, node.name);
        setAttribute(main, 'aria-selected', states.selected ? 'true' : 'false');
        break;
      case 'header': case 'main': case 'footer':
        break;
      default:
        if (entry.title) {
          setText(entry.title, node.description ? `${node.name} ${node.description}` : node.name);
          setAttribute(main, 'aria-label', ['radiogroup', 'listbox', 'dialog', 'table'].includes(node.role)
            ? node.name : null);
          setAttribute(main, 'aria-required', states.required ? 'true' : null);
          setAttribute(main, 'aria-invalid', states.invalid ? 'true' : null);
          setAttribute(main, 'aria-modal', states.modal ? 'true' : null);
          if (node.role === 'radiogroup' && node.labelRect) place(entry.title, node.labelRect);
        } else {
          setText(main, node.name);
        }
    }
  }

  function updateInput(entry, node, tree, states) {
    const { main: input, label } = entry;
    const focused = document.activeElement === input;
    setText(label, node.name);
    label.htmlFor = input.id;
    label.lang = input.lang;
    place(label, node.labelRect || [0, 0, 0, 0]);
    input.disabled = !!states.disabled;
    input.required = !!states.required;
    setAttribute(input, 'aria-invalid', states.invalid ? 'true' : null);
    if (entry.kind === 'checkbox' || entry.kind === 'radio') {
      input.checked = !!states.checked;
      if (entry.kind === 'radio') input.name = node.parent !== undefined ? `group-${node.parent}` : input.id;
      return;
    }
    const digits = node.input === 'digits';
    const type = node.input === 'password' ? 'password' : 'text';
    if (input.type !== type) input.type = type;
    setAttribute(input, 'inputmode', digits ? 'numeric' : null);
    setAttribute(input, 'autocomplete', node.autocomplete || (node.input === 'password' ? 'off' : null));
    // Identifiers read left to right even in Arabic; both sit at the UI's start side, as drawn.
    input.dir = digits ? 'ltr' : 'auto';
    input.style.textAlign = tree.dir === 'rtl' ? 'right' : 'left';
    if (node.role === 'combobox') {
      setAttribute(input, 'role', 'combobox');
      setAttribute(input, 'aria-autocomplete', 'list');
      setAttribute(input, 'aria-expanded', states.expanded ? 'true' : 'false');
      setAttribute(input, 'aria-controls', domId(`${node.id}.options`));
    }
    entry.description.id = `${input.id}-hint`;
    entry.error.id = `${input.id}-error`;
    setText(entry.description, node.description || '');
    setText(entry.error, node.error || '');
    const described = [node.description && entry.description.id, node.error && entry.error.id].filter(Boolean);
    setAttribute(input, 'aria-describedby', described.length ? described.join(' ') : null);
    // C++ is the truth for the value; while the person types, the two agree unless C++ normalized
    // it (Arabic-Indic digits to Western): then the caret stays where it was.
    const value = node.value ?? '';
    if (input.value !== value && !(focused && composing)) {
      const { selectionStart, selectionEnd } = input;
      input.value = value;
      if (focused) input.setSelectionRange(selectionStart, selectionEnd);
    }
  }

  function activeDescendant(tree) {
    // A combobox points at its highlighted option, so screen readers read it as arrows move.
    for (const node of tree.nodes) {
      if (node.role !== 'option' || !(node.states || {}).selected) continue;
      const list = tree.nodes[node.parent];
      const box = list && tree.nodes.find((n) => n.role === 'combobox' && `${n.id}.options` === list.id);
      if (box) setAttribute(document.getElementById(domId(box.id)), 'aria-activedescendant', domId(node.id));
    }
    for (const node of tree.nodes) {
      if (node.role === 'combobox' && !(node.states || {}).expanded) {
        document.getElementById(domId(node.id))?.removeAttribute('aria-activedescendant');
      }
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
    tree.nodes.forEach((node, index) => {
      const key = node.id ? `id:${node.id}` : `at:${index}:${node.role}`;
      const kind = kindOf(node);
      let entry = entries.get(key);
      if (!entry || entry.kind !== kind) {
        entry = create(node, kind);
        entries.set(key, entry);
      }
      update(entry, node, tree);
      seen.add(key);
      byIndex.push(entry);
    });
    for (const key of [...entries.keys()]) if (!seen.has(key)) entries.delete(key);

    const children = new Map([[overlay, []]]);
    tree.nodes.forEach((node, index) => {
      const parent = (node.parent !== undefined && byIndex[node.parent].container) || overlay;
      if (!children.has(parent)) children.set(parent, []);
      children.get(parent).push(...byIndex[index].parts);
    });
    for (const entry of byIndex) {
      if (entry.container && !children.has(entry.container)) children.set(entry.container, []);
    }
    for (const [container, wanted] of children) {
      const entry = byIndex.find((e) => e.container === container);
      reconcile(container, wanted, entry && entry.title ? [entry.title] : []);
    }
    activeDescendant(tree);
    // Everything outside an open modal dialog is out of reach (focus, screen reader, pointer).
    const modal = tree.nodes.findIndex((node) => node.role === 'dialog' && (node.states || {}).modal);
    for (const child of overlay.children) {
      child.inert = modal >= 0 && child !== byIndex[modal].main && !child.contains(byIndex[modal].main);
    }
    if (tree.focus) {
      const target = document.getElementById(domId(tree.focus));
      if (target && document.activeElement !== target) target.focus();
    }
  }

  window.addEventListener('muqeem:semantics', () => render(window.muqeem.semantics));

  overlay.addEventListener('focusin', (event) => send(EVENT.focus, nodeIdOf(event.target)));
  overlay.addEventListener('focusout', (event) => send(EVENT.blur, nodeIdOf(event.target)));
  overlay.addEventListener('click', (event) => {
    const target = event.target.closest('.control');
    if (!target) return;
    if (target.tagName === 'A') event.preventDefault(); // an action, not a navigation
    if (target.tagName === 'INPUT' && (target.type === 'checkbox' || target.type === 'radio')) return;
    if (target.getAttribute('aria-disabled') === 'true') return;
    send(EVENT.activate, target.dataset.node);
  });
  // Checkboxes and radios change by click, Space and (radios) arrow keys: one event for all.
  overlay.addEventListener('change', (event) => {
    const { target } = event;
    if (target.type === 'checkbox' || target.type === 'radio') send(EVENT.activate, target.dataset.node);
  });
  overlay.addEventListener('input', (event) => {
    if (event.target.tagName === 'INPUT' && event.target.type !== 'checkbox' && event.target.type !== 'radio') {
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
    const combobox = target.getAttribute('role') === 'combobox';
    const expanded = target.getAttribute('aria-expanded') === 'true';
    if (combobox && (event.key !== 'Enter' || expanded) && event.key !== 'PageUp' && event.key !== 'PageDown') {
      event.preventDefault();
      send(EVENT.key, id, '', KEYS[event.key]);
    }
    if (event.key === 'Escape') {
      // Esc also reaches the dialog (or menu) around the control.
      const dialog = target.closest('[role="dialog"]');
      if (dialog && dialog.dataset.node) send(EVENT.key, dialog.dataset.node, '', KEYS.Escape);
    }
  });
  // A click on an option must not take focus from the combobox first (it would close the list).
  overlay.addEventListener('mousedown', (event) => {
    if (event.target.closest('[role="option"]')) event.preventDefault();
  });
})();

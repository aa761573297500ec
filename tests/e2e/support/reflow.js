// What WCAG 1.4.10 (reflow) asks of a page at `width` CSS px, read from the page and the app's own
// semantic tree: empty when the page reflows.
import { expect } from '@playwright/test';

const CONTROLS = ['button', 'link', 'textbox', 'radio', 'checkbox', 'combobox'];
// An identifier as officers read it: an iqama, visa, border or request number.
const IDENTIFIER = /\d{6,}/;

export async function reflowProblems(page, width) {
  await page.waitForTimeout(300);  // a frame or two after the last change
  return page.evaluate(({ width, controls, identifier }) => {
    const problems = [];
    if (document.documentElement.scrollWidth > width) problems.push(`page ${document.documentElement.scrollWidth} px wide`);
    for (const text of window.muqeem.semantics.overflows || []) problems.push(`"${text}" runs past its place`);
    const all = window.muqeem.semantics.nodes;
    const nodes = all.filter((n) => n.rect && n.rect[2] > 0 && n.rect[3] > 0);
    for (const node of nodes) {
      const [x, , w] = node.rect;
      if (x < -0.5 || x + w > width + 0.5) problems.push(`${node.role} "${node.name}" from ${x} to ${x + w}`);
      if (node.clipped && new RegExp(identifier).test(node.name)) problems.push(`"${node.name}" is cut`);
    }
    // A modal dialog lies over the page on purpose (the page under it is inert): compare like with like.
    const inDialog = (node) => {
      for (let at = node.parent; at >= 0 && at !== undefined; at = all[at].parent) if (all[at].role === 'dialog') return true;
      return false;
    };
    const shown = nodes.filter((n) => controls.includes(n.role));
    for (let i = 0; i < shown.length; ++i) {
      for (let j = i + 1; j < shown.length; ++j) {
        if (inDialog(shown[i]) !== inDialog(shown[j])) continue;
        const [ax, ay, aw, ah] = shown[i].rect;
        const [bx, by, bw, bh] = shown[j].rect;
        const overlap = Math.min(ax + aw, bx + bw) - Math.max(ax, bx) > 1 && Math.min(ay + ah, by + bh) - Math.max(ay, by) > 1;
        if (overlap) problems.push(`"${shown[i].name}" overlaps "${shown[j].name}"`);
      }
    }
    return problems;
  }, { width, controls: CONTROLS, identifier: IDENTIFIER.source });
}

export async function expectReflows(page, width, screen) {
  expect(await reflowProblems(page, width), screen).toEqual([]);
}

// Every identifier in `expected` shown whole somewhere in the tree (a card's line or a cell), never cut.
export async function expectIdentifiersWhole(page, expected, screen) {
  const names = await page.evaluate(() => window.muqeem.semantics.nodes.filter((n) => !n.clipped).map((n) => n.name));
  const missing = expected.filter((id) => !names.some((name) => name.includes(id)));
  expect(missing, `${screen}: identifiers not shown whole`).toEqual([]);
}

// axe-core over the overlay DOM (what assistive technology reads): no serious or critical violation.
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';

export async function noSeriousViolations(page, screen) {
  const results = await new AxeBuilder({ page }).include('#overlay').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${screen}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

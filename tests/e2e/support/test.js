// The browser tests' `test`: Playwright's, with every answer the app receives from /api/v1 checked
// against the contract, so each journey also proves the server keeps to it. A test that fakes answers
// on purpose (failures.spec.js) turns the check off with test.use({ contractCheck: false }).
import { test as base, expect } from '@playwright/test';
import { schemaFor, templateFor, violation } from './contract.js';

async function check(response) {
  const url = new URL(response.url());
  if (!url.pathname.startsWith('/api/v1/')) return '';
  const path = url.pathname.slice('/api/v1'.length);
  const method = response.request().method();
  const where = `${method} ${path} ${response.status()}`;
  const template = templateFor(path);
  if (!template) return `${where}: the path is not in the contract`;
  let schema;
  try {
    schema = schemaFor(template, method, response.status());
  } catch (error) {
    return `${where}: ${error.message}`;
  }
  if (!schema) return '';
  let body;
  try {
    body = await response.json();
  } catch {
    return '';  // the page went away before the body could be read; nothing to judge
  }
  const complaint = violation(schema, body);
  return complaint && `${where}: ${complaint}`;
}

export const test = base.extend({
  contractCheck: [true, { option: true }],
  page: async ({ page, contractCheck }, use) => {
    const checks = [];
    if (contractCheck) page.on('response', (response) => checks.push(check(response)));
    await use(page);
    const broken = (await Promise.all(checks)).filter(Boolean);
    expect(broken, 'answers from /api/v1 that break the contract').toEqual([]);
  },
});

export { expect };

// The API contract (assets/api/openapi.yaml) as the browser tests check answers against it, with Ajv:
// the schema the contract gives an operation's response, and whether a body follows it.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import YAML from 'yaml';

export const contract = YAML.parse(readFileSync('assets/api/openapi.yaml', 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(contract, 'openapi');
const validators = new Map();

// The contract's path template for a concrete path under /api/v1 ("/residents/2123456789" →
// "/residents/{iqamaNumber}"); a literal path wins over a template. undefined: not in the contract.
export function templateFor(path) {
  if (contract.paths[path]) return path;
  return Object.keys(contract.paths).find((template) => {
    if (!template.includes('{')) return false;
    const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
    return new RegExp(`^${pattern}$`).test(path);
  });
}

// The schema for this operation's answer with this status; null when the contract promises no body.
// Throws when the contract does not describe the operation or the status at all.
export function schemaFor(template, method, status) {
  const operation = contract.paths[template] && contract.paths[template][method.toLowerCase()];
  if (!operation) throw new Error(`${method.toUpperCase()} ${template} is not in the contract`);
  let response = operation.responses[String(status)] || operation.responses[`${String(status)[0]}XX`];
  if (!response) throw new Error(`${method.toUpperCase()} ${template} ${status} is not in the contract`);
  if (response.$ref) response = response.$ref.split('/').slice(1).reduce((node, key) => node[key], contract);
  const content = response.content && (response.content['application/json'] || response.content['application/problem+json']);
  return (content && content.schema) || null;
}

// Checks a parsed body against a schema from schemaFor(); returns Ajv's complaint, or '' when it follows.
export function violation(schema, body) {
  const name = schema.$ref.split('/').pop();
  if (!validators.has(name)) validators.set(name, ajv.compile({ $ref: `openapi#/components/schemas/${name}` }));
  const validate = validators.get(name);
  return validate(body) ? '' : ajv.errorsText(validate.errors);
}

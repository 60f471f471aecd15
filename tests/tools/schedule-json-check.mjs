// Validates c3voc schedule.json files against a JSON Schema (draft-06, as ../shared/schemas/schema.json is):
//   node tests/tools/schedule-json-check.mjs SCHEMA FILE [FILE …]
// prints one JSON document { files: [ { path, errors: [ "<instancePath> <message>" ] } ] }; exit 0 when it ran, 2 on usage error.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Ajv = require('ajv');
const addFormats = require('ajv-formats');
const draft06 = require('ajv/dist/refs/json-schema-draft-06.json');

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error('usage: node schedule-json-check.mjs SCHEMA FILE [FILE …]');
  process.exit(2);
}

// strict: false, because the schema uses annotations ajv does not know ($comment-like "$oneOf", "$todo", "deprecated");
// every keyword that validates is still checked. "color" is the schema's own format: "#rrggbb", as the frab XSD says.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addMetaSchema(draft06);
ajv.addFormat('color', /^#[0-9a-fA-F]{6}$/);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));

const result = { files: [] };
for (const path of files) {
  let errors;
  try {
    const data = JSON.parse(fs.readFileSync(path, 'utf8'));
    errors = validate(data) ? [] : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}${e.params ? ' ' + JSON.stringify(e.params) : ''}`);
  } catch (e) {
    errors = [String(e.message || e)];
  }
  result.files.push({ path, errors });
}
console.log(JSON.stringify(result));

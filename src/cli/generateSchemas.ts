import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_FILES, toJsonSchemaText } from '../knowledge/jsonSchemas';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/loadKnowledgeBase';

/** npm run kb:schema — regenerates knowledge/schema/*.schema.json after a change to src/knowledge/schema.ts. */
for (const [file, schema] of Object.entries(SCHEMA_FILES)) {
  writeFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'schema', file), toJsonSchemaText(schema));
  process.stdout.write(`wrote knowledge/schema/${file}\n`);
}

import { z } from '../framework/zod';
import { KNOWLEDGE_FILES } from './loadKnowledgeBase';
import { coverageFileSchema } from './schema';

/** Every YAML file's schema, by the JSON Schema file name its first line references. */
export const SCHEMA_FILES: Record<string, z.ZodType> = {
  ...Object.fromEntries(
    Object.values(KNOWLEDGE_FILES).map((spec) => [spec.file.replace('.yaml', '.schema.json'), spec.schema]),
  ),
  'coverage.schema.json': coverageFileSchema,
};

/** JSON Schema (draft 2020-12) generated from the same zod schema the loader validates with. */
export function toJsonSchemaText(schema: z.ZodType): string {
  // "input" describes what a curator writes: fields with defaults are optional there.
  return `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`;
}

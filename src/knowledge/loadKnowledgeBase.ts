import { createHash } from 'node:crypto';
import { basename, join, relative } from 'node:path';
import type { z } from 'zod';
import { buildFacetEntries } from './buildFacetEntries';
import type { Entry, KnowledgeBase } from './KnowledgeBase';
import { KnowledgeBaseError, type KnowledgeIssue } from './KnowledgeBaseError';
import { readYamlFile, type YamlFile } from './readYamlFile';
import { SHIPPED_KNOWLEDGE_DIR } from '../startup/projectRoot';
import { normalizeText, stemWord, tokenize } from '../text';
import { safetyFileSchema } from './safetySchema';
import {
  contentFileSchema,
  facetFileSchema,
  faqFileSchema,
  FACET_KEYS,
  languageFileSchema,
  nutrientFileSchema,
  policyFileSchema,
  smallTalkExamplesFileSchema,
  synonymFileSchema,
  vocabularyFileSchema,
} from './schema';

/** Every file of the knowledge base and the schema it must satisfy. */
export const KNOWLEDGE_FILES = {
  faq: { file: 'faq.yaml', schema: faqFileSchema },
  nutrients: { file: 'nutrients.yaml', schema: nutrientFileSchema },
  facets: { file: 'facets.yaml', schema: facetFileSchema },
  synonyms: { file: 'synonyms.yaml', schema: synonymFileSchema },
  language: { file: 'language.yaml', schema: languageFileSchema },
  vocabulary: { file: 'vocabulary.yaml', schema: vocabularyFileSchema },
  content: { file: 'content.yaml', schema: contentFileSchema },
  policy: { file: 'policy.yaml', schema: policyFileSchema },
  safety: { file: 'safety.yaml', schema: safetyFileSchema },
  smallTalkExamples: { file: 'smalltalk-examples.yaml', schema: smallTalkExamplesFileSchema },
} as const;

type Files = typeof KNOWLEDGE_FILES;
type Loaded = { [K in keyof Files]: YamlFile<z.infer<Files[K]['schema']>> };

/** The folder shipped with the service: <project>/knowledge, whether running from src/ or dist/src/. */
export const DEFAULT_KNOWLEDGE_DIR = SHIPPED_KNOWLEDGE_DIR;

/**
 * Loads and validates every knowledge file, then checks references between them. Any problem anywhere
 * throws one KnowledgeBaseError listing all of them (file:line, entry id, message); nothing is half-loaded.
 */
export function loadKnowledgeBase(dir: string = DEFAULT_KNOWLEDGE_DIR): KnowledgeBase {
  const display = (file: string) => relative(process.cwd(), join(dir, file)) || file;
  const issues: KnowledgeIssue[] = [];
  const loaded: Partial<Record<keyof Files, YamlFile<unknown>>> = {};
  for (const [key, spec] of Object.entries(KNOWLEDGE_FILES) as [keyof Files, Files[keyof Files]][]) {
    const result = readYamlFile(join(dir, spec.file), display(spec.file), spec.schema);
    if (result.ok) loaded[key] = result.value;
    else issues.push(...result.issues);
  }
  if (issues.length > 0) throw new KnowledgeBaseError(issues);
  const files = loaded as Loaded;

  const {
    faq,
    nutrients,
    facets,
    synonyms,
    language,
    vocabulary,
    content,
    policy,
    safety,
    smallTalkExamples,
  } = files;
  issues.push(...checkFacetTemplates(facets));
  const faqEntries: Entry[] = faq.data.entries.map((entry, index) => ({
    ...entry,
    origin: { kind: 'faq' },
    location: { file: faq.file, line: faq.lineOf(['entries', index]) },
  }));
  const facetEntries = buildFacetEntries(
    nutrients.data.nutrients,
    facets.data.facets,
    nutrients.lineOf,
    nutrients.file,
  );
  const entries = [...faqEntries, ...facetEntries];

  issues.push(...checkUniqueIds(entries, nutrients));
  issues.push(...checkVocabulary(vocabulary, { synonyms, nutrients, policy, entries }));
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const unknownCautions = unknownCautionsIn(new Set(safety.data.cautions.map((caution) => caution.id)));
  const regionIds = new Set(content.data.regions.map((region) => region.id));
  faq.data.entries.forEach((entry, index) => {
    entry.followUps.forEach((id, i) => {
      if (!byId.has(id))
        issues.push(
          refIssue(
            faq,
            ['entries', index, 'followUps', i],
            entry.id,
            `followUps[${i}] "${id}" is not an entry id`,
          ),
        );
      if (id === entry.id)
        issues.push(
          refIssue(faq, ['entries', index, 'followUps', i], entry.id, `followUps[${i}] points to itself`),
        );
    });
    issues.push(
      ...unknownCautions(faq, ['entries', index, 'cautions'], entry.id, entry.cautions, 'cautions'),
    );
    const seenRegions = new Set<string>();
    entry.regional.forEach(({ region }, i) => {
      const path = ['entries', index, 'regional', i, 'region'];
      if (!regionIds.has(region))
        issues.push(
          refIssue(faq, path, entry.id, `regional[${i}].region "${region}" is not in content.yaml regions`),
        );
      if (seenRegions.has(region))
        issues.push(refIssue(faq, path, entry.id, `regional[${i}].region "${region}" is given twice`));
      seenRegions.add(region);
    });
  });
  nutrients.data.nutrients.forEach((nutrient, index) => {
    for (const key of FACET_KEYS) {
      const path = ['nutrients', index, 'facets', key, 'cautions'];
      issues.push(
        ...unknownCautions(
          nutrients,
          path,
          nutrient.id,
          nutrient.facets[key].cautions,
          `facets.${key}.cautions`,
        ),
      );
    }
  });
  safety.data.safetyNet.topics.forEach((id, i) => {
    if (!byId.has(id))
      issues.push(
        refIssue(
          safety,
          ['safetyNet', 'topics', i],
          undefined,
          `safetyNet.topics[${i}] "${id}" is not an entry id`,
        ),
      );
  });
  content.data.starters.forEach((id, i) => {
    if (!byId.has(id))
      issues.push(refIssue(content, ['starters', i], undefined, `starters[${i}] "${id}" is not an entry id`));
  });
  if (issues.length > 0) throw new KnowledgeBaseError(issues);

  // File names and contents only: the same files give the same version from any directory or checkout.
  const hash = createHash('sha256');
  for (const file of Object.values(files))
    hash.update(basename(file.file)).update('\0').update(file.text).update('\0');

  return Object.freeze({
    entries,
    byId,
    nutrients: nutrients.data.nutrients,
    facets: facets.data.facets,
    synonyms: synonyms.data.synonyms,
    subjectWords: synonyms.data.subjectWords,
    uncoveredTopics: synonyms.data.uncoveredTopics.map((topic, index) => ({
      ...topic,
      location: { file: synonyms.file, line: synonyms.lineOf(['uncoveredTopics', index]) },
    })),
    language: language.data,
    vocabulary: vocabulary.data,
    content: content.data,
    policy: policy.data,
    safety: safety.data,
    smallTalkExamples: smallTalkExamples.data.sets,
    version: hash.digest('hex').slice(0, 12),
  });
}

/** Every caution id in `ids` (found at `path` in `file`) that safety.yaml does not define. */
function unknownCautionsIn(cautionIds: ReadonlySet<string>) {
  return (
    file: YamlFile<unknown>,
    path: ReadonlyArray<string | number>,
    entryId: string,
    ids: readonly string[],
    label: string,
  ): KnowledgeIssue[] =>
    ids.flatMap((id, i) =>
      cautionIds.has(id)
        ? []
        : [
            refIssue(
              file,
              [...path, i],
              entryId,
              `${label}[${i}] "${id}" is not a caution id in safety.yaml`,
            ),
          ],
    );
}

function refIssue(
  file: YamlFile<unknown>,
  path: ReadonlyArray<string | number>,
  entryId: string | undefined,
  message: string,
): KnowledgeIssue {
  return { file: file.file, line: file.lineOf(path), entryId, message };
}

/**
 * A category must say what the base already says, from a page that names it, with each word meaning one thing:
 * - its `concept` is a phrase some entry uses (title, alternates, answer, points or tags), so every member
 *   reaches the entries about the class rather than a word nothing matches;
 * - each source is on a domain `policy.yaml` allows (the lint holds entries to the same list);
 * - a member listed again (in another category, as a synonym variant or a nutrient alias) would silently lose
 *   to whichever the matcher read first.
 * Words are compared as the matcher reads them: by stem, so "veggie" and "veggies" are the same word.
 */
function checkVocabulary(
  vocabulary: Loaded['vocabulary'],
  base: {
    synonyms: Loaded['synonyms'];
    nutrients: Loaded['nutrients'];
    policy: Loaded['policy'];
    entries: readonly Entry[];
  },
): KnowledgeIssue[] {
  const issues: KnowledgeIssue[] = [];
  const stems = (text: string) => tokenize(normalizeText(text)).map(stemWord).join(' ');
  const taken = new Map<string, string>();
  for (const synonym of base.synonyms.data.synonyms)
    for (const variant of synonym.variants)
      taken.set(stems(variant), `a synonym variant of "${synonym.canonical}" in synonyms.yaml`);
  for (const nutrient of base.nutrients.data.nutrients)
    for (const alias of nutrient.aliases)
      taken.set(stems(alias), `an alias of ${nutrient.id} in nutrients.yaml`);
  // Every entry's words as one padded string per entry, so a concept is found as a whole phrase.
  const entryTexts = base.entries.map(
    (entry) =>
      ` ${[entry.title, ...entry.alternates, entry.answer, ...entry.points, ...entry.tags].map(stems).join(' ')} `,
  );
  const allowed = base.policy.data.allowedSourceDomains;
  const seen = new Map<string, string>();
  vocabulary.data.categories.forEach((category, c) => {
    const concept = stems(category.concept);
    if (!entryTexts.some((text) => text.includes(` ${concept} `)))
      issues.push(
        refIssue(
          vocabulary,
          ['categories', c, 'concept'],
          undefined,
          `category "${category.name}": concept "${category.concept}" is used by no entry; name the class in the words the entries use`,
        ),
      );
    category.sources.forEach((source, s) => {
      const host = new URL(source.url).hostname;
      if (!allowed.some((domain) => host === domain || host.endsWith(`.${domain}`)))
        issues.push(
          refIssue(
            vocabulary,
            ['categories', c, 'sources', s, 'url'],
            undefined,
            `category "${category.name}": source "${source.url}" is not on an allowed domain (knowledge/policy.yaml)`,
          ),
        );
    });
    category.members.forEach((member, m) => {
      const key = stems(member);
      const path = ['categories', c, 'members', m];
      const earlier = seen.get(key);
      const elsewhere = taken.get(key);
      if (earlier !== undefined)
        issues.push(refIssue(vocabulary, path, undefined, `member "${member}" is already in "${earlier}"`));
      else if (elsewhere !== undefined)
        issues.push(refIssue(vocabulary, path, undefined, `member "${member}" is also ${elsewhere}`));
      seen.set(key, category.name);
    });
  });
  return issues;
}

function checkFacetTemplates(facets: Loaded['facets']): KnowledgeIssue[] {
  const seen = new Set<string>();
  const issues: KnowledgeIssue[] = [];
  facets.data.facets.forEach((template, index) => {
    if (seen.has(template.key))
      issues.push(
        refIssue(facets, ['facets', index, 'key'], undefined, `facet "${template.key}" is defined twice`),
      );
    seen.add(template.key);
  });
  return issues;
}

function checkUniqueIds(entries: readonly Entry[], nutrients: Loaded['nutrients']): KnowledgeIssue[] {
  const issues: KnowledgeIssue[] = [];
  const firstSeen = new Map<string, Entry>();
  for (const entry of entries) {
    const first = firstSeen.get(entry.id);
    if (first) {
      const where =
        first.location.line === undefined
          ? first.location.file
          : `${first.location.file}:${first.location.line}`;
      issues.push({
        file: entry.location.file,
        line: entry.location.line,
        entryId: entry.id,
        message: `duplicate id (first defined at ${where})`,
      });
    } else firstSeen.set(entry.id, entry);
  }
  const nutrientIds = new Set<string>();
  nutrients.data.nutrients.forEach((nutrient, index) => {
    if (nutrientIds.has(nutrient.id))
      issues.push(refIssue(nutrients, ['nutrients', index, 'id'], nutrient.id, 'duplicate nutrient id'));
    nutrientIds.add(nutrient.id);
  });
  return issues;
}

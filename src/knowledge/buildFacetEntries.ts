import type { Entry } from './KnowledgeBase';
import type { FacetKey, FacetTemplate, FoodItem, IntakeRow, NutrientData } from './schema';

/**
 * Turns each nutrient record into nine answerable entries, one per facet, from the facet templates: the
 * question wording lives once in knowledge/facets.yaml and the facts once in knowledge/nutrients.yaml.
 */
export function buildFacetEntries(
  nutrients: readonly NutrientData[],
  templates: readonly FacetTemplate[],
  lineOf: (path: ReadonlyArray<string | number>) => number | undefined,
  file: string,
): Entry[] {
  const templateByKey = new Map(templates.map((template) => [template.key, template]));
  const entries: Entry[] = [];
  nutrients.forEach((nutrient, index) => {
    for (const template of templates) {
      const facet = nutrient.facets[template.key];
      const fill = (text: string) => text.replaceAll('{name}', nutrient.name);
      const rows: string[] =
        'items' in facet
          ? facet.items.map(formatFood)
          : 'table' in facet
            ? (facet.table as IntakeRow[]).map(formatIntake)
            : [];
      entries.push({
        id: facetEntryId(nutrient.id, template),
        title: fill(template.title),
        alternates: template.alternates.map(fill),
        answer: facet.summary,
        points: [...facet.points, ...rows],
        regional: [],
        sources: facet.sources,
        ...(facet.singleSourceReason ? { singleSourceReason: facet.singleSourceReason } : {}),
        followUps: template.followUps
          .map((key: FacetKey) => templateByKey.get(key))
          .filter((next): next is FacetTemplate => next !== undefined)
          .map((next) => facetEntryId(nutrient.id, next)),
        tags: [nutrient.name, ...nutrient.aliases],
        cautions: facet.cautions,
        origin: { kind: 'facet', nutrientId: nutrient.id, facet: template.key },
        location: { file, line: lineOf(['nutrients', index, 'facets', template.key]) },
      });
    }
  });
  return entries;
}

export function facetEntryId(nutrientId: string, template: Pick<FacetTemplate, 'idSuffix'>): string {
  return `${nutrientId}-${template.idSuffix}`;
}

function formatFood(item: FoodItem): string {
  const serving = item.serving ? ` (${item.serving})` : '';
  const amount = item.amount ? `: ${item.amount}` : '';
  return `${item.food}${serving}${amount}`;
}

function formatIntake(row: IntakeRow): string {
  return `${row.group}: ${row.amount}`;
}

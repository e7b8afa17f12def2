/**
 * JSON Schemas of the front matter of every entry kind and of site.yaml, for
 * editors (site.md, `/schemas/<kind>.json`). Generated from the same Zod
 * schemas that validate the content, as the *input* type: what a person
 * writes, where a field with a default may be left out.
 */
import { z } from 'astro/zod';
import { day } from './common.ts';
import { checkInSchema } from './checkin.ts';
import { cycleSchema } from './cycle.ts';
import { guideSchema } from './guide.ts';
import { handoverSchema } from './handover.ts';
import { objectiveSchema } from './objective.ts';
import { siteSchema } from './site.ts';
import { teamSchema } from './team.ts';

/** Every schema published for editors, by the name of its file (`/schemas/<kind>.json`). Append new kinds. */
export const editorSchemas = {
  site: { schema: siteSchema, title: 'okrbook site.yaml', files: 'site.yaml' },
  team: { schema: teamSchema, title: 'okrbook team', files: 'teams/*.md(x)' },
  cycle: { schema: cycleSchema, title: 'okrbook cycle', files: 'cycles/*.md(x)' },
  objective: { schema: objectiveSchema, title: 'okrbook objective', files: 'okrs/**/*.md(x)' },
  checkin: { schema: checkInSchema, title: 'okrbook check-in', files: 'checkins/**/*.md(x)' },
  guide: { schema: guideSchema, title: 'okrbook guide page', files: 'guide/**/*.md(x)' },
  handover: { schema: handoverSchema, title: 'okrbook handover note', files: 'handovers/**/*.md(x)' },
} as const;

/** The name of a published schema: `site`, `team`, `objective`... */
export type EditorSchemaKind = keyof typeof editorSchemas;

/** A JSON Schema document. */
export type JsonSchema = { $schema?: string; title?: string; description?: string } & Record<string, unknown>;

/**
 * The descriptions of the fields of one object, found by its set of keys
 * (src/cli/schemas.ts reads them from the JSDoc lines of src/schemas/).
 */
export interface FieldDocs {
  /** The object's field names, sorted and joined with commas. */
  keys: string;
  /** The object's own description, if any. */
  description?: string;
  /** Field name -> description. */
  fields: Record<string, string>;
}

/** The JSON Schema of one kind, with the field descriptions given. */
export function editorJsonSchema(kind: EditorSchemaKind, docs: FieldDocs[] = []): JsonSchema {
  const { schema, title, files } = editorSchemas[kind];
  const json: JsonSchema = z.toJSONSchema(schema, {
    // Front matter as written: defaults make a field optional, preprocessing is not a transform.
    io: 'input',
    // `.refine` and `.superRefine` (e.g. "target differs from baseline") have no JSON Schema form; `check` still reports them.
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema === day) {
        ctx.jsonSchema.format = 'date';
        ctx.jsonSchema.pattern = '^\\d{4}-\\d{2}-\\d{2}$';
      }
    },
  });
  const byKeys = new Map(docs.map((doc) => [doc.keys, doc]));
  describe(json, byKeys);
  const { $schema, description, ...rest } = json;
  return { $schema, title, description: `${description ?? ''} For ${files}; generated from okrbook's Zod schemas.`.trim(), ...rest };
}

/** Adds descriptions to every object of `json` whose keys match a documented object, depth first. */
function describe(json: unknown, byKeys: Map<string, FieldDocs>): void {
  if (Array.isArray(json)) {
    for (const item of json) describe(item, byKeys);
    return;
  }
  if (typeof json !== 'object' || json === null) return;
  const node = json as Record<string, unknown>;
  for (const value of Object.values(node)) describe(value, byKeys);
  const properties = node.properties;
  if (typeof properties !== 'object' || properties === null) return;
  const doc = byKeys.get(Object.keys(properties).sort().join(','));
  if (!doc) return;
  if (doc.description && node.description === undefined) node.description = doc.description;
  for (const [key, property] of Object.entries(properties as Record<string, Record<string, unknown>>)) {
    const text = doc.fields[key];
    if (text && property.description === undefined) property.description = text;
  }
}

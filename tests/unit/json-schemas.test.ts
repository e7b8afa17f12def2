import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { editorSchemaFiles } from '../../src/cli/schemas.ts';
import { editorSchemas } from '../../src/schemas/json-schema.ts';
import { projectRoot } from '../helpers.ts';

const generated = editorSchemaFiles();
const committed = (name: string) => readFileSync(path.join(projectRoot, 'schemas', name), 'utf8');

/** Every Markdown file below a folder of the example content. */
const entries = (folder: string): string[] =>
  readdirSync(path.join(projectRoot, 'content', folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => path.join(projectRoot, 'content', folder, f));
const frontMatter = (file: string): unknown => parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))![1]!);

const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
const validator = (kind: keyof typeof editorSchemas) => ajv.compile(JSON.parse(committed(`${kind}.json`)) as object);

describe('JSON Schemas for editors', () => {
  it('the committed schemas/*.json are what `npm run schemas` writes now', () => {
    expect(readdirSync(path.join(projectRoot, 'schemas')).sort()).toEqual(Object.keys(generated).sort());
    for (const [name, text] of Object.entries(generated)) {
      // Out of date: run `npm run schemas` and commit schemas/.
      expect(committed(name), `schemas/${name} is out of date: run npm run schemas`).toBe(text);
    }
  });

  it('every field of an entry kind carries its JSDoc line as description', () => {
    const objective = JSON.parse(generated['objective.json']!);
    expect(objective.properties.why_now.description).toBe('Why this matters this cycle.');
    expect(objective.properties.key_results.items.properties.baseline.description).toBe('Where the number stood when the cycle began (metrics: required).');
    expect(objective.required).toEqual(['title', 'team', 'cycle', 'key_results']);
    const site = JSON.parse(generated['site.json']!);
    expect(site.properties.grading.properties.green).toMatchObject({ default: 0.7, exclusiveMinimum: 0, maximum: 1, description: 'Lowest score graded green. Default 0.7.' });
    expect(JSON.parse(generated['cycle.json']!).properties.start).toMatchObject({ type: 'string', format: 'date' });
  });

  it('accepts every file of the example organisation', () => {
    const folders = { team: 'teams', cycle: 'cycles', objective: 'okrs', checkin: 'checkins', guide: 'guide', handover: 'handovers' } as const;
    for (const [kind, folder] of Object.entries(folders)) {
      const validate = validator(kind as keyof typeof folders);
      for (const file of entries(folder)) {
        expect(validate(frontMatter(file)) ? [] : validate.errors, path.relative(projectRoot, file)).toEqual([]);
      }
    }
    const validateSite = validator('site');
    expect(validateSite(parse(readFileSync(path.join(projectRoot, 'content', 'site.yaml'), 'utf8')))).toBe(true);
  });

  it('flags a misspelt setting and a key result without an id, as check does', () => {
    const validateSite = validator('site');
    expect(validateSite({ title: 'OKRs', grading: { gren: 0.7 } })).toBe(false);
    expect(validateSite.errors?.[0]).toMatchObject({ instancePath: '/grading', keyword: 'additionalProperties', params: { additionalProperty: 'gren' } });
    const validateObjective = validator('objective');
    expect(validateObjective({ title: 'Grow', team: 'sales', cycle: '2026-q3', key_results: [{ title: 'MRR', baseline: 1, target: 2 }] })).toBe(false);
    expect(validateObjective.errors?.[0]).toMatchObject({ instancePath: '/key_results/0', keyword: 'required', params: { missingProperty: 'id' } });
  });
});

/**
 * `npm run schemas`: writes `schemas/<kind>.json` (the JSON Schemas editors
 * use, also published at `/schemas/<kind>.json`) from the Zod schemas in
 * src/schemas/, their field descriptions from the JSDoc line above each field.
 * `tests/unit/json-schemas.test.ts` fails when the committed files are out of date.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { editorJsonSchema, editorSchemas, type EditorSchemaKind, type FieldDocs } from '../schemas/json-schema.ts';
import { runMain } from './run.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The JSDoc text of a node, on one line, without the `/** *\/` marks. */
function jsDocOf(node: ts.Node, source: ts.SourceFile): string | undefined {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  const doc = ranges.filter((r) => source.text.startsWith('/**', r.pos)).at(-1);
  if (!doc) return undefined;
  return source.text
    .slice(doc.pos + 3, doc.end - 2)
    .split('\n')
    .map((line) => line.replace(/^\s*\*?\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
}

/** Every `z.strictObject({...})` / `z.object({...})` of one schema file, with its documented fields. */
export function fieldDocsOf(fileName: string, text: string): FieldDocs[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: FieldDocs[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && /^(strictObject|object|looseObject)$/.test(node.expression.name.text)) {
      const literal = node.arguments[0];
      if (literal && ts.isObjectLiteralExpression(literal)) {
        const fields: Record<string, string> = {};
        const keys: string[] = [];
        for (const property of literal.properties) {
          if (!property.name || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) continue;
          keys.push(property.name.text);
          const doc = jsDocOf(property, source);
          if (doc) fields[property.name.text] = doc;
        }
        let owner: ts.Node = node.parent;
        while (owner && !ts.isVariableStatement(owner) && !ts.isPropertyAssignment(owner) && !ts.isSourceFile(owner)) owner = owner.parent;
        const description = ts.isVariableStatement(owner) ? jsDocOf(owner, source) : undefined;
        found.push({ keys: keys.sort().join(','), fields, ...(description ? { description } : {}) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The documented objects of every file in src/schemas/. */
export function schemaFieldDocs(root = projectRoot): FieldDocs[] {
  const dir = path.join(root, 'src', 'schemas');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .flatMap((name) => fieldDocsOf(name, readFileSync(path.join(dir, name), 'utf8')));
}

/** File name -> text of every schema file `npm run schemas` writes. */
export function editorSchemaFiles(root = projectRoot): Record<string, string> {
  const docs = schemaFieldDocs(root);
  return Object.fromEntries(
    (Object.keys(editorSchemas) as EditorSchemaKind[]).map((kind) => [`${kind}.json`, `${JSON.stringify(editorJsonSchema(kind, docs), null, 2)}\n`]),
  );
}

/** `okrbook schemas` (src/cli/okrbook.ts). */
export async function run(): Promise<void> {
  await runMain('schemas', () => {
    // The folder given, else schemas/ of the current folder (in this repository: the schemas/ the package ships).
    const dir = path.resolve(process.argv[2] ?? 'schemas');
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(editorSchemaFiles())) {
      writeFileSync(path.join(dir, name), text);
      console.log(`wrote ${path.relative(process.cwd(), path.join(dir, name))}`);
    }
    return 0;
  });
}

if (import.meta.main) await run();

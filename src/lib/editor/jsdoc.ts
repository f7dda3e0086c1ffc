/**
 * The JSDoc line written beside each field of the schemas, read from their source with the
 * TypeScript compiler, so the editor's help text is the sentence the schema's author wrote
 * and cannot drift from it.
 *
 * A zod object at run time knows its keys but not where it was written. Every object
 * literal of the schema files that has a documented property is indexed by its keys (with
 * `...fields` spreads of the same file resolved), the file it is in and the property it is
 * assigned to; an object met while walking a schema is matched to the literal with the same
 * keys, preferring the schema's own file and the same property name.
 */
import ts from 'typescript';

export interface DocumentedObject {
  /** File the literal is in, as given to `indexSchemaDocs`. */
  file: string;
  /** Name of the property (or variable) the literal is assigned to, if any: "source", "period". */
  owner?: string;
  keys: Set<string>;
  /** JSDoc text of each property, on one line. */
  docs: Map<string, string>;
}

export interface SchemaDocs {
  objects: DocumentedObject[];
}

/** The JSDoc comment written right before a node, as one line of text. */
function jsDocOf(node: ts.Node, source: ts.SourceFile): string {
  const ranges = ts.getLeadingCommentRanges(source.text, node.pos) ?? [];
  const doc = ranges
    .map((r) => source.text.slice(r.pos, r.end))
    .filter((c) => c.startsWith('/**'))
    .pop();
  return doc ? doc.replace(/^\/\*\*|\*\/$/g, '').replace(/^\s*\* ?/gm, '').replace(/\s+/g, ' ').trim() : '';
}

/** The name a literal is assigned to: `source: {…}`, `const reportFields = {…}`, `source: z.object({…})`. */
function ownerOf(node: ts.Node, source: ts.SourceFile): string | undefined {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isPropertyAssignment(at) || ts.isVariableDeclaration(at)) return at.name.getText(source);
    // A literal inside a function body (`official = () => z.strictObject({…})`) belongs to that function.
    if (ts.isArrowFunction(at) || ts.isFunctionDeclaration(at)) {
      const decl = at.parent;
      return decl && ts.isVariableDeclaration(decl) ? decl.name.getText(source) : undefined;
    }
  }
  return undefined;
}

/** Index every documented object literal of the given schema sources (path → source text). */
export function indexSchemaDocs(sources: Record<string, string>): SchemaDocs {
  const objects: DocumentedObject[] = [];
  for (const [file, text] of Object.entries(sources)) {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const literals: ts.ObjectLiteralExpression[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isObjectLiteralExpression(node)) literals.push(node);
      ts.forEachChild(node, visit);
    };
    visit(source);
    // Top-level `const fields = {…}` literals, for `...fields` spreads.
    const named = new Map<string, ts.ObjectLiteralExpression>();
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const decl of statement.declarationList.declarations) {
        if (decl.initializer && ts.isObjectLiteralExpression(decl.initializer)) named.set(decl.name.getText(source), decl.initializer);
      }
    }
    const collect = (literal: ts.ObjectLiteralExpression, keys: Set<string>, docs: Map<string, string>, seen: Set<ts.Node>) => {
      if (seen.has(literal)) return;
      seen.add(literal);
      for (const prop of literal.properties) {
        if (ts.isSpreadAssignment(prop) && ts.isIdentifier(prop.expression)) {
          const spread = named.get(prop.expression.text);
          if (spread) collect(spread, keys, docs, seen);
          continue;
        }
        if (!ts.isPropertyAssignment(prop) && !ts.isShorthandPropertyAssignment(prop)) continue;
        const name = prop.name.getText(source).replace(/^['"]|['"]$/g, '');
        keys.add(name);
        const doc = jsDocOf(prop, source);
        if (doc) docs.set(name, doc);
      }
    };
    for (const literal of literals) {
      const keys = new Set<string>();
      const docs = new Map<string, string>();
      collect(literal, keys, docs, new Set());
      if (docs.size > 0) objects.push({ file, owner: ownerOf(literal, source), keys, docs });
    }
  }
  return { objects };
}

/**
 * The JSDoc line of field `name` of an object whose keys are `keys`, met under the property
 * `owner` while walking a schema defined in `file`. Empty when the field has none.
 */
export function docOf(index: SchemaDocs, keys: readonly string[], name: string, context: { file?: string; owner?: string }): string {
  let best: { score: number; doc: string } | undefined;
  for (const object of index.objects) {
    const doc = object.docs.get(name);
    if (doc === undefined) continue;
    const shared = keys.filter((k) => object.keys.has(k)).length;
    const exact = shared === keys.length && object.keys.size === keys.length;
    // The same keys matter most, then the schema's own file, then the property it sits under.
    const score = (exact ? 1000 : 0) + shared * 10 + (object.file === context.file ? 5 : 0) + (context.owner && object.owner === context.owner ? 3 : 0);
    if (!best || score > best.score) best = { score, doc };
  }
  return best?.doc ?? '';
}

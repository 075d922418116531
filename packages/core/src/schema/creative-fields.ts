import { parseSelector } from '../model/fields.js';
import { readSchema } from './validate.js';

interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
}

let root: { definitions: Record<string, SchemaNode> } | undefined;

function definitions(): Record<string, SchemaNode> {
  root ??= readSchema('creative') as { definitions: Record<string, SchemaNode> };
  return root.definitions;
}

/** A node with `$ref` followed and `anyOf` flattened into its alternatives. */
function alternatives(node: SchemaNode): SchemaNode[] {
  if (node.$ref) return alternatives(definitions()[node.$ref.replace('#/definitions/', '')]!);
  if (node.anyOf) return node.anyOf.flatMap(alternatives);
  return [node];
}

function isType(node: SchemaNode, type: string): boolean {
  return node.type === type || (Array.isArray(node.type) && node.type.includes(type)) || (type === 'object' && !!node.properties);
}

/**
 * Whether a rule's field selector can ever select something in a creative, walked through the
 * creative JSON Schema: `copy.titles[*]` names no field (the schema has `copy.title`) and would
 * make its rule silently check nothing. Returns the part that does not exist, or null.
 */
export function deadSelectorPart(selector: string): string | null {
  let nodes: SchemaNode[] = alternatives({ $ref: '#/definitions/creative' });
  const steps = parseSelector(selector);
  let walked = '';
  for (const step of steps) {
    const next: SchemaNode[] = [];
    for (const node of nodes) {
      if ('key' in step) {
        if (!isType(node, 'object')) continue;
        const child = node.properties?.[step.key] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : node.additionalProperties === false ? undefined : {});
        if (child) next.push(...alternatives(child));
      } else if ('anyKey' in step) {
        if (!isType(node, 'object')) continue;
        next.push(...Object.values(node.properties ?? {}).flatMap(alternatives));
      } else if (isType(node, 'array') && node.items) next.push(...alternatives(node.items));
    }
    walked += 'key' in step ? `${walked ? '.' : ''}${step.key}` : 'anyKey' in step ? `${walked ? '.' : ''}*` : 'index' in step ? `[${step.index}]` : '[*]';
    if (next.length === 0) return walked;
    nodes = next;
  }
  return null;
}

/** The field names the creative schema allows in the object at `path` (a path into a manifest: `creatives[i]`, `defaults` are skipped). */
export function creativeFieldsAt(path: readonly (string | number)[]): string[] {
  let rest = [...path];
  if (rest[0] === 'creatives' && typeof rest[1] === 'number') rest = rest.slice(2);
  else if (rest[0] === 'defaults') rest = rest.slice(1);
  let nodes = alternatives({ $ref: '#/definitions/creative' });
  for (const seg of rest) {
    nodes = nodes.flatMap((n) => {
      if (typeof seg === 'number') return isType(n, 'array') && n.items ? alternatives(n.items) : [];
      const child = n.properties?.[seg];
      return child ? alternatives(child) : [];
    });
  }
  return [...new Set(nodes.flatMap((n) => Object.keys(n.properties ?? {})))];
}

/**
 * The field tables of the data page, read from a zod schema's JSON Schema, so the page lists
 * exactly the fields, types and descriptions decisions.schema.json publishes.
 */
import { z } from 'zod';

/** A field of a JSON file as the data page lists it. */
export interface FieldDoc {
  name: string;
  type: string;
  description: string;
}

type JsonSchemaNode = {
  type?: string | string[];
  anyOf?: JsonSchemaNode[];
  enum?: unknown[];
  format?: string;
  title?: string;
  description?: string;
  items?: JsonSchemaNode;
  properties?: Record<string, JsonSchemaNode>;
};

function typeLabel(node: JsonSchemaNode): string {
  if (node.anyOf) return node.anyOf.map(typeLabel).join(' or ');
  if (Array.isArray(node.type)) return node.type.map((type) => typeLabel({ ...node, type })).join(' or ');
  if (node.enum) return node.enum.every((value) => value === null) ? 'null' : 'code';
  switch (node.type) {
    case 'string':
      return node.format === 'uri' ? 'URL' : (node.title ?? 'text');
    case 'integer':
      return 'whole number';
    case 'number':
      return 'number';
    case 'boolean':
      return 'true or false';
    case 'null':
      return 'null';
    case 'array':
      return node.items ? `list of ${typeLabel(node.items).replace(/^(code|object|date|financial year|URL)$/, '$1s')}` : 'list';
    default:
      return 'object';
  }
}

/** The object inside a node, through `or null` and `list of`, when there is one. */
function objectWithin(node: JsonSchemaNode): JsonSchemaNode | null {
  if (node.properties) return node;
  if (node.items) return objectWithin(node.items);
  for (const option of node.anyOf ?? []) {
    const found = objectWithin(option);
    if (found) return found;
  }
  return null;
}

/**
 * The fields of a zod object schema, read from its JSON Schema so the data page shows exactly what
 * decisions.schema.json says: nested objects as "source.file", lists of objects as "programmes[].id";
 * fields named in `separately` are listed without their inside (the page gives those a table of their own).
 */
export function jsonFields(schema: z.ZodType, separately: readonly string[] = []): FieldDoc[] {
  const walk = (node: JsonSchemaNode, prefix: string): FieldDoc[] =>
    Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
      const name = `${prefix}${key}`;
      const own = { name, type: typeLabel(child), description: child.description ?? '' };
      const inner = separately.includes(name) ? null : objectWithin(child);
      const listed = child.type === 'array' || child.anyOf?.some((o) => o.type === 'array');
      return inner ? [own, ...walk(inner, `${name}${listed ? '[]' : ''}.`)] : [own];
    });
  return walk(z.toJSONSchema(schema, { target: 'draft-2020-12' }) as JsonSchemaNode, '');
}

/**
 * fast-check values from a route's own zod schema (through its JSON Schema, as the OpenAPI document
 * describes it): mostly well-formed requests, so generated input reaches the code behind validation,
 * with a share of values bent out of shape on the way (a wrong type, a hostile string, a missing field).
 */
import fc from 'fast-check';
import * as z from 'zod';

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  $defs?: Record<string, JsonSchema>;
};

/** Strings an attacker tries: prototype keys, markup, control characters, very long text. */
export const hostileString = fc.constantFrom(
  '__proto__',
  'constructor',
  'toString',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  '\u0000\ud800',
  '../../etc/passwd',
  'x'.repeat(5000),
  '',
);

export const hostileValue = fc.oneof(
  hostileString,
  fc.constantFrom(null, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, true, [], {}),
  fc.jsonValue({ maxDepth: 2 }),
);

function fromJsonSchema(
  schema: JsonSchema,
  defs: Record<string, JsonSchema>,
  depth: number,
): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() ?? '';
    const target = Object.hasOwn(defs, name) ? defs[name] : undefined;
    return target ? fromJsonSchema(target, defs, depth + 1) : fc.jsonValue({ maxDepth: 2 });
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const options = schema.anyOf ?? schema.oneOf;
  if (options && options.length > 0)
    return fc.oneof(...options.map((s) => fromJsonSchema(s, defs, depth + 1)));
  if (schema.allOf?.[0]) return fromJsonSchema(schema.allOf[0], defs, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringOf(schema);
    case 'integer': {
      const min = schema.minimum ?? (schema.exclusiveMinimum ?? -1_000_001) + 1;
      const max = schema.maximum ?? (schema.exclusiveMaximum ?? 1_000_000_001) - 1;
      return fc.integer({ min: Math.max(min, -2_147_483_648), max: Math.min(max, 2_147_483_647) });
    }
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e9, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(schema.items ? fromJsonSchema(schema.items, defs, depth + 1) : fc.jsonValue(), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, Math.max(schema.minItems ?? 0, 4)),
      });
    case 'object': {
      const properties = schema.properties ?? {};
      const required = schema.required ?? [];
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, value] of Object.entries(properties))
        record[key] = fromJsonSchema(value, defs, depth + 1);
      return fc.record(record, { requiredKeys: required.filter((key) => Object.hasOwn(properties, key)) });
    }
    default:
      return fc.jsonValue({ maxDepth: 3 });
  }
}

function stringOf(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'date-time')
    return fc
      .date({
        min: new Date('2024-01-01T00:00:00Z'),
        max: new Date('2031-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString());
  if (schema.format === 'date')
    return fc
      .date({
        min: new Date('2024-01-01T00:00:00Z'),
        max: new Date('2031-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.pattern) {
    try {
      return fc
        .stringMatching(new RegExp(schema.pattern))
        .filter((s) => s.length <= (schema.maxLength ?? 500));
    } catch {
      // A pattern fast-check cannot invert: plain strings.
    }
  }
  return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 60, 200) });
}

/** Bends one top-level field of an object out of shape (or drops it), leaving the rest valid. */
function bent(value: unknown): fc.Arbitrary<unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return hostileValue;
  const keys = Object.keys(value);
  if (keys.length === 0) return fc.record({ __proto__: hostileValue, extra: hostileValue });
  return fc.tuple(fc.constantFrom(...keys), hostileValue, fc.boolean()).map(([key, bad, drop]) => {
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    if (drop) delete copy[key];
    else copy[key] = bad;
    return copy;
  });
}

/** Values for a zod schema: about two in three as the schema says, the rest bent. */
export function arbitraryFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
  const wellFormed = fromJsonSchema(json, json.$defs ?? {}, 0);
  return fc.oneof({ arbitrary: wellFormed, weight: 2 }, { arbitrary: wellFormed.chain(bent), weight: 1 });
}

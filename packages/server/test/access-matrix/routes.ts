import type { KithApp } from '../../src/app.ts';

/** One operation of the OpenAPI document: `GET /api/people/{id}` and what it requires. */
export interface RouteOp {
  key: string;
  method: string;
  path: string;
  needsFill: boolean;
}

interface OpenApiDoc {
  paths: Record<string, Record<string, { parameters?: { in: string; required?: boolean }[] }>>;
}

/** Every operation the app documents, from the same document /api/docs serves. */
export function documentedRoutes(app: KithApp): RouteOp[] {
  const doc = app.swagger() as unknown as OpenApiDoc;
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      key: `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      needsFill: path.includes('{') || (operation.parameters ?? []).some((p) => p.in === 'query' && p.required),
    })),
  );
}

/** The path with `{name}` parameters replaced, or null when one has no value. */
export function fillPath(path: string, values: Record<string, string>): string | null {
  let missing = false;
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) missing = true;
    return encodeURIComponent(value ?? '');
  });
  return missing ? null : filled;
}

/** The values for a write route's parameters: the longest matching prefix wins. */
export function paramsFor(path: string, byPrefix: Record<string, Record<string, string>>): Record<string, string> {
  const match = Object.keys(byPrefix)
    .filter((prefix) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}.`))
    .sort((a, b) => b.length - a.length)[0];
  return match ? (byPrefix[match] ?? {}) : {};
}

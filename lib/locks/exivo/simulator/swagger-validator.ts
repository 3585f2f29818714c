import fs from "node:fs";
import path from "node:path";
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { getEnv } from "@/lib/env";

// Validates requests (and the simulator's own answers) against the vendor's swagger, read at runtime so the
// simulator follows the document rather than a copy of it. Swagger 2.0 parameter objects are turned into
// JSON schemas; the vendor's non-standard format "dateTime" is RFC 3339 date-time.

/** EXIVO_SWAGGER_PATH, else the team's shared folder beside the repository (the vendor file is not copied in). */
export const defaultSwaggerPath = () =>
  getEnv().EXIVO_SWAGGER_PATH ?? path.resolve(process.cwd(), "../shared/vendors/exivo-api.swagger.json");

type Parameter = { name: string; in: string; required?: boolean; type?: string; format?: string; pattern?: string; enum?: unknown[]; schema?: object };
type Operation = { operationId: string; parameters?: (Parameter | { $ref: string })[]; responses?: Record<string, { schema?: object }> };
type Swagger = { basePath: string; definitions: Record<string, object>; parameters?: Record<string, Parameter>; paths: Record<string, Record<string, unknown>> };

export type SwaggerRoute = { template: string; method: string; operationId: string; pathParams: Record<string, string> };
export type RouteMatch = { route: SwaggerRoute } | { status: 404 | 405 };
export type SwaggerValidator = {
  basePath: string;
  match(method: string, pathname: string): RouteMatch;
  validateRequest(route: SwaggerRoute, input: { query: URLSearchParams; body: unknown; hasBody: boolean }): string | undefined;
  validateResponse(route: SwaggerRoute, status: number, body: unknown): string | undefined;
};

const METHODS = new Set(["get", "post", "put", "delete", "patch"]);

export function loadSwaggerValidator(swaggerPath: string = defaultSwaggerPath()): SwaggerValidator {
  const swagger = JSON.parse(fs.readFileSync(swaggerPath, "utf8")) as Swagger;
  // Query and path values arrive as strings and are coerced; bodies are JSON and must have the right types.
  const ajv = createAjv(false);
  const coercing = createAjv(true);
  const templates = Object.keys(swagger.paths).map((template) => ({ template, segments: template.split("/").slice(1) }));
  const compiled = new Map<string, ValidateFunction>();

  const compile = (key: string, schema: object, using: Ajv = ajv) => {
    let fn = compiled.get(key);
    if (!fn) compiled.set(key, (fn = using.compile({ ...schema, definitions: swagger.definitions })));
    return fn;
  };
  const operationOf = (route: SwaggerRoute) => swagger.paths[route.template]![route.method] as Operation;
  const parametersOf = (operation: Operation): Parameter[] =>
    (operation.parameters ?? []).map((p) => ("$ref" in p ? swagger.parameters![p.$ref.split("/").pop()!]! : p));
  const errorsOf = (fn: ValidateFunction, dataVar: string) => ajv.errorsText(fn.errors, { dataVar });

  return {
    basePath: swagger.basePath,

    match(method, pathname) {
      const segments = pathname.split("/").slice(1);
      let best: { template: string; segments: string[]; literals: number } | undefined;
      for (const candidate of templates) {
        if (candidate.segments.length !== segments.length) continue;
        const fits = candidate.segments.every((s, i) => s.startsWith("{") || s === segments[i]);
        const literals = candidate.segments.filter((s) => !s.startsWith("{")).length;
        if (fits && (!best || literals > best.literals)) best = { ...candidate, literals };
      }
      if (!best) return { status: 404 };
      const lower = method.toLowerCase();
      const operation = swagger.paths[best.template]![lower] as Operation | undefined;
      if (!METHODS.has(lower) || !operation) return { status: 405 };
      const pathParams: Record<string, string> = {};
      best.segments.forEach((s, i) => {
        if (s.startsWith("{")) pathParams[s.slice(1, -1)] = decodeURIComponent(segments[i]!);
      });
      return { route: { template: best.template, method: lower, operationId: operation.operationId, pathParams } };
    },

    validateRequest(route, { query, body, hasBody }) {
      const parameters = parametersOf(operationOf(route));
      const plain = parameters.filter((p) => p.in === "query" || p.in === "path");
      for (const where of ["path", "query"] as const) {
        const own = plain.filter((p) => p.in === where);
        const data: Record<string, unknown> = where === "path" ? { ...route.pathParams } : Object.fromEntries(query);
        const properties = Object.fromEntries(own.map(({ name, type, format, pattern, enum: e }) => [name, { type, format, pattern, enum: e }]));
        const schema = { type: "object", properties, required: own.filter((p) => p.required).map((p) => p.name) };
        const fn = compile(`${route.operationId}:${where}`, schema, coercing);
        if (!fn(data)) return errorsOf(fn, where);
      }
      const bodyParameter = parameters.find((p) => p.in === "body");
      if (!hasBody) return bodyParameter?.required ? "body is required" : undefined;
      if (!bodyParameter) return "this operation takes no body";
      const fn = compile(`${route.operationId}:body`, bodyParameter.schema ?? {});
      return fn(body) ? undefined : errorsOf(fn, "body");
    },

    validateResponse(route, status, body) {
      const response = operationOf(route).responses?.[String(status)];
      if (!response) return `status ${status} is not documented for ${route.operationId}`;
      if (!response.schema) return body === undefined ? undefined : `status ${status} of ${route.operationId} has no body`;
      const fn = compile(`${route.operationId}:response:${status}`, response.schema);
      return fn(body) ? undefined : errorsOf(fn, "response");
    },
  };
}

function createAjv(coerceTypes: boolean): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes });
  addFormats(ajv);
  ajv.addFormat("dateTime", ajv.formats["date-time"]!);
  return ajv;
}

import fs from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";

// A second, deliberately separate reading of exivo-api.swagger.json for tests: it re-checks what went over
// the wire (the simulator's request log) without sharing code with the simulator's own validator, so a bug
// there cannot hide a bad request from the driver.

type Param = { $ref?: string; name: string; in: string; required?: boolean; type?: string; schema?: object };
type Op = { operationId: string; parameters?: Param[]; responses?: Record<string, { schema?: object }> };
type Doc = { definitions: object; parameters: Record<string, Param>; paths: Record<string, Record<string, Op>> };

export type WireRequest = { method: string; pathname: string; query: Record<string, string>; body: unknown; contentType?: string; response?: { status: number; body: unknown } };
export type WireReport = { problems: string[]; operations: Set<string> };

export function checkWireAgainstSwagger(requests: WireRequest[], swaggerPath = path.resolve(process.cwd(), "../shared/vendors/exivo-api.swagger.json")): WireReport {
  const doc = JSON.parse(fs.readFileSync(swaggerPath, "utf8")) as Doc;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat("dateTime", { validate: (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(s) && !Number.isNaN(Date.parse(s)) });
  const valid = (schema: object, data: unknown) => {
    const fn = ajv.compile({ ...schema, definitions: doc.definitions });
    return fn(data) ? undefined : ajv.errorsText(fn.errors);
  };
  const problems: string[] = [];
  const operations = new Set<string>();

  for (const request of requests) {
    const where = `${request.method} ${request.pathname}`;
    const segments = request.pathname.split("/");
    const templates = Object.keys(doc.paths).filter((t) => {
      const parts = t.split("/");
      return parts.length === segments.length && parts.every((p, i) => p.startsWith("{") || p === segments[i]);
    });
    const template = templates.sort((a, b) => literalCount(b) - literalCount(a))[0];
    const op = template ? doc.paths[template]![request.method.toLowerCase()] : undefined;
    if (!op) {
      problems.push(`${where}: no such operation in the swagger`);
      continue;
    }
    operations.add(op.operationId);
    const params = (op.parameters ?? []).map((p) => (p.$ref ? doc.parameters[p.$ref.split("/").pop()!]! : p));
    for (const [name, value] of Object.entries(request.query)) {
      const param = params.find((p) => p.in === "query" && p.name === name);
      if (!param) problems.push(`${where}: query parameter ${name} is not in the swagger`);
      else if (param.type === "integer" && !/^-?\d+$/.test(value)) problems.push(`${where}: ${name}=${value} is not an integer`);
    }
    const bodyParam = params.find((p) => p.in === "body");
    if (request.body === undefined) {
      if (bodyParam?.required) problems.push(`${where}: body required`);
    } else if (!bodyParam) {
      problems.push(`${where}: sends a body the operation does not take`);
    } else {
      if (!/^application\/json/i.test(request.contentType ?? "")) problems.push(`${where}: body without Content-Type application/json`);
      const error = valid(bodyParam.schema ?? {}, request.body);
      if (error) problems.push(`${where}: ${error}`);
    }
    const response = request.response;
    const documented = response && op.responses?.[String(response.status)];
    if (response && response.status < 300 && documented && documented.schema) {
      const error = valid(documented.schema, response.body);
      if (error) problems.push(`${where}: answer ${response.status}: ${error}`);
    }
  }
  return { problems, operations };
}

function literalCount(template: string): number {
  return template.split("/").filter((p) => p && !p.startsWith("{")).length;
}

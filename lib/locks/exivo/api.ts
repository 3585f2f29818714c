import { z } from "zod";
import type { ExivoHttpClient } from "./http-client";
import {
  accessZoneSchema,
  componentSchema,
  digitalKeySchema,
  digitalKeyVisitSchema,
  siteInfoSchema,
  visitSchema,
  type ExivoDigitalKey,
  type ExivoDigitalKeyVisit,
  type ExivoVisit,
} from "./schemas";

// One function per exivo operation this driver uses, named after the need, with the exact path casing of
// the swagger (`accessZone` list, `digitalKeyVisits` create/list, `digitalKeyVisit/{id}` singular).

const PAGE_SIZE = 100;
const MAX_PAGES = 1_000;

export type VisitPayload = {
  code: string;
  validFrom: string;
  validTo: string;
  components: string[];
  name?: string;
  message?: string;
  email?: string;
  smsNr?: string;
};

export type DigitalKeyVisitPayload = {
  name?: string;
  validFrom: string;
  validTo: string;
  components: string[];
  formFactor: "ma-phone";
  publicRegistrationId: string;
  mobileApp: { id: string; name?: string };
  installNotification: boolean;
  message?: string;
};

export function createExivoApi(http: ExivoHttpClient) {
  async function findInPages<T extends { id: string }>(path: string, item: z.ZodType<T>, match: (row: T) => boolean, all = false) {
    const schema = z.array(item);
    const found: T[] = [];
    let previousFirst: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const rows = await http.send({ method: "GET", path, query: { skip: page * PAGE_SIZE, limit: PAGE_SIZE }, schema });
      for (const row of rows) {
        if (!match(row)) continue;
        found.push(row);
        if (!all) return found;
      }
      // A server that ignores limit or skip would otherwise make us loop over the same rows forever.
      if (rows.length !== PAGE_SIZE || rows[0]?.id === previousFirst) break;
      previousFirst = rows[0]?.id;
    }
    return found;
  }

  const listAll = <T extends { id: string }>(path: string, item: z.ZodType<T>) => findInPages(path, item, () => true, true);
  const findOne = async <T extends { id: string }>(path: string, item: z.ZodType<T>, match: (row: T) => boolean) =>
    (await findInPages(path, item, match))[0];

  return {
    getSiteInfo: () => http.send({ method: "GET", path: "/info", schema: siteInfoSchema }),
    listComponents: () => listAll("/component", componentSchema),
    listAccessZones: () => listAll("/accessZone", accessZoneSchema),
    unlockComponent: (componentId: string) =>
      http.send({ method: "POST", path: `/component/${encodeURIComponent(componentId)}/unlock`, body: {} }),

    findVisit: (match: (visit: ExivoVisit) => boolean) => findOne("/visit", visitSchema, match),
    createVisit: (body: VisitPayload) => http.send({ method: "POST", path: "/visit", body, schema: visitSchema }),
    getVisit: (visitId: string) => http.send({ method: "GET", path: `/visit/${encodeURIComponent(visitId)}`, schema: visitSchema }),
    revokeVisit: (visitId: string) => http.send({ method: "POST", path: `/visit/${encodeURIComponent(visitId)}/revoke`, body: {} }),

    findDigitalKeyVisit: (match: (visit: ExivoDigitalKeyVisit) => boolean) => findOne("/digitalKeyVisits", digitalKeyVisitSchema, match),
    createDigitalKeyVisit: (body: DigitalKeyVisitPayload) =>
      http.send({ method: "POST", path: "/digitalKeyVisits", body, schema: digitalKeyVisitSchema }),
    getDigitalKeyVisit: (visitId: string) =>
      http.send({ method: "GET", path: `/digitalKeyVisit/${encodeURIComponent(visitId)}`, schema: digitalKeyVisitSchema }),
    revokeDigitalKeyVisit: (visitId: string) =>
      http.send({ method: "POST", path: `/digitalKeyVisit/${encodeURIComponent(visitId)}/revoke`, body: {} }),

    findDigitalKey: (match: (key: ExivoDigitalKey) => boolean) => findOne("/digitalKey", digitalKeySchema, match),
  };
}

export type ExivoApi = ReturnType<typeof createExivoApi>;

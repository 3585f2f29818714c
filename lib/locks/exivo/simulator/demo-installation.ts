// The demo exivo site, matching the seed site "Campus Zürich". Ids are fixed so the seed, the demo, e2e tests
// and a developer's saved integration settings all keep pointing at the same doors across restarts.

export const DEMO_SITE = {
  siteId: "5f0c2a1e-8b7d-4c3a-9e21-3d6f0a9b7c11",
  apiKey: "a3e1b7c2-4d5f-4a6b-8c9d-0e1f2a3b4c5d",
  apiSecret: "c9d8e7f6-5a4b-4c3d-9e2f-1a0b9c8d7e6f",
  name: "Campus Zürich",
  language: "de",
  timeZone: "Europe/Zurich",
} as const;

/** Legic ID of the mobile app the simulator knows (digits, as the swagger's mobileApp.id pattern wants). */
export const DEMO_MOBILE_APP = { id: "4711", name: "dormakaba mobile access" } as const;

export const DEMO_ZONE_IDS = {
  groundFloor: "7d2a9f40-3c1b-4e5d-8a6f-0b1c2d3e4f01",
} as const;

export const DEMO_COMPONENT_IDS = {
  mainEntrance: "1b0e5c5a-6f3e-4b8a-9c1d-2e3f4a5b6c01",
  cloakroom: "1b0e5c5a-6f3e-4b8a-9c1d-2e3f4a5b6c02",
  meetingRoom1: "1b0e5c5a-6f3e-4b8a-9c1d-2e3f4a5b6c03",
  seminarRoom: "1b0e5c5a-6f3e-4b8a-9c1d-2e3f4a5b6c04",
  laundry: "1b0e5c5a-6f3e-4b8a-9c1d-2e3f4a5b6c05",
  gateway: "1b0e5c5a-6f3e-4b8a-9c1d-2e3f4a5b6c06",
  focusRoom: "1b0e5c5a-6f3e-4b8a-9c1d-2e3f4a5b6c07",
} as const;

export type SimComponent = {
  id: string;
  identifier: string;
  labelling: string;
  remarks: string;
  accessZones: string[];
  templateIdentifier: string;
};

export type SimAccessZone = { id: string; name: string; color: string };

export type ExivoInstallation = {
  site: { siteId: string; apiKey: string; apiSecret: string; name: string; language: string; timeZone: string };
  components: SimComponent[];
  accessZones: SimAccessZone[];
  mobileApps: { id: string; name: string }[];
};

const door = (id: string, identifier: string, labelling: string, zones: string[] = [], template = "exivo-c-lever-access-point") => ({
  id,
  identifier,
  labelling,
  remarks: "",
  accessZones: zones,
  templateIdentifier: template,
});

export function createDemoInstallation(): ExivoInstallation {
  const ground = [DEMO_ZONE_IDS.groundFloor];
  return {
    site: { ...DEMO_SITE },
    components: [
      door(DEMO_COMPONENT_IDS.mainEntrance, "Main entrance", "Ground floor, street side", ground, "exivo-d-reader-door-controller"),
      door(DEMO_COMPONENT_IDS.cloakroom, "Cloakroom / WC", "Ground floor, next to the entrance", ground),
      door(DEMO_COMPONENT_IDS.meetingRoom1, "Meeting room 1", "Ground floor, courtyard side", ground),
      door(DEMO_COMPONENT_IDS.seminarRoom, "Seminar room", "First floor"),
      door(DEMO_COMPONENT_IDS.laundry, "Laundry", "Basement"),
      door(DEMO_COMPONENT_IDS.focusRoom, "Focus room", "First floor, next to the seminar room"),
      door(DEMO_COMPONENT_IDS.gateway, "Gateway", "Technical room, basement", [], "exivo-gateway-gw1"),
    ],
    accessZones: [{ id: DEMO_ZONE_IDS.groundFloor, name: "Ground floor", color: "blue" }],
    mobileApps: [{ ...DEMO_MOBILE_APP }],
  };
}

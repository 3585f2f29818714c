import type { SimInstallationPoint, SimZone } from "./state";

// The demo installation behind the seed site "Wohnpark Nord" (Europe/Vienna). The ids are fixed so that the
// seed, the demo and e2e tests can name the doors (`accessPoint:<id>`, `zone:<id>`) before the simulator runs.

export const DEMO_TIME_ZONE = "Europe/Vienna";
export const DEMO_INSTALLATION_ID = "b6a1c3d2-5e4f-4a7b-8c9d-0e1f2a3b4c5d";
export const DEMO_PARTITION_ID = "0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a";

export const DEMO_ACCESS_POINTS = {
  mainEntrance: "5a2f7c1e-3b8d-4e6a-9f0c-1d2e3f4a5b01",
  cloakroom: "5a2f7c1e-3b8d-4e6a-9f0c-1d2e3f4a5b02",
  meetingRoom: "5a2f7c1e-3b8d-4e6a-9f0c-1d2e3f4a5b03",
  laundry: "5a2f7c1e-3b8d-4e6a-9f0c-1d2e3f4a5b04",
  guestFlat: "5a2f7c1e-3b8d-4e6a-9f0c-1d2e3f4a5b05",
} as const;

export const DEMO_ZONES = {
  commonAreas: "7c4e9a2b-1d3f-4b5a-8e6c-2f1a0b9c8d01",
} as const;

const POINT_NAMES: Record<keyof typeof DEMO_ACCESS_POINTS, string> = {
  mainEntrance: "Main entrance",
  cloakroom: "Cloakroom / WC",
  meetingRoom: "Meeting room",
  laundry: "Laundry",
  guestFlat: "Guest flat",
};

export function createDemoInstallation(): { points: SimInstallationPoint[]; zones: SimZone[] } {
  const points = (Object.keys(DEMO_ACCESS_POINTS) as (keyof typeof DEMO_ACCESS_POINTS)[]).map((key, index) => ({
    id: DEMO_ACCESS_POINTS[key],
    name: POINT_NAMES[key],
    description: `Wohnpark Nord, ${POINT_NAMES[key]}`,
    installationId: DEMO_INSTALLATION_ID,
    componentType: key === "mainEntrance" ? "WallReader" : "Cylinder",
    onlineStatus: "connected" as const,
    accessId: index + 1,
    timeProfileId: null,
  }));
  const zones: SimZone[] = [
    {
      id: DEMO_ZONES.commonAreas,
      name: "Common areas",
      description: "Doors every booking at Wohnpark Nord includes",
      partitionId: DEMO_PARTITION_ID,
      installationPoints: [DEMO_ACCESS_POINTS.mainEntrance, DEMO_ACCESS_POINTS.cloakroom],
    },
  ];
  return { points, zones };
}

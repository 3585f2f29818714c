import { describe, expect, it } from "vitest";
import { checkIdentifier, findDoor, targetOfDoor, type DoorOption } from "./identifier-check";

const doors: DoorOption[] = [
  { id: "d1", vendorId: "room-1", kind: "component", name: "Meeting room" },
  { id: "d2", vendorId: "ap-1", kind: "access_point", name: "Store" },
  { id: "d3", vendorId: "zone-1", kind: "zone", name: "Ground floor" },
  { id: "d4", vendorId: "gw-1", kind: "gateway", name: "Gateway" },
];

describe("checkIdentifier", () => {
  it("accepts blank as 'no door' and normalises a valid identifier", () => {
    expect(checkIdentifier("  ", doors)).toEqual({ ok: true, normalized: null, targets: [] });
    expect(checkIdentifier(" ACCESSPOINT:room-1 , zone:zone-1, accessPoint:room-1", doors)).toMatchObject({ ok: true, normalized: "accessPoint:room-1,zone:zone-1" });
  });

  it("names every bad part, grammar before doors", () => {
    expect(checkIdentifier("room-1,zone:", doors)).toEqual({
      ok: false,
      problems: [
        { key: "resourceAdmin.identifier.noKind", values: { part: "room-1" } },
        { key: "resourceAdmin.identifier.noId", values: { part: "zone:" } },
      ],
    });
    expect(checkIdentifier("accessPoint:gw-1,zone:room-1,accessPoint:nope", doors)).toEqual({
      ok: false,
      problems: [
        { key: "resourceAdmin.identifier.gateway", values: { part: "accessPoint:gw-1", name: "Gateway" } },
        { key: "resourceAdmin.identifier.wrongKind", values: { part: "zone:room-1", name: "Meeting room", kind: "accessPoint" } },
        { key: "resourceAdmin.identifier.unknownDoor", values: { part: "accessPoint:nope", id: "nope" } },
      ],
    });
  });

  it("without a lock system only the grammar is checked", () => {
    expect(checkIdentifier("accessPoint:anything", null)).toMatchObject({ ok: true, normalized: "accessPoint:anything" });
  });

  it("the picker writes zones as zone: and every other door as accessPoint:, and finds them again", () => {
    for (const door of doors.filter((d) => d.kind !== "gateway")) expect(findDoor(targetOfDoor(door), doors)).toBe(door);
    expect(targetOfDoor(doors[2]!)).toEqual({ kind: "zone", id: "zone-1" });
    expect(findDoor({ kind: "accessPoint", id: "gw-1" }, doors)).toBeUndefined();
  });
});

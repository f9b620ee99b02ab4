import { describe, expect, test } from "vitest";
import { FACE_ZONES } from "@/lib/consultation/face-map";
import { FACE_VIEWBOX, keyboardMarkerSpot, nearestZone, toFraction, ZONE_CENTRES } from "./face-geometry";

describe("the face drawing's geometry", () => {
  test.each(FACE_ZONES)("the centre of %s is nearest to itself and inside the drawing", (zone) => {
    const { x, y } = ZONE_CENTRES[zone];
    expect(nearestZone(x, y)).toBe(zone);
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(FACE_VIEWBOX.width);
    expect(y).toBeLessThan(FACE_VIEWBOX.height);
  });

  test("markers added from the list on one zone never share a spot", () => {
    const spots = Array.from({ length: 9 }, (_, n) => keyboardMarkerSpot("left-cheek", n));
    expect(new Set(spots.map(({ x, y }) => `${x},${y}`)).size).toBe(9);
  });

  test.each([
    [120, 240, 0.5],
    [-5, 240, 0],
    [260, 240, 1],
    [80, 240, 0.333],
  ])("toFraction(%d, %d) = %d", (value, size, fraction) => {
    expect(toFraction(value, size)).toBe(fraction);
  });
});

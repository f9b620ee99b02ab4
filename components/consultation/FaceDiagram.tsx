import type { PointerEvent as ReactPointerEvent } from "react";
import { FACE_ZONES, FACE_ZONE_LABELS, type FaceMap, type FaceZone } from "@/lib/consultation/face-map";
import { FACE_VIEWBOX, ZONE_SHAPES } from "./face-geometry";

type Props = {
  faceMap: FaceMap;
  /** The zone being edited (outlined). */
  selected?: FaceZone | null;
  onZonePointer?: (zone: FaceZone | null, event: ReactPointerEvent<SVGSVGElement>) => void;
  className?: string;
  /** The accessible name of the drawing; the list beside it says the same in words. */
  label: string;
  /** Marks the client's right (R) and left (L); too small to read on a thumbnail. */
  sides?: boolean;
};

/**
 * The face chart drawing: zones with findings are tinted, markers are numbered pins. A picture
 * for the eye (role img); the list that accompanies it everywhere is what keyboards and screen
 * readers use.
 */
export function FaceDiagram({ faceMap, selected = null, onZonePointer, className, label, sides = true }: Props) {
  const tinted = new Set(faceMap.findings.map((entry) => entry.zone));
  return (
    <svg
      viewBox={`0 0 ${FACE_VIEWBOX.width} ${FACE_VIEWBOX.height}`}
      role="img"
      aria-label={label}
      className={className}
      onPointerDown={
        onZonePointer
          ? (event) => {
              const zone = (event.target as Element).closest("[data-zone]")?.getAttribute("data-zone") as FaceZone | null;
              onZonePointer(zone, event);
            }
          : undefined
      }
    >
      <ellipse cx={120} cy={140} rx={78} ry={106} fill="#fbf7f3" stroke="#a8a29e" strokeWidth={1.5} />
      <path d="M94,244 L90,252 M146,244 L150,252" stroke="#a8a29e" strokeWidth={1.5} fill="none" />
      {FACE_ZONES.map((zone) =>
        ZONE_SHAPES[zone].map((shape, index) => {
          const common = {
            "data-zone": zone,
            fill: tinted.has(zone) ? "rgba(37, 88, 71, 0.35)" : "rgba(120, 113, 108, 0.08)",
            stroke: selected === zone ? "#1c4336" : "#a8a29e",
            strokeWidth: selected === zone ? 3 : 1,
            strokeDasharray: selected === zone ? undefined : "3 2",
            className: onZonePointer ? "cursor-pointer" : undefined,
          };
          return shape.kind === "ellipse" ? (
            <ellipse key={`${zone}-${index}`} cx={shape.cx} cy={shape.cy} rx={shape.rx} ry={shape.ry} {...common}>
              <title>{FACE_ZONE_LABELS[zone]}</title>
            </ellipse>
          ) : (
            <path key={`${zone}-${index}`} d={shape.d} {...common}>
              <title>{FACE_ZONE_LABELS[zone]}</title>
            </path>
          );
        }),
      )}
      {/* The client's right is on the viewer's left, as on a chart facing the esthetician. */}
      {sides && (
        <g fontSize={11} fill="#57534e" pointerEvents="none">
          <text x={14} y={20}>
            R
          </text>
          <text x={218} y={20}>
            L
          </text>
        </g>
      )}
      {/* Brows, eyes and lips only help the eye find its way; they are not zones. */}
      <g stroke="#78716c" strokeWidth={1.5} fill="none" pointerEvents="none">
        <path d="M78,98 Q94,90 108,97 M132,97 Q146,90 162,98" />
        <ellipse cx={94} cy={114} rx={13} ry={5} />
        <ellipse cx={146} cy={114} rx={13} ry={5} />
        <path d="M100,194 Q120,204 140,194 Q120,188 100,194 Z" />
      </g>
      {faceMap.markers.map((marker, index) => {
        const x = marker.x * FACE_VIEWBOX.width;
        const y = marker.y * FACE_VIEWBOX.height;
        return (
          <g key={index} pointerEvents="none">
            <circle cx={x} cy={y} r={8} fill="#b45309" stroke="#fff" strokeWidth={1.5} />
            <text x={x} y={y + 3.5} textAnchor="middle" fontSize={10} fontWeight={700} fill="#fff">
              {index + 1}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** An earlier photo to line a new one up with, and what to call it. */
export type Ghost = { url: string; caption: string };

/** The earlier photo of the same angle, see-through over the live picture or the photo to save. */
export function GhostOverlay({ ghost, opacity }: { ghost: Ghost | null; opacity: number }) {
  if (!ghost) return null;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- an earlier photo, served by the audited photo route
    <img
      src={ghost.url}
      alt=""
      style={{ opacity: opacity / 100 }}
      className="pointer-events-none absolute inset-0 size-full object-contain"
    />
  );
}

"use client";

import { useState } from "react";

type Side = { url: string; width: number; height: number; caption: string };

/**
 * One photo over the other, the top one cut at a handle the esthetician drags (or moves with the
 * arrow keys: it is a range input).
 */
export function CompareSlider({ left, right }: { left: Side; right: Side }) {
  const [split, setSplit] = useState(50);
  return (
    <figure className="mx-auto w-full max-w-xl space-y-2">
      <div className="relative overflow-hidden rounded-xl bg-stone-900" style={{ aspectRatio: `${right.width} / ${right.height}` }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- served by the audited photo route */}
        <img src={right.url} alt={right.caption} className="absolute inset-0 size-full object-contain" />
        <div className="absolute inset-0" style={{ clipPath: `inset(0 ${100 - split}% 0 0)` }}>
          {/* eslint-disable-next-line @next/next/no-img-element -- served by the audited photo route */}
          <img src={left.url} alt={left.caption} className="absolute inset-0 size-full object-contain" />
        </div>
        <div aria-hidden className="pointer-events-none absolute inset-y-0 w-0.5 bg-white shadow" style={{ left: `${split}%` }} />
      </div>
      <label htmlFor="compare-split" className="block text-sm font-medium">
        Show more of the left ({left.caption}) or the right ({right.caption}) photo
      </label>
      <input
        id="compare-split"
        type="range"
        min={0}
        max={100}
        value={split}
        onChange={(event) => setSplit(Number(event.target.value))}
        aria-valuetext={`${split}% ${left.caption}`}
        className="w-full accent-brand-700"
      />
    </figure>
  );
}

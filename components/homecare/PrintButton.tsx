"use client";

/** Opens the browser's print dialog (which also offers "Save as PDF"). */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-5 font-medium"
    >
      Print or save as PDF
    </button>
  );
}

"use client";

import { useEffect, useRef } from "react";

// The first heading rendered after a full page load must not steal focus from the skip link or
// the address bar; every later one (a step reached inside the flow) takes focus so a keyboard or
// screen-reader user lands on the new step instead of at the top of the page.
let firstRenderDone = false;

type Props = { id?: string; children: React.ReactNode; className?: string; level?: "h2" | "h3" };

/** A step's heading that receives focus when the step changes inside the flow. */
export function StepHeading({ id, children, className = "text-xl font-semibold", level: Heading = "h2" }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstRenderDone) ref.current?.focus();
    firstRenderDone = true;
  }, []);
  return (
    <Heading ref={ref} id={id} tabIndex={-1} className={`${className} focus:outline-none focus-visible:outline-2`}>
      {children}
    </Heading>
  );
}

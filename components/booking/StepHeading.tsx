"use client";

import { useEffect, useRef } from "react";

// The first heading rendered after a full page load must not steal focus from the skip link or
// the address bar; every later one (a step reached inside the flow) takes focus so a keyboard or
// screen-reader user lands on the new step instead of at the top of the page.
let firstRenderDone = false;

type Props = {
  id?: string;
  children: React.ReactNode;
  className?: string;
  level?: "h2" | "h3";
  /** Take focus without scrolling (the caller scrolls the whole section into view itself). */
  preventScroll?: boolean;
};

/** A step's heading that receives focus when the step changes inside the flow. */
export function StepHeading({ id, children, className = "text-xl font-semibold", level: Heading = "h2", preventScroll = false }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const heading = ref.current;
    if (firstRenderDone && heading) {
      heading.focus({ preventScroll: true });
      // To the top of the screen, as a new page would be (not just into view, where a sticky bar could cover it).
      if (!preventScroll) heading.scrollIntoView({ block: "start" });
    }
    firstRenderDone = true;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the step appears
  }, []);
  return (
    <Heading ref={ref} id={id} tabIndex={-1} className={`${className} scroll-mt-4 focus:outline-none focus-visible:outline-2`}>
      {children}
    </Heading>
  );
}

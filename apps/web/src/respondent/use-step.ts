import { useCallback, useEffect, useRef, useState } from "react";
import type { Step } from "./types.js";

// The step lives in the query string (?page=3, ?page=review), so a reload stays on the same page
// and the browser's back button goes back a step.
function readStep(sectionCount: number): Step {
  const page = new URLSearchParams(window.location.search).get("page");
  if (page === "review") return { kind: "review" };
  const index = Number(page);
  if (Number.isInteger(index) && index >= 1 && index <= sectionCount)
    return { kind: "section", index: index - 1 };
  return { kind: "intro" };
}

function search(step: Step): string {
  if (step.kind === "intro") return window.location.pathname;
  return `?page=${step.kind === "review" ? "review" : step.index + 1}`;
}

export function stepKey(step: Step): string {
  return step.kind === "section" ? `section-${step.index}` : step.kind;
}

/** The current step and a way to go to another; `onHistory` runs when the back/forward buttons move. */
export function useStep(sectionCount: number, onHistory: () => void): [Step, (step: Step) => void] {
  const [step, setStep] = useState<Step>(() => readStep(sectionCount));
  const history = useRef(onHistory);
  history.current = onHistory;
  useEffect(() => {
    const onPop = (): void => {
      history.current();
      setStep(readStep(sectionCount));
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [sectionCount]);
  const go = useCallback((next: Step) => {
    window.history.pushState(null, "", search(next));
    setStep(next);
  }, []);
  return [step, go];
}

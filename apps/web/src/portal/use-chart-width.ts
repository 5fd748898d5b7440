import { type RefCallback, useCallback, useRef, useState } from "react";

/**
 * The width a chart is drawn at on screen, in CSS pixels, and the ref to put on its SVG. The charts lay
 * themselves out in this width (their viewBox is as wide as the SVG on screen), so a font size in the
 * stylesheet is the size the reader sees: a chart drawn for a desktop and scaled down to a phone would
 * shrink its labels to a few pixels (issue 15). Until measured — and where there is no layout, as in
 * print previews built before layout — `fallback` is used.
 */
export function useChartWidth(fallback: number): [RefCallback<SVGSVGElement>, number] {
  const [width, setWidth] = useState(fallback);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((svg: SVGSVGElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!svg || typeof ResizeObserver === "undefined") return;
    const measure = (): void => {
      const measured = Math.floor(svg.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    observer.current = new ResizeObserver(measure);
    observer.current.observe(svg);
    measure();
  }, []);
  return [ref, width];
}

import type { Page } from "playwright-core";

/** The smallest text a page may render, in CSS pixels (issue 15: readable on a phone). */
export const MIN_TEXT_PX = 12;

/**
 * What on the page does not fit: the page scrolling sideways, text rendered smaller than
 * `MIN_TEXT_PX`, and text outside its box (a card, a cell, a chart, the screen). Measured from the
 * rendered boxes, so SVG text counts at its size on screen: a 10 px font in an SVG scaled to 0.5
 * renders 5 px. Text inside a named, keyboard-focusable scroll region (a wide table) may run past the
 * region's edge — the reader scrolls it — but not past a box inside it. Visually hidden text (for screen
 * readers) is skipped. One line per problem, naming the text.
 */
export async function fitProblems(page: Page): Promise<string[]> {
  return page.evaluate((minPx) => {
    const problems: string[] = [];
    const viewport = window.innerWidth;
    const slack = 1;
    const quote = (text: string): string => JSON.stringify(text.trim().replace(/\s+/g, " ").slice(0, 60));
    const describe = (e: Element): string =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}${e.classList.length ? `.${[...e.classList].join(".")}` : ""}`;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth > viewport) {
      // Name the outermost elements that reach past the screen: where the fix goes.
      const clipped = (e: Element): boolean => {
        for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
          if (getComputedStyle(a).overflowX !== "visible") return true;
        return false;
      };
      const wide = [...document.body.querySelectorAll("*")].filter(
        (e) => e.getBoundingClientRect().right > viewport + slack && !clipped(e),
      );
      const outermost = wide.filter((e) => !wide.includes(e.parentElement as Element)).slice(0, 3);
      problems.push(
        `the page is ${scrollWidth} px wide at ${viewport} px (${outermost.map(describe).join(", ")})`,
      );
    }
    // Text outside a box is reported once per box, with the first text as the example.
    const spills = new Map<Element, { example: string; count: number }>();
    const spill = (box: Element, text: string): void => {
      const known = spills.get(box);
      if (known) known.count += 1;
      else spills.set(box, { example: quote(text), count: 1 });
    };

    const hiddenFromSight = (element: Element): boolean => {
      for (let e: Element | null = element; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.display === "none" || style.visibility === "hidden") return true;
        if (style.clip !== "auto" && style.clip !== "" && style.position === "absolute") return true;
        if (style.clipPath !== "none" && style.position === "absolute") return true;
        // Moved off the page until focused, like a skip link: checked when it shows.
        if (style.position === "absolute" || style.position === "fixed") {
          const r = e.getBoundingClientRect();
          if (r.right + window.scrollX <= 0 || r.bottom + window.scrollY <= 0) return true;
        }
        if (["TITLE", "DESC", "SCRIPT", "STYLE", "NOSCRIPT", "OPTION", "TEMPLATE"].includes(e.tagName))
          return true;
      }
      return false;
    };

    /** A region the reader can scroll with the keyboard: overflowing sideways, focusable, named. */
    const scrollRegion = (e: Element): boolean => {
      const style = getComputedStyle(e);
      return (
        (style.overflowX === "auto" || style.overflowX === "scroll") &&
        (e as HTMLElement).tabIndex >= 0 &&
        (e.hasAttribute("aria-label") || e.hasAttribute("aria-labelledby"))
      );
    };

    /** The boxes a text must stay inside, innermost first, up to a scroll region or the page. */
    const boxes = (element: Element): { box: Element; vertical: boolean }[] => {
      const out: { box: Element; vertical: boolean }[] = [];
      for (let e: Element | null = element; e && e !== document.body; e = e.parentElement) {
        if (scrollRegion(e)) {
          out.push({ box: e, vertical: false });
          return out;
        }
        if (e instanceof SVGSVGElement) out.push({ box: e, vertical: true });
        else if (e instanceof HTMLElement) {
          const style = getComputedStyle(e);
          if (style.display === "inline" || style.display === "contents") continue;
          const clips = style.overflowX !== "visible" || style.overflowY !== "visible";
          out.push({ box: e, vertical: clips });
        }
      }
      return out;
    };

    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      const parent = node.parentElement;
      if (!text.trim() || !parent || hiddenFromSight(parent)) continue;
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (rects.length === 0) continue;
      // The font's size on screen: its CSS size times the scale of the SVG (viewBox) it is drawn in.
      let scale = 1;
      if (parent instanceof SVGGraphicsElement) {
        const m = parent.getScreenCTM();
        if (m) scale = Math.min(Math.hypot(m.a, m.b), Math.hypot(m.c, m.d));
      }
      const fontPx = Number.parseFloat(getComputedStyle(parent).fontSize) * scale;
      const boxPx = Math.min(...rects.map((r) => r.height));
      const rendered = Math.min(fontPx, boxPx);
      if (rendered < minPx - 0.01)
        problems.push(
          `${quote(text)} renders ${rendered.toFixed(1)} px high (under ${minPx} px) in ${describe(parent)}`,
        );

      const left = Math.min(...rects.map((r) => r.left));
      const right = Math.max(...rects.map((r) => r.right));
      const top = Math.min(...rects.map((r) => r.top));
      const bottom = Math.max(...rects.map((r) => r.bottom));
      const chain = boxes(parent);
      const inScroll = chain.some(({ box }) => scrollRegion(box));
      if (!inScroll && (left < -slack || right > viewport + slack)) spill(document.documentElement, text);
      for (const { box, vertical } of chain) {
        const b = box.getBoundingClientRect();
        if (scrollRegion(box)) {
          // Only the region's own left edge: further right the reader scrolls.
          if (left < b.left - slack) spill(box, text);
          break;
        }
        const outside =
          left < b.left - slack ||
          right > b.right + slack ||
          (vertical && (top < b.top - slack || bottom > b.bottom + slack));
        if (outside) {
          spill(box, text);
          break;
        }
      }
    }
    for (const [box, { example, count }] of spills) {
      const where = box === document.documentElement ? "the screen" : `its box ${describe(box)}`;
      problems.push(`${example}${count > 1 ? ` and ${count - 1} more texts` : ""} run out of ${where}`);
    }
    return problems;
  }, MIN_TEXT_PX);
}

/**
 * Every page reachable from the current one by same-site links whose path starts with `prefix`,
 * breadth first, excluding `exclude`: the routes other features add are covered without a list here.
 */
export async function reachablePaths(
  page: Page,
  prefix: string,
  exclude: (path: string) => boolean,
  visit: (path: string) => Promise<void>,
): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  const start = new URL(page.url()).pathname;
  const seen = new Set<string>([start]);
  const queue = [start];
  const visited: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    await visit(path);
    visited.push(path);
    const hrefs = await page
      .locator("a[href]")
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== origin || !url.pathname.startsWith(prefix) || exclude(url.pathname)) continue;
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }
  return visited;
}

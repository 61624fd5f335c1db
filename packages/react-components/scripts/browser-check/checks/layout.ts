// Every story at several widths: text must not overlap other text, and text cut off by an
// element that hides its overflow (an ellipsis, a clipped SVG tick label) must say in full what
// it says, through a title, an aria-label or a tooltip. The widths are taken by resizing the
// viewport of the page the story is already open in (no reload); the page is put back after.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { StoryCheck } from './types';

/** How the layout check measures. */
export interface LayoutCheckOptions {
  /** Viewport widths in CSS pixels, in the order they are taken (default 1280, 768, 320). */
  readonly widths?: readonly number[];
  /** Overlaps and cuts of this many pixels or fewer are ignored (default 1). */
  readonly tolerancePx?: number;
  /** The element whose text is measured (default `#storybook-root`). */
  readonly rootSelector?: string;
  /** Problems reported per kind and width; the rest are counted (default 3). */
  readonly maxReported?: number;
  /** When set, a screenshot per width goes to `<dir>/<story id>@<width>.png`. */
  readonly shotsDir?: string;
}

/** One text-bearing element, as a problem names it. */
export interface TextElement {
  /** Tag and first class, e.g. `p.hl-blocked`, `text` for an SVG label. */
  readonly element: string;
  /** Its own text, shortened. */
  readonly text: string;
}

/** What the page measured at one width. */
export interface WidthMeasurement {
  readonly width: number;
  /** Text-bearing elements with visible text. */
  readonly texts: number;
  readonly overlaps: readonly { readonly a: TextElement; readonly b: TextElement; readonly px: number }[];
  /** Text cut by an element hiding its overflow, without a title, aria-label or tooltip. */
  readonly clipped: readonly (TextElement & { readonly by: string; readonly px: number })[];
  /** Text cut the same way whose full wording is available (counted, not a problem). */
  readonly clippedWithTitle: number;
  /** How much wider than the viewport the page or its text is, in px, beyond the tolerance (0 when it fits). */
  readonly pageOverflowPx: number;
}

/** What the check reports for a story: one measurement per width and the time it took. */
export interface LayoutData {
  readonly widths: readonly WidthMeasurement[];
  readonly ms: number;
}

/** The widths every story is checked at: a phone-sized side panel, a tablet, a desktop. */
export const layoutWidths: readonly number[] = [1280, 768, 320];

/**
 * Renders the story at each width and fails it when two text-bearing elements overlap by more
 * than the tolerance, when text is clipped (cut by `overflow: hidden`, an ellipsis or an SVG's
 * edge) and neither it nor an ancestor up to the clipping element carries a
 * `title`, an `aria-label` or an `aria-describedby` tooltip, or when the page is wider than the
 * viewport. Text hidden on purpose (visually hidden, scrolled out of a scroller) is not measured,
 * and text inside an open popover (a `dialog`, `tooltip`, `menu` or `listbox` positioned over
 * the page) is compared only with text in the same popover.
 */
export function layoutCheck(options: LayoutCheckOptions = {}): StoryCheck<LayoutData> {
  const {
    widths = layoutWidths,
    tolerancePx = 1,
    rootSelector = '#storybook-root',
    maxReported = 3,
    shotsDir,
  } = options;
  if (shotsDir !== undefined) mkdirSync(shotsDir, { recursive: true });
  return {
    name: 'layout',
    async run({ page, story }) {
      const started = performance.now();
      const original = page.viewportSize();
      const measured: WidthMeasurement[] = [];
      try {
        for (const width of widths) {
          if (page.viewportSize()?.width !== width)
            await page.setViewportSize({ width, height: original?.height ?? 900 });
          await settle(page, rootSelector);
          measured.push({ width, ...(await measureText(page, { rootSelector, tolerancePx })) });
          if (shotsDir !== undefined)
            await page.screenshot({ path: join(shotsDir, `${story.id}@${width}.png`), fullPage: true });
        }
      } finally {
        if (original && page.viewportSize()?.width !== original.width) {
          await page.setViewportSize(original);
          await settle(page, rootSelector);
        }
      }
      const problems = measured.flatMap((m) => describeProblems(m, maxReported));
      const counts = measured.map((m) => `${m.width}:${m.overlaps.length + m.clipped.length}`);
      const ms = Math.round(performance.now() - started);
      return {
        problems,
        data: { widths: measured, ms },
        summary: problems.length > 0 ? `layout problems at ${counts.join(' ')}` : undefined,
      };
    },
  };
}

const quote = (t: TextElement) => `"${t.text}" (${t.element})`;

/** The problem lines of one width: the first few of each kind, then how many more. */
export function describeProblems(m: WidthMeasurement, maxReported = 3): string[] {
  const at = `at ${m.width} px`;
  const lines: string[] = [];
  const some = <T>(items: readonly T[], line: (item: T) => string, what: string) => {
    lines.push(...items.slice(0, maxReported).map(line));
    if (items.length > maxReported) lines.push(`${at}: ${items.length - maxReported} more ${what}`);
  };
  some(m.overlaps, (o) => `${at}: ${quote(o.a)} overlaps ${quote(o.b)} by ${o.px} px`, 'overlaps');
  some(
    m.clipped,
    (c) => `${at}: ${quote(c)} is clipped by ${c.by} (${c.px} px hidden) with no title, aria-label or tooltip`,
    'clipped texts',
  );
  if (m.pageOverflowPx > 0) lines.push(`${at}: the page is ${m.pageOverflowPx} px wider than the viewport`);
  return lines;
}

/**
 * Waits until the layout stops changing after a resize: charts and virtualized lists hear of
 * the new width through ResizeObserver and render a frame or two later.
 */
async function settle(page: Page, rootSelector: string): Promise<void> {
  await page.evaluate(async (selector) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
    const root = document.querySelector(selector);
    const signature = () => {
      if (!root) return '';
      const r = root.getBoundingClientRect();
      return `${r.width}x${r.height}:${root.getElementsByTagName('*').length}:${document.documentElement.scrollWidth}`;
    };
    await frame();
    let last = signature();
    for (let stable = 0, i = 0; stable < 2 && i < 40; i++) {
      await frame();
      const now = signature();
      stable = now === last ? stable + 1 : 0;
      last = now;
    }
  }, rootSelector);
}

/** Measures the text inside `rootSelector` on the page as it is now. */
export function measureText(
  page: Page,
  options: { rootSelector: string; tolerancePx: number },
): Promise<Omit<WidthMeasurement, 'width'>> {
  return page.evaluate(({ rootSelector, tolerancePx: tol }) => {
    type Box = { left: number; top: number; right: number; bottom: number };
    type Clip = { box: Box; scrolls: boolean; element: Element };
    const root = document.querySelector(rootSelector);
    const viewportWidth = document.documentElement.clientWidth;
    if (!root) return { texts: 0, overlaps: [], clipped: [], clippedWithTitle: 0, pageOverflowPx: 0 };

    const describe = (el: Element) => {
      const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/)[0] : undefined;
      return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}`;
    };
    const ownText = (el: Element) => {
      let text = el instanceof SVGElement ? (el.textContent ?? '') : '';
      if (!(el instanceof SVGElement))
        for (const n of el.childNodes) if (n.nodeType === Node.TEXT_NODE) text += n.textContent ?? '';
      text = text.replace(/\s+/g, ' ').trim();
      return text.length > 40 ? `${text.slice(0, 39)}…` : text;
    };
    const intersect = (a: Box, b: Box): Box => ({
      left: Math.max(a.left, b.left),
      top: Math.max(a.top, b.top),
      right: Math.min(a.right, b.right),
      bottom: Math.min(a.bottom, b.bottom),
    });
    // DOMRect's fields are prototype getters, lost by a spread: copy them.
    const boxOf = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const w = (b: Box) => b.right - b.left;
    const h = (b: Box) => b.bottom - b.top;

    // The boxes that clip an element's content: ancestors whose overflow is not visible (their
    // padding box), SVG viewports, and CSS `clip` / `clip-path` (visually hidden). Cached.
    const clipsOf = new Map<Element, readonly Clip[]>();
    const ownClip = (el: Element): Clip | undefined => {
      const style = getComputedStyle(el);
      if (style.clip !== 'auto' && style.clip !== '' && style.position === 'absolute') {
        const r = el.getBoundingClientRect();
        return { box: { left: r.left, top: r.top, right: r.left, bottom: r.top }, scrolls: false, element: el };
      }
      const isSvgViewport = el instanceof SVGSVGElement;
      const overflows = [style.overflowX, style.overflowY];
      if (!isSvgViewport && overflows.every((o) => o === 'visible')) return undefined;
      if (isSvgViewport && overflows.every((o) => o === 'visible') && el.parentElement?.closest('svg'))
        return undefined;
      const r = el.getBoundingClientRect();
      const bl = parseFloat(style.borderLeftWidth) || 0;
      const bt = parseFloat(style.borderTopWidth) || 0;
      const box = isSvgViewport
        ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
        : {
            left: r.left + bl,
            top: r.top + bt,
            right: r.left + bl + el.clientWidth,
            bottom: r.top + bt + el.clientHeight,
          };
      const scrolls = overflows.some((o) => o === 'auto' || o === 'scroll');
      // A visible axis is not clipped: widen the box along it.
      if (!isSvgViewport && style.overflowX === 'visible') Object.assign(box, { left: -1e9, right: 1e9 });
      if (!isSvgViewport && style.overflowY === 'visible') Object.assign(box, { top: -1e9, bottom: 1e9 });
      return { box, scrolls, element: el };
    };
    const clips = (el: Element | null): readonly Clip[] => {
      if (!el || el === document.documentElement) return [];
      let found = clipsOf.get(el);
      if (found) return found;
      const own = ownClip(el);
      found = own ? [own, ...clips(el.parentElement)] : clips(el.parentElement);
      clipsOf.set(el, found);
      return found;
    };

    const hidden = (el: Element) => {
      const style = getComputedStyle(el);
      return style.visibility !== 'visible' || Number(style.opacity) === 0;
    };
    const overlayOf = (el: Element): Element | null => {
      const overlay = el.closest('[role="dialog"], [role="tooltip"], [role="menu"], [role="listbox"]');
      if (!overlay) return null;
      const position = getComputedStyle(overlay).position;
      return position === 'absolute' || position === 'fixed' ? overlay : null;
    };
    // Whether the full text of a clipped element is available: a non-empty title (an SVG
    // <title> child too; recharts gives its SVG an empty one), an aria-label, or an aria-describedby pointing at a tooltip, on it or an ancestor up to the
    // element that clips it.
    const titled = (el: Element, clipper: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        if (e.getAttribute('title')?.trim() || e.getAttribute('aria-label')?.trim()) return true;
        if (e instanceof SVGElement && [...e.children].some((c) => c.tagName === 'title' && c.textContent?.trim()))
          return true;
        const describedBy = e.getAttribute('aria-describedby');
        if (describedBy?.split(/\s+/).some((id) => document.getElementById(id)?.getAttribute('role') === 'tooltip'))
          return true;
        if (e === clipper || e === root) break;
      }
      return false;
    };

    // Text-bearing elements: each element's own text nodes, as line boxes (an SVG text element
    // as its box).
    const rectsOf = new Map<Element, Box[]>();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript, title, desc')) continue;
      const el: Element = parent instanceof SVGElement ? (parent.closest('text') ?? parent) : parent;
      let list = rectsOf.get(el);
      if (!list) rectsOf.set(el, (list = []));
      if (el instanceof SVGElement) {
        if (list.length === 0) list.push(boxOf(el.getBoundingClientRect()));
        continue;
      }
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) list.push(boxOf(r));
    }

    type Text = { el: Element; rects: Box[]; overlay: Element | null };
    const texts: Text[] = [];
    const clipped: { element: string; text: string; by: string; px: number }[] = [];
    let clippedWithTitle = 0;
    let right = 0;
    for (const [el, rects] of rectsOf) {
      if (rects.length === 0 || hidden(el)) continue;
      const all = clips(el);
      const visible: Box[] = [];
      let cut: { by: Clip; px: number } | undefined;
      for (const rect of rects) {
        let shown: Box = rect;
        let shownByHiding: Box = rect;
        let by: Clip | undefined;
        for (const clip of all) {
          shown = intersect(shown, clip.box);
          if (!clip.scrolls) {
            const next = intersect(shownByHiding, clip.box);
            if (!by && (w(next) < w(shownByHiding) - tol || h(next) < h(shownByHiding) - tol)) by = clip;
            shownByHiding = next;
          }
        }
        if (w(shown) <= tol || h(shown) <= tol) continue; // hidden on purpose, or scrolled away
        visible.push(shown);
        right = Math.max(right, shown.right);
        const px = Math.round(Math.max(w(rect) - w(shownByHiding), h(rect) - h(shownByHiding)));
        if (by && (!cut || px > cut.px)) cut = { by, px };
      }
      if (visible.length === 0) continue;
      texts.push({ el, rects: visible, overlay: overlayOf(el) });
      if (cut) {
        if (titled(el, cut.by.element)) clippedWithTitle++;
        else
          clipped.push({
            element: describe(el),
            text: ownText(el),
            by: describe(cut.by.element),
            px: cut.px,
          });
      }
    }

    // Overlaps: sweep the line boxes top to bottom, compare those whose heights meet.
    type Line = Box & { t: number };
    const lines: Line[] = [];
    texts.forEach((t, i) => t.rects.forEach((r) => lines.push({ ...r, t: i })));
    lines.sort((a, b) => a.top - b.top);
    const seen = new Set<string>();
    const overlaps: { a: { element: string; text: string }; b: { element: string; text: string }; px: number }[] = [];
    for (let i = 0; i < lines.length; i++) {
      const a = lines[i]!;
      for (let j = i + 1; j < lines.length && lines[j]!.top < a.bottom - tol; j++) {
        const b = lines[j]!;
        if (a.t === b.t) continue;
        const ta = texts[a.t]!;
        const tb = texts[b.t]!;
        if (ta.overlay !== tb.overlay) continue;
        const both = intersect(a, b);
        const px = Math.min(w(both), h(both));
        if (w(both) <= tol || h(both) <= tol) continue;
        const key = a.t < b.t ? `${a.t}:${b.t}` : `${b.t}:${a.t}`;
        if (seen.has(key)) continue;
        seen.add(key);
        overlaps.push({
          a: { element: describe(ta.el), text: ownText(ta.el) },
          b: { element: describe(tb.el), text: ownText(tb.el) },
          px: Math.round(px),
        });
      }
    }
    // Wider than the viewport: the page scrolls sideways, or text runs past its right edge.
    const pageOverflowPx = Math.max(
      0,
      Math.round(Math.max(document.documentElement.scrollWidth, right) - viewportWidth - tol),
    );
    return { texts: texts.length, overlaps, clipped, clippedWithTitle, pageOverflowPx };
  }, options);
}

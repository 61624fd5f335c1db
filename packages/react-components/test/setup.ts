import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { setProjectAnnotations } from '@storybook/react';
import { afterEach } from 'vitest';
import preview from '../.storybook/preview';

// jsdom has no layout: give ResizeObserver a stub so recharts and the virtualizer can mount.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// jsdom does no layout. Elements with an explicit pixel height in their inline style report it
// as their client size, so the virtualized queue sees a viewport and renders the cards in it.
function inlinePx(el: HTMLElement, prop: 'height' | 'width'): number {
  const v = el.style[prop];
  return v.endsWith('px') ? parseFloat(v) : 0;
}
Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
  configurable: true,
  get(this: HTMLElement) {
    return inlinePx(this, 'height');
  },
});
Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
  configurable: true,
  get(this: HTMLElement) {
    return inlinePx(this, 'width') || (inlinePx(this, 'height') ? 800 : 0);
  },
});

// Stories composed with composeStories get the same decorators (theme root) as in Storybook.
setProjectAnnotations([preview]);

afterEach(() => {
  cleanup();
});

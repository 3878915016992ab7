import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';

/** The widest a chart is drawn, in CSS pixels: wider, its bars would be hard to compare by eye. */
export const CHART_MAX_WIDTH = 760;
/** Below this width a chart's rows stack: the name and the figures on one line, the bar under them. */
export const STACK_BELOW = 560;
/** Room at each end of a stacked bar for the half of a tick's label that stands beyond it. */
const STACKED_MARGIN = 22;

/**
 * Where the parts of a chart's rows go at `width` CSS pixels. The chart is drawn one unit to one
 * pixel, so that its words keep their size (14 px, ticks 12 px) at every width, never shrunk with the
 * picture as a fixed drawing scaled to a narrow window would be (6 px at 400 px).
 */
export interface RowLayout {
  readonly width: number;
  readonly stacked: boolean;
  /** The row's name: its x and anchor, and its baseline from the row's top. */
  readonly labelX: number;
  readonly labelAnchor: 'start' | 'end';
  readonly labelY: number;
  /** The bar: where 0 stands, its full length, its top from the row's top. */
  readonly barX: number;
  readonly barWidth: number;
  readonly barY: number;
  readonly barHeight: number;
  /** The figures: after the bar on a wide chart, at the right end of the name's line when stacked. */
  readonly valueX: number;
  readonly valueAnchor: 'start' | 'end';
  readonly valueY: number;
  readonly rowHeight: number;
}

/** `label` and `values`: the room a wide chart gives the names before the bars and the figures after. */
export function rowLayout(width: number, wide: { label: number; values: number }): RowLayout {
  if (width >= STACK_BELOW) {
    return {
      width,
      stacked: false,
      labelX: wide.label - 8,
      labelAnchor: 'end',
      labelY: 20,
      barX: wide.label,
      barWidth: width - wide.label - wide.values,
      barY: 6,
      barHeight: 20,
      valueX: width - wide.values + 10,
      valueAnchor: 'start',
      valueY: 20,
      rowHeight: 32,
    };
  }
  return {
    width,
    stacked: true,
    labelX: 0,
    labelAnchor: 'start',
    labelY: 16,
    barX: STACKED_MARGIN,
    barWidth: width - 2 * STACKED_MARGIN,
    barY: 24,
    barHeight: 16,
    valueX: width,
    valueAnchor: 'end',
    valueY: 16,
    rowHeight: 50,
  };
}

/**
 * The spans, top to bottom, of a vertical line drawn across a chart's rows (a threshold), from `top - 8`
 * just under its label: one span on a wide chart, where the names and figures stand beside the bars; on
 * a stacked one a span over each bar only, so that the line never runs through a row's name or figures.
 */
export function crossingSpans(at: RowLayout, top: number, rows: number): [number, number][] {
  if (!at.stacked) return [[top - 8, top + rows * at.rowHeight]];
  const bars = Array.from({ length: rows }, (_, index): [number, number] => {
    const barTop = top + index * at.rowHeight + at.barY;
    return [barTop - 2, barTop + at.barHeight + 2];
  });
  return [[top - 8, top], ...bars];
}

/**
 * Where a label centred on `x` is anchored so that it stays inside a chart `width` wide: at its start
 * near the left edge, at its end near the right one.
 */
export function anchorInside(x: number, width: number, room = 70): 'start' | 'middle' | 'end' {
  return x < room ? 'start' : x > width - room ? 'end' : 'middle';
}

/**
 * The width of the element `ref` is put on, in CSS pixels (at most CHART_MAX_WIDTH), followed as the
 * window changes; `fallback` until it is first measured.
 */
export function useChartWidth<T extends HTMLElement>(fallback = 680): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const measured = Math.floor(element.clientWidth);
      if (measured > 0) setWidth(Math.min(measured, CHART_MAX_WIDTH));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

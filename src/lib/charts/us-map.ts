import { geoAlbersUsa, geoPath, type GeoStream } from 'd3-geo';
import { scaleQuantize } from 'd3-scale';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import states from 'us-atlas/states-10m.json' with { type: 'json' };

/** The map's drawing box: us-atlas's own Albers USA frame, Alaska and Hawaii inset as d3 places them. */
export const MAP_WIDTH = 975;
export const MAP_HEIGHT = 610;

/**
 * At this size a point closer than this to the last one kept, or a ring (an islet) smaller than
 * MIN_RING_PX across, cannot be seen; dropping them keeps one map's paths near 8 KB gzipped,
 * within a page's 40 KB budget.
 */
const MIN_STEP_PX = 1.5;
const MIN_RING_PX = 3;

export interface StateShape {
  /** Two-digit FIPS code, as us-atlas ids its features and BLS its AREA column. */
  fips: string;
  name: string;
  /** SVG path data in whole pixels, relative moves after each ring's start. */
  d: string;
}

/** A projected stream that drops points too close to the last one kept and rings too small to see. */
function thinned(out: GeoStream): GeoStream {
  let ring: [number, number][] = [];
  let inPolygon = false;
  return {
    point(x, y) {
      const last = ring[ring.length - 1];
      if (!last || Math.hypot(x - last[0], y - last[1]) >= MIN_STEP_PX) ring.push([x, y]);
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      const xs = ring.map((p) => p[0]);
      const ys = ring.map((p) => p[1]);
      const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
      if (inPolygon && (ring.length < 3 || extent < MIN_RING_PX)) return;
      out.lineStart();
      for (const [x, y] of ring) out.point(x, y);
      out.lineEnd();
    },
    polygonStart() {
      inPolygon = true;
      out.polygonStart();
    },
    polygonEnd() {
      inPolygon = false;
      out.polygonEnd();
    },
    sphere() {
      out.sphere?.();
    },
  };
}

/** A d3 path context writing whole-pixel relative commands, about half the bytes of absolute ones. */
class RelativePath {
  private text = '';
  private x = 0;
  private y = 0;
  beginPath(): void {
    // Each feature's rings are appended; result() reads and clears them.
  }
  moveTo(x: number, y: number): void {
    [x, y] = [Math.round(x), Math.round(y)];
    this.text += `M${x},${y}`;
    [this.x, this.y] = [x, y];
  }
  lineTo(x: number, y: number): void {
    [x, y] = [Math.round(x), Math.round(y)];
    if (x === this.x && y === this.y) return;
    this.text += `l${x - this.x},${y - this.y}`;
    [this.x, this.y] = [x, y];
  }
  closePath(): void {
    this.text += 'z';
  }
  arc(): void {
    // geoPath draws arcs only for Point geometries, which a map of states has none of.
  }
  result(): string {
    const text = this.text;
    this.text = '';
    return text;
  }
}

let shapes: StateShape[] | undefined;

/** The 50 states and DC (us-atlas also holds territories; BLS's Puerto Rico, Guam and Virgin Islands go in tables). */
export function stateShapes(onMap: ReadonlySet<string>): StateShape[] {
  if (!shapes) {
    const topology = states as unknown as Topology<{ states: GeometryCollection<{ name: string }> }>;
    const collection = feature(topology, topology.objects.states);
    // Territories have no place in Albers USA; fit the frame to the 50 states and DC alone.
    const drawn = { type: 'FeatureCollection' as const, features: collection.features.filter((f) => Number(f.id) < 60) };
    const projection = geoAlbersUsa().fitExtent(
      [
        [2, 2],
        [MAP_WIDTH - 2, MAP_HEIGHT - 2],
      ],
      drawn,
    );
    const context = new RelativePath();
    const path = geoPath({ stream: (s: GeoStream) => projection.stream(thinned(s)) }, context);
    shapes = collection.features.flatMap((f) => {
      path(f);
      const d = context.result();
      return d === '' ? [] : [{ fips: String(f.id), name: f.properties.name, d }];
    });
  }
  return shapes.filter((s) => onMap.has(s.fips));
}

export interface MapBin {
  index: number;
  /** The bin's lower and upper edges. */
  from: number;
  to: number;
  label: string;
}

export interface ChoroplethArea {
  fips: string;
  name: string;
  d: string;
  value: number | undefined;
  /** The colour bin, or undefined when the value is not published. */
  bin: number | undefined;
  /** "Texas: $93,880", "Montana: not published for this state". */
  title: string;
}

export interface Choropleth {
  width: number;
  height: number;
  areas: ChoroplethArea[];
  bins: MapBin[];
  /** Some area on the map has no published value, so the legend needs its swatch. */
  hasMissing: boolean;
}

export interface ChoroplethOptions {
  bins?: number;
  /** A value in a bin's label and in an area's title, e.g. formatUsdShort. */
  format: (value: number) => string;
  formatTitle: (value: number) => string;
  missing: string;
}

/**
 * A choropleth of values by FIPS code: equal-width bins between the smallest and largest published
 * value (d3's quantize scale, edges at nice round numbers), each state's path, bin and title.
 */
export function choropleth(values: ReadonlyMap<string, number | undefined>, options: ChoroplethOptions): Choropleth {
  const count = options.bins ?? 5;
  const published = [...values.values()].filter((v): v is number => v !== undefined);
  if (published.length === 0) throw new Error('choropleth: expected at least one published value, got none');
  const scale = scaleQuantize<number>()
    .domain([Math.min(...published), Math.max(...published)])
    .nice(count)
    .range([...Array(count).keys()]);
  const edges = [scale.domain()[0]!, ...scale.thresholds(), scale.domain()[1]!];
  const bins = scale.range().map((index) => ({
    index,
    from: edges[index]!,
    to: edges[index + 1]!,
    label: `${options.format(edges[index]!)}–${options.format(edges[index + 1]!)}`,
  }));
  const areas = stateShapes(new Set(values.keys())).map((shape) => {
    const value = values.get(shape.fips);
    return {
      ...shape,
      value,
      bin: value === undefined ? undefined : scale(value),
      title: `${shape.name}: ${value === undefined ? options.missing : options.formatTitle(value)}`,
    };
  });
  return { width: MAP_WIDTH, height: MAP_HEIGHT, areas, bins, hasMissing: areas.some((a) => a.value === undefined) };
}

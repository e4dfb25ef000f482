import { Box } from '@mantine/core';
import { useEffect, useRef } from 'react';

export interface ChartDatum {
  key: string;
  label: string;
  value: number;
}

type Kind = 'bar' | 'map';

/** ECharts and the world map load on first use, in their own chunks, so the first page stays small. */
async function loadCharts(kind: Kind) {
  const [core, charts, components, renderers] = await Promise.all([
    import('echarts/core'),
    import('echarts/charts'),
    import('echarts/components'),
    import('echarts/renderers'),
  ]);
  core.use([charts.BarChart, charts.MapChart, components.GridComponent, components.TooltipComponent, components.VisualMapComponent, renderers.CanvasRenderer]);
  if (kind === 'map' && !core.getMap('world')) {
    const [{ feature }, topology, countries] = await Promise.all([
      import('topojson-client'),
      import('world-atlas/countries-110m.json'),
      import('i18n-iso-countries'),
    ]);
    const world = topology.default as unknown as Parameters<typeof feature>[0] & { objects: { countries: Parameters<typeof feature>[1] } };
    const geo = feature(world, world.objects.countries) as unknown as { features: { id?: string; properties: Record<string, unknown> }[] };
    // Name each country by its ISO alpha-2 code, the code every record carries.
    for (const country of geo.features) country.properties.name = countries.numericToAlpha2(String(country.id ?? '')) ?? String(country.id ?? '');
    core.registerMap('world', geo as never);
  }
  return core;
}

interface ChartProps {
  kind: Kind;
  data: ChartDatum[];
  /** What the chart shows, for screen readers (the figures are also in the table beside it). */
  label: string;
  height?: number;
  onSelect?: (key: string) => void;
  testId?: string;
}

/** A bar chart or a world choropleth; clicking a bar or a country selects its key. */
export function Chart({ kind, data, label, height = 260, onSelect, testId }: ChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  useEffect(() => {
    let disposed = false;
    let chart: { dispose: () => void; resize: () => void } | undefined;
    const onResize = () => chart?.resize();
    void loadCharts(kind).then((echarts) => {
      if (disposed || !ref.current) return;
      const instance = echarts.init(ref.current);
      chart = instance;
      const max = Math.max(1, ...data.map((d) => d.value));
      instance.setOption(
        kind === 'map'
          ? {
              tooltip: { trigger: 'item', formatter: (p: { name: string; value: number }) => `${data.find((d) => d.key === p.name)?.label ?? p.name}: ${Number.isFinite(p.value) ? p.value : 0}` },
              visualMap: { min: 0, max, left: 'left', bottom: 0, calculable: false, inRange: { color: ['#d6e9f8', '#0b5394'] }, itemHeight: 80 },
              series: [{ type: 'map', map: 'world', roam: true, data: data.map((d) => ({ name: d.key, value: d.value })), itemStyle: { areaColor: '#e9ecef', borderColor: '#adb5bd' }, emphasis: { label: { show: false } } }],
            }
          : {
              grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
              tooltip: { trigger: 'axis' },
              xAxis: { type: 'category', data: data.map((d) => d.label), axisLabel: { interval: 0, rotate: data.length > 6 ? 35 : 0 } },
              yAxis: { type: 'value', minInterval: 1 },
              series: [{ type: 'bar', data: data.map((d) => d.value), itemStyle: { color: '#1c7ed6' } }],
            },
      );
      instance.on('click', (event: { name?: string; dataIndex?: number }) => {
        const key = kind === 'map' ? event.name : data[event.dataIndex ?? -1]?.key;
        if (key && data.some((d) => d.key === key)) select.current?.(key);
      });
      window.addEventListener('resize', onResize);
    });
    return () => {
      disposed = true;
      window.removeEventListener('resize', onResize);
      chart?.dispose();
    };
  }, [kind, data]);
  return <Box ref={ref} h={height} w="100%" role="img" aria-label={label} data-testid={testId} />;
}

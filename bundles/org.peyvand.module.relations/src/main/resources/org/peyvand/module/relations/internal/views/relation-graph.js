/*
 * The browser side of RelationGraph: an ECharts force-directed graph in the component's element,
 * redrawn whenever the server changes its state. The start record is larger and coloured apart,
 * accounts and contacts have their own colours, each link is an arrow labelled with its type's
 * name. Labels are written right to left for right-to-left languages. A click on a record reports
 * its key ("account:12") to the server, which opens it.
 */
window.org_peyvand_module_relations_internal_views_RelationGraph = function () {
  var connector = this;
  var echarts = window.echarts;
  var host = document.createElement('div');
  host.className = 'crm-relation-graph-box';
  host.style.width = '100%';
  host.style.height = '100%';
  connector.getElement().appendChild(host);
  var chart = null;
  var COLOURS = { start: '#d97706', account: '#0f766e', contact: '#2563eb' };

  function draw() {
    var state = connector.getState();
    if (!chart) {
      chart = echarts.init(host, null, { renderer: 'canvas' });
      chart.on('click', function (event) {
        if (event.dataType === 'node') {
          connector.opened(event.data.id);
        }
      });
    }
    var nodes = state.nodes.map(function (node) {
      return {
        id: node.key,
        name: node.label,
        symbolSize: node.depth === 0 ? 44 : 30 - 3 * node.depth,
        itemStyle: { color: node.depth === 0 ? COLOURS.start : COLOURS[node.kind] },
        label: { show: true, position: 'bottom' }
      };
    });
    var links = state.edges.map(function (edge) {
      return { source: edge.from, target: edge.to, value: edge.label, label: { show: true, formatter: edge.label } };
    });
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'Vazirmatn, Tahoma, sans-serif' },
      tooltip: { formatter: function (item) { return item.dataType === 'edge' ? item.data.value : item.data.name; } },
      series: [{
        type: 'graph',
        layout: 'force',
        roam: true,
        draggable: true,
        // laid out at once, so records stay where they are drawn and a click lands where it is aimed
        force: { repulsion: 260, edgeLength: 120, layoutAnimation: false },
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 8,
        edgeLabel: { fontSize: 11, color: '#4b5563' },
        lineStyle: { color: '#9ca3af', width: 1.5, curveness: 0.1 },
        label: { fontSize: 12, align: 'center' },
        emphasis: { focus: 'adjacency' },
        data: nodes,
        links: links
      }]
    }, true);
    host.setAttribute('dir', state.rightToLeft ? 'rtl' : 'ltr');
  }

  connector.onStateChange = draw;

  connector.onUnregister = function () {
    if (chart) {
      chart.dispose();
      chart = null;
    }
  };

  window.addEventListener('resize', function () {
    if (chart) {
      chart.resize();
    }
  });
};

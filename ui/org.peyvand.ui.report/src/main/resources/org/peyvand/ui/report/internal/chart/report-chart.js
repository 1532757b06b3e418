/*
 * The browser side of ReportChart: a Chart.js chart in the component's element, redrawn whenever
 * the server changes its state. A funnel is a horizontal bar (Chart.js has none); for right-to-left
 * languages the category axis runs from the right and the legend and tooltips read from the right.
 * Numbers are written with the digits the server names; a click reports the result row drawn.
 */
window.org_peyvand_ui_report_internal_chart_ReportChart = function () {
  var connector = this;
  var Chart = window.Chart;
  var COLOURS = ['#0f766e', '#2563eb', '#d97706', '#db2777', '#7c3aed', '#65a30d', '#dc2626', '#0891b2', '#4b5563', '#ca8a04'];
  var host = document.createElement('div');
  host.className = 'crm-report-chart-box';
  var canvas = document.createElement('canvas');
  host.appendChild(canvas);
  connector.getElement().appendChild(host);
  var chart = null;

  function digits(text) {
    var table = connector.getState().digits || '0123456789';
    return String(text).replace(/[0-9]/g, function (d) {
      return table.charAt(d.charCodeAt(0) - 48);
    });
  }

  function number(value) {
    // grouped the Latin way, then written in the user's digits; Persian separates thousands with '٬'
    var text = Number(value).toLocaleString('en-US', { maximumFractionDigits: 2 });
    return connector.getState().digits.charAt(0) === '0' ? text : digits(text).replace(/,/g, '\u066C').replace(/\./g, '\u066B');
  }

  function datasets(state) {
    var pie = state.kind === 'pie';
    return state.series.map(function (series, i) {
      var colour = COLOURS[i % COLOURS.length];
      return {
        label: series.label,
        data: series.values,
        backgroundColor: pie ? state.labels.map(function (label, j) { return COLOURS[j % COLOURS.length]; }) : colour,
        borderColor: pie ? '#ffffff' : colour,
        fill: false,
        tension: 0.2
      };
    });
  }

  function options(state) {
    var rtl = state.rightToLeft;
    var horizontal = state.kind === 'funnel';
    var scales = {};
    if (state.kind !== 'pie') {
      var category = { reverse: rtl && !horizontal, ticks: { autoSkip: true } };
      var values = { beginAtZero: true, position: horizontal ? 'bottom' : (rtl ? 'right' : 'left'), reverse: rtl && horizontal,
        ticks: { callback: function (value) { return number(value); } } };
      if (horizontal) {
        category.position = rtl ? 'right' : 'left';
      }
      scales[horizontal ? 'y' : 'x'] = category;
      scales[horizontal ? 'x' : 'y'] = values;
    }
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      indexAxis: horizontal ? 'y' : 'x',
      locale: rtl ? 'fa-IR' : 'en-US',
      scales: scales,
      plugins: {
        legend: { rtl: rtl, textDirection: rtl ? 'rtl' : 'ltr', position: 'top', align: rtl ? 'end' : 'start',
          display: state.kind === 'pie' || state.series.length > 1 },
        tooltip: { rtl: rtl, textDirection: rtl ? 'rtl' : 'ltr',
          callbacks: { label: function (item) { return (item.dataset.label || '') + ': ' + number(item.raw); } } }
      },
      onClick: function (event, elements) {
        if (elements.length) {
          connector.clicked(connector.getState().rows[elements[0].index]);
        }
      },
      onHover: function (event, elements) {
        event.native.target.style.cursor = elements.length ? 'pointer' : 'default';
      }
    };
  }

  connector.onStateChange = function () {
    var state = connector.getState();
    if (chart) {
      chart.destroy();
      chart = null;
    }
    if (state.kind === 'none' || !state.labels.length) {
      return;
    }
    Chart.defaults.font.family = 'Vazirmatn, Tahoma, sans-serif';
    chart = new Chart(canvas, {
      type: state.kind === 'funnel' ? 'bar' : state.kind,
      data: { labels: state.labels, datasets: datasets(state) },
      options: options(state)
    });
  };

  connector.onUnregister = function () {
    if (chart) {
      chart.destroy();
    }
  };
};

/*
 * The browser side of BpmnDiagram: a bpmn-js modeler, or its navigated viewer, in the component's
 * element. The server loads XML, asks for it back, selects and highlights elements and changes the
 * properties of one element; the diagram reports the selected element, that it changed, and XML it
 * could not read. Element properties travel as
 *   {id, type, eventType, attrs: {name, "camunda:assignee", ...}, condition, timer: {kind, value, attrs}}
 * and changes as the same shape holding only what changes (a null value removes an attribute).
 */
window.org_peyvand_ui_workflow_internal_diagram_BpmnDiagram = function () {
  var connector = this;
  var BpmnJS = window.BpmnJS;
  var TIMER_KINDS = ['timeDuration', 'timeDate', 'timeCycle'];
  /** BpmnDiagram.DONE: what an instance has passed. */
  var PASSED = 'crm-done';
  var RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
  var LEFT_TO_RIGHT = /[A-Za-z\u00C0-\u024F]/;
  var host = document.createElement('div');
  host.className = 'crm-bpmn-canvas';
  connector.getElement().appendChild(host);
  var bpmn = null;
  var resizes = null;
  var marked = [];
  // the server's calls about elements wait for the diagram they are about to be imported
  var imported = Promise.resolve();

  function diagram() {
    if (bpmn) {
      return bpmn;
    }
    var viewer = connector.getState().viewer;
    var options = { container: host, additionalModules: [ { translate: [ 'value', translate ] } ] };
    if (!viewer) {
      // delete, undo and redo from the keyboard; bpmn-js leaves keys typed into fields alone
      options.keyboard = { bindTo: document };
    }
    bpmn = viewer ? new BpmnJS.NavigatedViewer(options) : new BpmnJS(options);
    var events = bpmn.get('eventBus');
    // after the shape is drawn (at the default priority), so the label's text is in place
    events.on(['shape.added', 'shape.changed', 'connection.added', 'connection.changed'], 500, function (event) {
      labelDirection(event.gfx);
    });
    if (!viewer) {
      events.on('selection.changed', function () {
        report();
      });
      events.on('element.changed', function (event) {
        if (event.element === current()) {
          report();
        }
      });
      events.on('commandStack.changed', function () {
        connector.changed();
      });
    }
    if (window.ResizeObserver) {
      resizes = new ResizeObserver(function () {
        bpmn.get('canvas').resized();
      });
      resizes.observe(host);
    }
    return bpmn;
  }

  /** bpmn-js's texts in the user's language, from the server; those it lacks stay in English. */
  function translate(template, replacements) {
    var texts = connector.getState().texts || {};
    return (texts[template] || template).replace(/{([^}]+)}/g, function (whole, key) {
      return replacements && key in replacements ? replacements[key] : whole;
    });
  }

  /*
   * SVG text takes the page's direction only from CSS; each label line is given the direction of
   * its label's first strong letter (a right-to-left mark for Persian), so a Persian label that
   * wraps onto a line starting with a Latin word still reads from the right.
   */
  function labelDirection(gfx) {
    var lines = gfx ? gfx.querySelectorAll('text tspan') : [];
    if (!lines.length) {
      return;
    }
    var text = '';
    lines.forEach(function (line) {
      text += line.textContent.replace(/^[\u200E\u200F]/, '') + ' ';
    });
    var mark = firstStrongIsRightToLeft(text) ? '\u200F' : '\u200E';
    lines.forEach(function (line) {
      line.textContent = mark + line.textContent.replace(/^[\u200E\u200F]/, '');
    });
  }

  function firstStrongIsRightToLeft(text) {
    for (var i = 0; i < text.length; i++) {
      if (RIGHT_TO_LEFT.test(text[i])) {
        return true;
      }
      if (LEFT_TO_RIGHT.test(text[i])) {
        return false;
      }
    }
    return false;
  }

  /** The one selected element, or the process itself when nothing (or several things) is selected. */
  function current() {
    var selected = diagram().get('selection').get();
    return selected.length === 1 ? selected[0] : diagram().get('canvas').getRootElement();
  }

  function report() {
    var element = current();
    if (element.type === 'label') {
      element = element.labelTarget;
    }
    // while a diagram is cleared for the next one, there is no process to describe
    if (element.businessObject) {
      connector.selected(describe(element));
    }
  }

  function describe(element) {
    var bo = element.businessObject;
    var described = { id: bo.id, type: bo.$type, attrs: attributes(bo) };
    described.attrs.name = bo.name || '';
    if (bo.conditionExpression) {
      described.condition = bo.conditionExpression.body || '';
    }
    var definition = (bo.eventDefinitions || [])[0];
    if (definition) {
      described.eventType = definition.$type;
      if (definition.$type === 'bpmn:TimerEventDefinition') {
        described.timer = { kind: '', value: '', attrs: attributes(definition) };
        TIMER_KINDS.forEach(function (kind) {
          if (definition[kind]) {
            described.timer.kind = kind;
            described.timer.value = definition[kind].body || '';
          }
        });
      }
    }
    return described;
  }

  function attributes(bo) {
    var attrs = {};
    Object.keys(bo.$attrs || {}).forEach(function (key) {
      if (key.indexOf('xmlns') !== 0) {
        attrs[key] = String(bo.$attrs[key]);
      }
    });
    return attrs;
  }

  /** Declares the namespace of each prefixed attribute on the definitions, so the XML names it. */
  function declare(attrs) {
    var namespaces = connector.getState().namespaces || {};
    var definitions = diagram().getDefinitions();
    Object.keys(attrs || {}).forEach(function (key) {
      var prefix = key.indexOf(':') > 0 ? key.substring(0, key.indexOf(':')) : null;
      if (prefix && namespaces[prefix] && !definitions.$attrs['xmlns:' + prefix]) {
        definitions.$attrs['xmlns:' + prefix] = namespaces[prefix];
      }
    });
  }

  /** Undefined removes an attribute in bpmn-js; the server sends null for that. */
  function values(attrs) {
    var result = {};
    Object.keys(attrs || {}).forEach(function (key) {
      result[key] = attrs[key] === null || attrs[key] === '' ? undefined : attrs[key];
    });
    return result;
  }

  function expression(body) {
    return diagram().get('bpmnFactory').create('bpmn:FormalExpression', { body: body });
  }

  function apply(change) {
    var element = diagram().get('elementRegistry').get(change.id);
    if (!element) {
      return;
    }
    var modeling = diagram().get('modeling');
    var properties = values(change.attrs);
    declare(change.attrs);
    if ('condition' in change) {
      properties.conditionExpression = change.condition ? expression(change.condition) : undefined;
    }
    if (change.timer) {
      declare(change.timer.attrs);
      var timer = diagram().get('bpmnFactory').create('bpmn:TimerEventDefinition');
      var attrs = values(change.timer.attrs);
      Object.keys(attrs).forEach(function (key) {
        if (attrs[key] !== undefined) {
          timer.$attrs[key] = attrs[key];
        }
      });
      if (change.timer.kind) {
        timer[change.timer.kind] = expression(change.timer.value || '');
        timer[change.timer.kind].$parent = timer;
      }
      timer.$parent = element.businessObject;
      properties.eventDefinitions = [timer];
    }
    // one command, so one undo takes the whole change back
    modeling.updateProperties(element, properties);
  }

  function centre(element) {
    var canvas = diagram().get('canvas');
    var box = canvas.viewbox();
    var point = element.waypoints ? element.waypoints[0]
        : { x: element.x + element.width / 2, y: element.y + element.height / 2 };
    canvas.viewbox({ x: point.x - box.width / 2, y: point.y - box.height / 2, width: box.width, height: box.height });
  }

  function fit() {
    var canvas = diagram().get('canvas');
    canvas.zoom('fit-viewport', 'auto');
    // a small diagram is not blown up beyond its own size
    if (canvas.zoom() > 1) {
      canvas.zoom(1, 'auto');
    }
  }

  connector.load = function (xml) {
    imported = diagram().importXML(xml).then(function () {
      marked = [];
      fit();
      if (!connector.getState().viewer) {
        report();
      }
    }).catch(function (error) {
      connector.failed(String(error && error.message || error));
    });
  };

  connector.requestXml = function (request) {
    imported.then(function () {
      return diagram().saveXML({ format: true });
    }).then(function (result) {
      connector.xml(request, result.xml);
    }).catch(function (error) {
      connector.failed(String(error && error.message || error));
    });
  };

  connector.select = function (id) {
    imported.then(function () {
      var element = diagram().get('elementRegistry').get(id);
      if (element) {
        diagram().get('selection').select(element);
        centre(element);
      }
    });
  };

  connector.update = function (change) {
    imported.then(function () {
      apply(change);
    });
  };

  /**
   * Marks elements: each entry of {@code markers} maps a CSS class to the ids that take it. A flow
   * between two marked elements takes the class of the one it leaves (the way an instance went).
   */
  connector.mark = function (markers) {
    imported.then(function () {
      mark(markers);
    });
  };

  function mark(markers) {
    var canvas = diagram().get('canvas');
    var registry = diagram().get('elementRegistry');
    marked.forEach(function (mark) {
      if (registry.get(mark.id)) {
        canvas.removeMarker(mark.id, mark.css);
      }
    });
    marked = [];
    var classes = {};
    Object.keys(markers).forEach(function (css) {
      markers[css].forEach(function (id) {
        classes[id] = css;
      });
    });
    var flows = registry.filter(function (element) {
      return element.waypoints && element.source && element.target;
    });
    // a start event leaves no trace of its own: it was passed when what it leads to was reached
    flows.forEach(function (flow) {
      if (flow.source.type === 'bpmn:StartEvent' && classes[flow.target.id] && PASSED in markers) {
        classes[flow.source.id] = PASSED;
      }
    });
    flows.forEach(function (flow) {
      if (classes[flow.source.id] && classes[flow.target.id]) {
        classes[flow.id] = classes[flow.source.id];
      }
    });
    Object.keys(classes).forEach(function (id) {
      if (registry.get(id)) {
        canvas.addMarker(id, classes[id]);
        marked.push({ id: id, css: classes[id] });
      }
    });
  }

  connector.onStateChange = function () {
    diagram();
  };

  /** The component left the page: its key bindings and observers go with it. */
  connector.onUnregister = function () {
    if (resizes) {
      resizes.disconnect();
    }
    if (bpmn) {
      bpmn.destroy();
    }
  };
};

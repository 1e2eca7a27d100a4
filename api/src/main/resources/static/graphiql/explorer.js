// Starts GraphiQL against this application's /graphql, with the saved example queries.
// Kept out of the HTML so that the page's Content-Security-Policy needs no 'unsafe-inline'.
(function () {
  'use strict';

  var ENDPOINT = '/graphql';
  var EXAMPLES = '/graphiql/examples';

  function loadExamples() {
    return fetch(EXAMPLES, { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .catch(function () { return []; });
  }

  // One link per example: following it opens that query in its own tab.
  function listExamples(examples, chosen) {
    var list = document.getElementById('examples');
    examples.forEach(function (example) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = '?example=' + encodeURIComponent(example.name);
      link.textContent = example.title;
      if (chosen && chosen.name === example.name) {
        link.setAttribute('aria-current', 'true');
      }
      item.appendChild(link);
      list.appendChild(item);
    });
  }

  function start(examples) {
    var wanted = new URLSearchParams(window.location.search).get('example');
    var chosen = examples.filter(function (example) { return example.name === wanted; })[0];
    listExamples(examples, chosen);

    // The chosen example comes first: on a first visit GraphiQL opens the first tab.
    var ordered = chosen ? [chosen].concat(examples.filter(function (example) { return example !== chosen; }))
      : examples;
    var props = {
      fetcher: GraphiQL.createFetcher({ url: ENDPOINT }),
      // A first visit opens every example as a tab; later visits keep the visitor's own tabs
      // (GraphiQL stores them in the browser) and add the chosen example if it is not among them.
      defaultTabs: ordered.map(function (example) { return { query: example.query }; }),
      defaultEditorToolsVisibility: false
    };
    if (chosen) {
      props.query = chosen.query;
    }
    var root = document.getElementById('graphiql');
    ReactDOM.createRoot(root).render(React.createElement(GraphiQL, props));
  }

  loadExamples().then(start);
})();

// The API documentation page (/docs): Swagger UI from the package's own copy, started from this file
// rather than an inline script, so it works offline and under the page's Content-Security-Policy.
"use strict";

window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis],
  layout: "BaseLayout",
});

// Payara serves the OpenAPI document of the application at the server's root, /openapi.
window.ui = SwaggerUIBundle({
  url: new URL('/openapi', window.location.origin).href,
  dom_id: '#swagger-ui',
  deepLinking: true,
  docExpansion: 'none',
  tagsSorter: 'alpha',
  presets: [SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout'
});

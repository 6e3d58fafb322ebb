// The baseline: Leaflet draws the us-atlas states (GeoJSON, no tiles), as a store locator would.
fetch('./states.geojson')
  .then((r) => r.json())
  .then((states) => {
    const map = L.map('map', { zoomSnap: 0.1 });
    L.geoJSON(states, { style: { color: '#ffffff', weight: 1, fillColor: '#2b6cb0', fillOpacity: 1 } }).addTo(map);
    map.fitBounds([[18, -125], [50, -66]]);
  });

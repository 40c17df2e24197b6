// MapLibre's own stylesheet (controls, popups, markers), loaded with the library by `loadMapLibre`.
import 'maplibre-gl/dist/maplibre-gl.css';

/**
 * The attribution OpenStreetMap's licence (ODbL) asks for wherever its data is shown or handed out: on the
 * maps, in the site model's GeoJSON and in every export.
 */
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

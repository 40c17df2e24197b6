import type { Slice } from '../../../i18n/slice.ts';
import type { threatEn } from './en.ts';

/**
 * The Spanish words of vehicle threat analyses: the list, the form (vehicle classes, protected zone), the
 * result and its legend.
 */
export const threatEs: Slice<typeof threatEn> = {
  'threat.sectionTitle': 'Amenaza de vehículos',
  'threat.sectionIntro':
    'Desde dónde puede llegar cada tipo de vehículo al sitio, a qué velocidad y con cuánta energía: cuenta cada calle, acera, plaza y vía de tranvía, como en un ataque real.',
  'threat.new': 'Nuevo análisis',
  'threat.empty': 'Todavía no hay ningún análisis de amenaza de vehículos de este sitio.',
  'threat.listCaption':
    'Análisis de amenaza de vehículos de este sitio, con la velocidad de impacto más alta de cada clase de vehículo',
  'threat.col.name': 'Nombre',
  'threat.col.started': 'Iniciado',
  'threat.col.status': 'Estado',
  'threat.col.class': 'Clase de vehículo',
  'threat.col.mass': 'Masa',
  'threat.col.maxSpeed': 'Velocidad máxima',
  'threat.col.maxEnergy': 'Energía máxima',
  'threat.col.entries': 'Entradas',
  'threat.col.band': 'Rango',
  'threat.col.entry': 'Entrada',
  'threat.col.speed': 'Velocidad',
  'threat.col.energy': 'Energía',
  'threat.col.runUp': 'Recorrido previo',
  'threat.col.angle': 'Ángulo',
  'threat.col.perimeter': 'Perímetro',
  'threat.notReached': 'No alcanzado',
  'threat.progressOf': 'Progreso del análisis {name}',
  'threat.sensitive': 'Registro sensible propiedad de {org}: muestra cómo un vehículo puede llegar al lugar',
  'threat.analystsOnly':
    'Solo los analistas, editores y administradores de la organización inician análisis de amenaza de vehículos.',
  'threat.started': 'Se ha iniciado el análisis {name}.',
  'threat.meta': '{site} · iniciado el {date}',
  'threat.settings':
    'Clases de vehículos: {classes} · puntos del perímetro cada {spacing} · rango de sensibilidad: {sensitivity}',
  'threat.theSite': 'el sitio',
  'threat.delete': 'Eliminar análisis',
  'threat.confirmDelete':
    '¿Eliminar el análisis {name}? También termina su uso compartido. No se puede deshacer.',
  'threat.confirmDeleteYes': 'Sí, eliminar {name}',
  'threat.deleted': 'Se ha eliminado el análisis {name}.',
  'threat.running': 'El análisis está en curso',
  'threat.runningHint':
    'Se buscan todas las rutas hacia la zona para cada clase de vehículo; los resultados aparecerán aquí al terminar. Puede salir de esta página.',
  'threat.failed': 'El análisis ha fallado: {reason}',
  'threat.loadingResult': 'Cargando los resultados…',
  'threat.noLayers':
    'El mapa del sitio no se puede mostrar para usted; la zona y los resultados se muestran solos.',
  'threat.mapTitle': 'Velocidades de impacto en el perímetro',
  'threat.mapLabel':
    'Mapa de {name}: velocidades de impacto de la clase {class} en el perímetro de la zona protegida',
  'threat.mapHint':
    'Cada punto del perímetro de {perimeter} tiene el color de la velocidad más alta a la que el vehículo elegido puede golpearlo; las líneas son los peores recorridos previos. Elija una entrada en la tabla para verla en el mapa.',
  'threat.classPicker': 'Clase de vehículo',
  'threat.showWholeZone': 'Mostrar toda la zona',
  'threat.entriesTitle': 'Entradas de la clase {class}, las más peligrosas primero',
  'threat.entriesCaption': '{count} entradas para la clase {class}: dónde alcanza el perímetro y cómo',
  'threat.noEntries': 'Ningún vehículo de la clase {class} puede llegar a la zona.',
  'threat.showEntry': 'Mostrar la entrada {rank} en el mapa',
  'threat.entryShown': 'La entrada {rank} se muestra en el mapa: {speed}.',
  'threat.stretch': '{from} a {to}',
  'threat.band': '{low} a {high}',
  'threat.showAll': 'Mostrar las {count} entradas',
  'threat.showFirst': 'Mostrar solo las {count} primeras entradas',
  'threat.summaryTitle': 'Todas las clases de vehículos',
  'threat.summaryCaption': 'Velocidad y energía de impacto más altas de cada clase de vehículo',
  'threat.variants': 'Rangos de velocidad obtenidos repitiendo con: {variants}.',
  'threat.exportTitle': 'Exportar',
  'threat.exportHint':
    'GeoJSON: puntos del perímetro y peores trayectos, para un SIG. CSV: una fila por entrada, para una hoja de cálculo. Las exportaciones quedan en el registro de auditoría.',
  'threat.exportClass': 'La clase {class}',
  'threat.exportAll': 'Todas las clases de vehículos',
  'threat.exportAllClasses': 'todas las clases de vehículos',
  'threat.exportLink': 'Descargar {format} de {scope}',

  'threatStatus.processing': 'En curso',
  'threatStatus.ready': 'Listo',
  'threatStatus.failed': 'Fallido',

  'threat-analysis.notShared': 'Este análisis no se comparte con ninguna organización.',
  'threat-analysis.sharesCaption': 'Organizaciones con las que se comparte este análisis',
  'threat-analysis.shared': 'El análisis se comparte ahora con {org}.',
  'threat-analysis.unshared': 'El análisis ya no se comparte con {org}.',

  'threatForm.title': 'Nuevo análisis de amenaza de vehículos: {name}',
  'threatForm.intro':
    'Elija los vehículos que evaluar y la zona que proteger. El análisis encuentra, para cada punto del perímetro de la zona, el camino más rápido para entrar.',
  'threatForm.backToSite': 'El sitio',
  'threatForm.name': 'Nombre del análisis',
  'threatForm.defaultName': '{site} — amenaza de vehículos',
  'threatForm.classes': 'Clases de vehículos',
  'threatForm.noClass': 'Elija al menos una clase de vehículo.',
  'threatForm.spacing': 'Separación de los puntos del perímetro (m)',
  'threatForm.spacingHint':
    'Entre 2 y 5 metros. Los puntos más cercanos encuentran huecos estrechos entre bolardos, pero tardan más.',
  'threatForm.sensitivity': 'Rango de sensibilidad',
  'threatForm.sensitivityHint':
    'Repite el análisis con potencia y masa ±30 %, adherencia de 0,6 a 0,9 g y velocidades de salida de hasta 50 km/h, y da a cada velocidad un rango bajo–alto. Más lento.',
  'threatForm.zone': 'Zona protegida',
  'threatForm.zoneOutline': 'El contorno del sitio',
  'threatForm.zoneDraw': 'Dibujar en el mapa',
  'threatForm.outlineHint': 'Se protege el contorno de {name} (su parte más grande).',
  'threatForm.drawHint':
    'Haga clic en el mapa para añadir los vértices de la zona, en orden alrededor de ella. La zona se cierra sola.',
  'threatForm.mapLabel': 'Mapa de {name} para elegir la zona protegida',
  'threatForm.undo': 'Deshacer el último vértice',
  'threatForm.clear': 'Borrar',
  'threatForm.corners': 'Vértices: {count}',
  'threatForm.geojson': 'Zona en GeoJSON (Polygon, longitud y latitud)',
  'threatForm.geojsonHint':
    'Escriba o pegue un polígono en lugar de hacer clic; dibujar en el mapa rellena este campo.',
  'threatForm.noZone':
    'Dibuje la zona protegida (al menos tres vértices, lados sin cruzarse) o elija el contorno del sitio.',
  'threatForm.submit': 'Iniciar el análisis',
  'threatForm.starting': 'Iniciando…',

  'zoneProblem.json': 'No es un JSON válido.',
  'zoneProblem.shape': 'No es un Polygon GeoJSON de pares longitud, latitud.',
  'zoneProblem.too-few': 'Una zona necesita al menos tres vértices.',
  'zoneProblem.self-intersecting': 'Los lados de la zona se cruzan.',

  'threatLegend.title': 'Velocidad de impacto — {class}',
  'threatLegend.rampLabel': 'Tramos de velocidad de impacto',
  'threatLegend.below': 'menos de {speed}',
  'threatLegend.between': '{from} a {to}',
  'threatLegend.above': '{speed} o más',
  'threatLegend.notReached': 'No alcanzado',
  'threatLegend.roundedUp':
    'Tramos en las velocidades de ensayo de barreras; velocidades redondeadas hacia arriba.',
  'threatLegend.zone': 'Zona protegida',
  'threatLegend.paths': 'Peores recorridos previos',
  'threatLegend.selected': 'Entrada elegida',
  'threatLegend.base': 'Mapa base',

  'vehicleClass.car': 'Turismo',
  'vehicleClass.pickup': 'Pick-up / 4×4',
  'vehicleClass.van': 'Furgoneta',
  'vehicleClass.rigid-7.5t': 'Camión 7,5 t',
  'vehicleClass.rigid-18t': 'Camión 18 t',
  'vehicleClass.artic-40t': 'Camión articulado 40 t',
  'vehicleClassHint.car': 'M1, 1,5 t',
  'vehicleClassHint.pickup': 'N1G, 2,5 t',
  'vehicleClassHint.van': 'N1, 3,5 t',
  'vehicleClassHint.rigid-7.5t': 'Rígido N2/N3C, 7,5 t',
  'vehicleClassHint.rigid-18t': 'Rígido N3, 18 t',
  'vehicleClassHint.artic-40t': 'Articulado N3, 40 t',

  'variant.power-low': 'menor potencia del motor',
  'variant.power-high': 'mayor potencia del motor',
  'variant.grip-low': 'menor adherencia en curva',
  'variant.grip-high': 'mayor adherencia en curva',
  'variant.start-low': 'menor velocidad de salida',
  'variant.start-high': 'mayor velocidad de salida',
  'variant.all-low': 'todos los parámetros al mínimo',
  'variant.all-high': 'todos los parámetros al máximo',
};

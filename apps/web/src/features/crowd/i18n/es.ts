import type { Slice } from '../../../i18n/slice.ts';
import type { crowdEn } from './en.ts';

/**
 * The Spanish words of crowd simulations: the list, the form (exits, people, model), and the result (figures,
 * playback, curve, flows).
 */
export const crowdEs: Slice<typeof crowdEn> = {
  'crowd.sectionTitle': 'Simulación de multitudes',
  'crowd.sectionIntro':
    'Cuánto tarda el lugar en vaciarse por sus salidas, y dónde la multitud se vuelve peligrosamente densa (desde 4 personas/m²).',
  'crowd.new': 'Nueva simulación',
  'crowd.empty': 'Todavía no hay ninguna simulación de multitudes de este sitio.',
  'crowd.listCaption': 'Simulaciones de multitudes de este sitio, las más recientes primero',
  'crowd.col.name': 'Simulación',
  'crowd.col.started': 'Iniciada',
  'crowd.col.status': 'Estado',
  'crowd.col.evacuation': 'Tiempo de evacuación',
  'crowd.col.people': 'Personas',
  'crowd.outOf': '{out} de {total}',
  'crowd.notEmptied': 'No vaciado',
  'crowd.progressOf': 'Progreso de la simulación {name}',
  'crowd.sensitive': 'Registro sensible propiedad de {org}: muestra dónde una multitud se vuelve densa',
  'crowd.analystsOnly':
    'Solo los analistas, editores y administradores de la organización inician simulaciones de multitudes.',
  'crowd.started': 'Se ha iniciado la simulación {name}.',
  'crowd.meta': '{site} · iniciada el {date}',
  'crowd.settings': '{model} · {people} personas · salidas: {exits} · hasta {duration}',
  'crowd.theSite': 'el sitio',
  'crowd.delete': 'Eliminar la simulación',
  'crowd.confirmDelete':
    '¿Eliminar la simulación {name}? También termina su uso compartido. No se puede deshacer.',
  'crowd.confirmDeleteYes': 'Sí, eliminar {name}',
  'crowd.deleted': 'Se ha eliminado la simulación {name}.',
  'crowd.running': 'La simulación está en curso',
  'crowd.runningHint':
    'Cada persona camina hacia la salida más cercana, paso a paso; los resultados aparecen aquí al terminar. Puede salir de esta página.',
  'crowd.failed': 'La simulación ha fallado: {reason}',
  'crowd.loadingResult': 'Cargando los resultados…',
  'crowd.noLayers': 'No se puede mostrar el mapa del sitio; las personas y las salidas se muestran solas.',
  'crowd.runFigures': '{simulated} simulados en {wall} s de cálculo ({rate} pasos-persona por segundo).',

  'crowdStatus.processing': 'En curso',
  'crowdStatus.ready': 'Lista',
  'crowdStatus.failed': 'Fallida',

  'crowd-simulation.notShared': 'Esta simulación no se comparte con ninguna organización.',
  'crowd-simulation.sharesCaption': 'Organizaciones con las que se comparte esta simulación',
  'crowd-simulation.shared': 'La simulación se comparte ahora con {org}.',
  'crowd-simulation.unshared': 'La simulación ya no se comparte con {org}.',

  'crowdModel.cfsm': 'Modelo de velocidad sin colisiones',
  'crowdModel.sfm': 'Modelo de fuerzas sociales',

  'crowdUnit.seconds': '{s} s',
  'crowdUnit.minutes': '{m} min {s} s',
  'crowdUnit.density': '{value} personas/m²',
  'crowdUnit.flow': '{value} personas/s',
  'crowdUnit.specificFlow': '{value} personas/(m·s)',
  'crowdUnit.metres': '{value} m',

  'crowdForm.title': 'Nueva simulación de multitudes de {name}',
  'crowdForm.intro':
    'Dibuje las salidas en el borde del sitio, indique cuántas personas hay, y la simulación dirá cuánto tarda el lugar en vaciarse y dónde la multitud se vuelve densa.',
  'crowdForm.backToSite': 'El sitio',
  'crowdForm.name': 'Nombre de la simulación',
  'crowdForm.defaultName': '{site} — evacuación',
  'crowdForm.exits': 'Salidas',
  'crowdForm.drawHint':
    'Haga clic en dos puntos del borde del contorno para dibujar una salida: cada punto se desplaza al punto más cercano del borde. Dibuje tantas salidas como vías de escape haya.',
  'crowdForm.mapLabel': 'Mapa de {name} para dibujar las salidas',
  'crowdForm.pendingPoint':
    'Primer extremo colocado: haga clic en el otro extremo de la salida, sobre el borde.',
  'crowdForm.exitCount': 'Salidas dibujadas: {count}',
  'crowdForm.cancelPoint': 'Cancelar esta salida',
  'crowdForm.samePoint':
    'Los dos extremos caen en el mismo lugar: haga clic en dos puntos más separados a lo largo del borde.',
  'crowdForm.exitsCaption': 'Salidas dibujadas, con su anchura',
  'crowdForm.exitName': 'Nombre',
  'crowdForm.exitNameOf': 'Nombre de la salida {n}',
  'crowdForm.exitWidth': 'Anchura',
  'crowdForm.exitDefault': 'Salida {n}',
  'crowdForm.remove': 'Quitar',
  'crowdForm.removeExit': 'Quitar la salida {name}',
  'crowdForm.geojsonSummary': 'Escribir las salidas en su lugar (GeoJSON)',
  'crowdForm.geojson': 'Salidas en GeoJSON (LineStrings, longitud y latitud)',
  'crowdForm.geojsonHint':
    'Una FeatureCollection de entidades LineString, con la propiedad «id» como nombre de cada salida; los extremos de cada línea se llevan al borde. Dibujar en el mapa rellena este campo.',
  'crowdForm.noExit': 'Dibuje al menos una salida en el borde del sitio.',
  'crowdForm.exitNameEmpty': 'Dé un nombre a cada salida.',
  'crowdForm.exitNameTwice': 'Dos salidas tienen el mismo nombre: dé a cada una el suyo.',
  'crowdForm.narrow': 'demasiado estrecha',
  'crowdForm.exitTooNarrow':
    'Una salida mide menos de 0,5 m: nadie podría pasar. Quítela o dibújela más ancha.',
  'crowdForm.people': 'Personas',
  'crowdForm.byDensity': 'Por densidad',
  'crowdForm.byCount': 'Por número',
  'crowdForm.density': 'Densidad (personas/m²)',
  'crowdForm.densityHint':
    'Unas {people} personas en los {area} de superficie transitable. 1 persona/m² es una plaza concurrida; 2 o más, un evento abarrotado.',
  'crowdForm.densityHintEmpty': 'Entre 0,01 y 6 personas/m².',
  'crowdForm.count': 'Número de personas',
  'crowdForm.countHint': 'Repartidas por igual en los {area} de superficie transitable; hasta 20.000.',
  'crowdForm.tooMany': 'Eso son {people} personas: se pueden simular 20.000 como máximo. Baje la densidad.',
  'crowdForm.eventOccupancy': 'Durante un evento: {people} personas, según el registro del emplazamiento',
  'crowdForm.typicalOccupancy': 'Un día normal: {people} personas, según el registro del emplazamiento',
  'crowdForm.occupancyHint': 'El número de personas registrado, repartido de forma uniforme sobre los {area} de superficie peatonal.',
  'crowdForm.tooManyRegistered': 'El emplazamiento está registrado para {people} personas: se pueden simular 20.000 como máximo. Elija en su lugar una densidad o un número.',
  'crowdForm.exitUnusable': 'La salida {exit} no se puede usar: {reason}',
  'crowdForm.exitReason.offEdge': 'no está sobre el borde del emplazamiento.',
  'crowdForm.exitReason.narrow': 'abre demasiado poco del borde para que alguien pueda pasar.',
  'crowdForm.exitReason.closed': 'un muro o un edificio la separa del lugar donde están las personas.',
  'crowdForm.exitReason.other': 'el simulador no puede colocarla sobre el borde del emplazamiento.',
  'crowdForm.settings': 'Modelo y tiempos',
  'crowdForm.model': 'Modelo',
  'crowdForm.cfsmHint':
    'La opción habitual: cada uno guarda la distancia y frena detrás de los demás. Rápido.',
  'crowdForm.sfmHint':
    'Las personas empujan y son empujadas por fuerzas; muestra la presión en multitudes muy densas. Más lento.',
  'crowdForm.premovementMin': 'Premovimiento desde (s)',
  'crowdForm.premovementMax': 'Premovimiento hasta (s)',
  'crowdForm.premovementHint':
    'Cada persona empieza a andar en un momento al azar entre estos dos: el tiempo de darse cuenta y reaccionar.',
  'crowdForm.premovementOrder': 'El primer tiempo de premovimiento no debe superar al segundo.',
  'crowdForm.duration': 'Tiempo simulado máximo (s)',
  'crowdForm.durationHint':
    'La simulación se detiene cuando todos han salido, o en este tiempo (de 10 a 3.600 s).',
  'crowdForm.submit': 'Iniciar la simulación',
  'crowdForm.starting': 'Iniciando…',

  'exitsProblem.json': 'Esto no es JSON válido.',
  'exitsProblem.shape':
    'Esto no es una LineString GeoJSON (ni una colección de ellas) de pares longitud, latitud.',
  'exitsProblem.empty': 'Este texto no contiene ninguna salida.',
  'exitsProblem.too-many': 'Como máximo 50 salidas.',
  'exitsProblem.off-edge': 'Una salida no está en el borde del sitio, o sus dos extremos son el mismo punto.',

  'crowdLegend.exitsTitle': 'Salidas',
  'crowdLegend.exit': 'Salida',
  'crowdLegend.pending': 'Primer extremo de la salida que se dibuja',
  'crowdLegend.siteTitle': 'Mapa del sitio',
  'crowdLegend.densityTitle': 'Densidad de la multitud',
  'crowdLegend.between': '{from}–{to}',
  'crowdLegend.above': '{value} o más',
  'crowdLegend.person': 'Una persona',
  'crowdLegend.cellNote':
    'Densidad contada en cuadrados de 2 m × 2 m. Desde 4 personas/m² ya no se circula libremente; desde 5, la multitud es peligrosa.',

  'crowdFigure.title': 'Cifras clave',
  'crowdFigure.evacuation': 'Tiempo de evacuación',
  'crowdFigure.evacuationNote': 'Hasta que sale la última persona.',
  'crowdFigure.notEmptiedNote': 'Aún quedaban personas dentro después de {time}.',
  'crowdFigure.people': 'Personas que salen',
  'crowdFigure.area': 'Superficie transitable {area}',
  'crowdFigure.peak': 'Densidad máxima',
  'crowdFigure.level0': 'Menos de 2 personas/m²: se circula libremente.',
  'crowdFigure.level1': 'Concurrido: desde 2 personas/m².',
  'crowdFigure.level2': 'Denso: desde 4 personas/m², el movimiento se dificulta.',
  'crowdFigure.level3': 'Peligroso: 5 personas/m² o más.',

  'crowdPlayback.title': 'Reproducción',
  'crowdPlayback.hint':
    'Las personas que siguen dentro, segundo a segundo, sobre la densidad de la multitud. Reprodúzcala o mueva el control del tiempo.',
  'crowdPlayback.mapLabel':
    'Mapa de la simulación {name}: personas y densidad de la multitud en el momento elegido',
  'crowdPlayback.controls': 'Controles de reproducción',
  'crowdPlayback.play': 'Reproducir',
  'crowdPlayback.pause': 'Pausa',
  'crowdPlayback.time': 'Tiempo',
  'crowdPlayback.valueText': '{time}, {people} personas dentro',
  'crowdPlayback.speed': 'Velocidad',
  'crowdPlayback.times': '×{n}',
  'crowdPlayback.inside': 'Personas dentro',
  'crowdPlayback.framePeak': 'Densidad más alta ahora',
  'crowdPlayback.denseCells': 'Cuadrados desde 2 personas/m²',

  'crowdCurve.title': 'Curva de evacuación',
  'crowdCurve.hint':
    'Personas que siguen dentro a lo largo del tiempo; la línea discontinua marca cuándo sale la última.',
  'crowdCurve.desc': 'De {total} personas al inicio, salen {out}; tiempo de evacuación: {time}.',
  'crowdCurve.xAxis': 'Tiempo (s)',
  'crowdCurve.yAxis': 'Personas dentro',
  'crowdCurve.evacuated': 'Vacío a los {time}',
  'crowdCurve.tableSummary': 'La curva como tabla',

  'crowdFlows.title': 'Flujos en las salidas',
  'crowdFlows.hint':
    'Cuántas personas salen por cada salida, y a qué ritmo. Los experimentos dan unas 1,6–1,9 personas por metro de anchura y por segundo en un cuello de botella.',
  'crowdFlows.caption': 'Personas por cada salida, y el flujo a lo largo del tiempo',
  'crowdFlows.exit': 'Salida',
  'crowdFlows.width': 'Anchura',
  'crowdFlows.people': 'Personas',
  'crowdFlows.first': 'Primera salida',
  'crowdFlows.last': 'Última salida',
  'crowdFlows.meanFlow': 'Flujo medio',
  'crowdFlows.specificFlow': 'Por metro de anchura',
  'crowdFlows.overTime': 'Flujo en el tiempo',
  'crowdFlows.sparkLabel': 'Flujo por {exit} a lo largo del tiempo, máximo {peak}',
};

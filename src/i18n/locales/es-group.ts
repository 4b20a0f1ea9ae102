import type { GroupMessages } from '../types.js';

/* Spanish texts of the group report, with the choices of `es.ts` («tú»). */
export const esGroup: GroupMessages = {
  title: 'Informe de grupo',
  lede: 'Cómo ve un grupo de personas su propio liderazgo: la dispersión de las puntuaciones, el perfil del grupo y cómo funcionan juntas las preguntas.',
  developmentNote:
    'Solo para el desarrollo de un grupo y del cuestionario, no para decisiones sobre ninguna persona.',
  inputs: {
    heading: 'Resultados',
    privacy:
      'Todo lo que añadas se queda en este navegador: no se envía a ninguna parte. Los nombres y otros datos de los archivos se ignoran, y nunca se muestran las puntuaciones de una sola persona.',
    file: 'Elige archivos de resultados',
    hint: 'Los archivos que guardó el botón Descargar del informe (JSON), uno o varios a la vez, o archivos con un resultado por línea. También puedes soltar archivos aquí.',
    paste: 'Pegar resultados en su lugar',
    pasteLabel: 'Resultados en JSON: uno por línea, o una lista',
    usePasted: 'Añadir estos resultados',
    count:
      '{count, plural, =0 {Aún no se ha añadido ningún resultado.} one {# resultado añadido.} other {# resultados añadidos.}}',
    added:
      '{count, plural, =0 {No se añadió ningún resultado nuevo.} one {Se añadió # resultado.} other {Se añadieron # resultados.}}',
    clear: 'Quitar todos los resultados',
    cleared: 'Se quitaron todos los resultados.',
    refused:
      '{count, plural, one {# resultado no se pudo usar:} other {# resultados no se pudieron usar:}}',
    tooMany: 'Solo se leyeron los primeros {max} resultados de {source}.',
  },
  source: {
    file: '{file}',
    record: '{file}, resultado {index}',
    pasted: 'texto pegado',
    pastedRecord: 'texto pegado, resultado {index}',
    host: 'resultado {index} que aportó la página',
  },
  errors: {
    fileTooLarge: '{source}: el archivo es demasiado grande ({size}) para leerlo aquí.',
    fileUnreadable: '{source}: no se pudo leer el archivo.',
    notJson: '{source}: no es JSON, o está cortado.',
    empty: '{source}: no hay nada que leer.',
    notResult:
      '{source}: no es un resultado de leadership-3d; usa los archivos que guardó el botón Descargar del informe.',
    otherInstrument:
      '{source}: este resultado es de otro cuestionario ({found}), no de {expected}, así que no se mezcla.',
    otherVersion:
      '{source}: este resultado es de la versión {found} del cuestionario; este informe usa la versión {expected}. Las puntuaciones de versiones distintas no se pueden combinar.',
    notSelf:
      '{source}: es retroalimentación sobre otra persona, no una autoevaluación, así que no se mezcla.',
    duplicate:
      '{source}: el mismo resultado (todas las respuestas y puntuaciones) ya está añadido; cuenta una sola vez.',
  },
  tooFew: {
    heading: 'Aún no hay suficientes resultados',
    text: 'El informe necesita al menos {min} resultados: con menos, las cifras del grupo mostrarían las puntuaciones de una persona. {count, plural, =0 {Aún no se ha añadido ninguno.} one {Por ahora hay #.} other {Por ahora hay #.}}',
  },
  sections: {
    summary: 'Quién forma el grupo',
    profile: 'El perfil del grupo',
    distribution: 'Cómo se reparten las puntuaciones',
    heatmap: 'Facetas por franja de puntuación',
    spread: 'Dónde coincide y dónde difiere el grupo',
    items: 'Cómo funcionan las preguntas',
    exports: 'Guardar los resultados',
  },
  summary: {
    count: '{count, plural, one {# resultado.} other {# resultados.}}',
    valid:
      '{dimension}: {count, plural, =0 {ninguna puntuación válida} one {# puntuación válida} other {# puntuaciones válidas}}',
    validNote:
      'Una dimensión tiene una puntuación válida solo cuando se respondieron suficientes preguntas; las cifras siguientes usan solo las puntuaciones válidas.',
  },
  profile: {
    series: 'Media del grupo',
    caption:
      'La puntuación media del grupo en cada dimensión (o faceta), de 0 a 100. Describe al grupo, no a una persona concreta.',
  },
  distribution: {
    intro:
      'Cada barra va de la puntuación más baja a la más alta; la caja contiene la mitad central del grupo, la línea de dentro es la mediana y el rombo la media. La tabla bajo cada gráfico da las cifras.',
    dimensions: 'Dimensiones',
    facetsOf: 'Facetas de {dimension}',
    figure:
      'Dispersión de las puntuaciones, de 0 a 100, por {what}; las cifras están en la tabla siguiente.',
    area: 'Dimensión o faceta',
    n: 'n',
    mean: 'Media',
    sd: 'DE',
    min: 'Mínima',
    q1: 'Cuartil inferior',
    median: 'Mediana',
    q3: 'Cuartil superior',
    max: 'Máxima',
    empty: '–',
  },
  heatmap: {
    intro:
      'Cuántas personas puntúan en cada franja de cada faceta. Las franjas son las de las etapas de desarrollo; las celdas más oscuras tienen más personas.',
    caption: 'Número de personas por faceta y franja de puntuación',
    facet: 'Faceta',
    band: '{low}–{high}',
    cell: '{count} ({share})',
  },
  spread: {
    intro:
      'La mitad central del grupo está entre los cuartiles; un rango amplio significa que las personas se ven de forma muy distinta en esa dimensión.',
    line: '{dimension}: la mitad central del grupo puntúa entre {q1} y {q3}; todos entre {min} y {max} (DE {sd}).',
    most: 'El grupo difiere más en {area} (DE {sd}) y coincide más en {least} (DE {leastSd}).',
    none: 'No hay suficientes puntuaciones válidas para comparar.',
  },
  items: {
    needMore:
      'El análisis de cada pregunta necesita al menos {min} resultados; por ahora hay {count, plural, one {#} other {#}}.',
    unavailable: 'No se pudo calcular el análisis de las preguntas con estos resultados.',
    intro:
      'Para quienes mantienen el cuestionario: cómo se comporta cada pregunta en este grupo, calculado como psych::alpha de R. Una correlación ítem-resto baja (menos de {low}) se marca: la pregunta mide algo distinto del resto de su faceta.',
    complete:
      '{complete} de {n} resultados responden a todas las preguntas; las respuestas que faltan se dejan fuera par a par.',
    scalesCaption: 'Fiabilidad de cada faceta y dimensión',
    itemsCaption:
      'Cada pregunta: sus respuestas (1 a 5, tras invertir las inversas) y cómo encaja en su faceta',
    scale: 'Faceta o dimensión',
    questions: 'Preguntas',
    alpha: 'Alfa',
    item: 'Pregunta',
    floor: 'Respuesta mínima',
    ceiling: 'Respuesta máxima',
    missing: 'Sin respuesta',
    rDrop: 'r ítem-resto',
    alphaDrop: 'Alfa sin ella',
    low: 'baja',
    warning: 'Toma estas cifras como una primera mirada: {warning}',
  },
  exports: {
    intro:
      'Los archivos contienen solo las cifras del grupo, nunca las puntuaciones de una persona. El archivo de normas puede darse a los informes de este sitio como normas («norms»), para que cada persona vea percentiles dentro de este grupo.',
    csv: 'Descargar la tabla (CSV)',
    json: 'Descargar el análisis (JSON)',
    norms: 'Descargar normas (JSON)',
    normsNeedMore: 'Las normas y el archivo de análisis necesitan al menos {min} resultados.',
    csvName: 'leadership-3d-grupo.csv',
    jsonName: 'leadership-3d-grupo-analisis.json',
    normsName: 'leadership-3d-normas.json',
    normsGroup: 'Grupo de {count} ({date})',
  },
  host: 'Algunos resultados que aportó la página no se pudieron usar:',
};

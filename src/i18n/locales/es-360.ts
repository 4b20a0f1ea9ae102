import type { ThreeSixtyMessages } from '../types.js';

/*
 * Spanish texts of the 360° view (the `threeSixty` section of `es.ts`), with the choices of
 * `es.ts`: «tú», feedback = «retroalimentación». Rater groups: manager = «responsable» (neutral
 * between «jefe/jefa» and regional terms), peers = «colegas», direct reports = «colaboradores
 * directos». Plural forms of «vosotros»/«ustedes» are avoided with impersonal sentences.
 */
export const es360: ThreeSixtyMessages = {
  title: 'Retroalimentación 360°',
  lede: 'Cómo ves tu propio liderazgo, junto a cómo lo ven las personas que trabajan contigo.',
  developmentNote:
    'Solo para conversaciones de desarrollo y coaching, no para decisiones de contratación, promoción o evaluación del desempeño.',
  inputs: {
    heading: 'Tus resultados y códigos de retroalimentación',
    privacy:
      'Todo lo que añadas se queda en este navegador: no se envía a ninguna parte. Si recargas la página, desaparece.',
    self: {
      legend: 'Tu autoevaluación',
      hint: 'El archivo que guardó el botón Descargar de tu propio informe (JSON).',
      file: 'Elige tu archivo de resultados',
      loaded: 'Añadida: tu autoevaluación ({instrument} {version}).',
      none: 'Aún no se ha añadido.',
    },
    codes: {
      legend: 'Códigos de retroalimentación',
      label: 'Códigos de las personas que te dieron retroalimentación',
      hint: 'Pega uno o varios códigos, separados por saltos de línea, comas o espacios.',
      add: 'Añadir códigos',
      listLabel: 'Códigos añadidos',
      none: 'Aún no se ha añadido ningún código.',
      remove: 'Quitar',
      removeLabel: 'Quitar el código que termina en {end} ({group})',
      added: '{count, plural, one {Se añadió # código.} other {Se añadieron # códigos.}}',
      duplicate: '{code} ya estaba añadido; cuenta una sola vez.',
      rejected:
        '{count, plural, one {# código no se pudo añadir y queda en el cuadro:} other {# códigos no se pudieron añadir y quedan en el cuadro:}}',
      removed: 'Código {code} quitado.',
      tooMany: 'Solo se leyeron los primeros {max} códigos; añade el resto en otra tanda.',
      files: {
        label: 'O elige los archivos que descargaron tus evaluadores',
        hint: 'Quien escribió comentarios te envía un archivo (JSON) con su código y sus comentarios. Puedes elegir varios archivos a la vez.',
        added: '{count, plural, one {# archivo añadido.} other {# archivos añadidos.}}',
        merged: '{file}: sus comentarios se añadieron al mismo código, que ya estaba en la lista.',
        duplicate:
          '{file} contiene el código {code}, que ya se había añadido; cuenta una sola vez.',
        rejected:
          '{count, plural, one {# archivo no se pudo usar:} other {# archivos no se pudieron usar:}}',
        withComments: '{group}, con comentarios',
      },
    },
    norms: {
      legend: 'Grupo de comparación (opcional)',
      hint: 'Normas de tu organización o de tu coach (JSON). Con ellas, cada una de tus puntuaciones recibe un percentil.',
      file: 'Elige un archivo de normas',
      loaded: 'Añadido: {group}, n\u00a0=\u00a0{n}.',
      none: 'Ninguno: no se muestran percentiles.',
    },
    previous: {
      legend: 'Una autoevaluación anterior (opcional)',
      hint: 'Un archivo de resultados de otro momento, para ver qué ha cambiado desde entonces.',
      file: 'Elige un archivo de resultados anterior',
      loaded: 'Añadido: el resultado anterior.',
      none: 'Ninguno.',
    },
    paste: 'Pegar el texto del archivo en su lugar',
    pasteLabel: 'Texto del archivo (JSON)',
    usePasted: 'Usar este texto',
    clear: 'Quitar',
    cleared: 'Quitado.',
  },
  errors: {
    fileTooLarge: 'El archivo es demasiado grande ({size}) para ser uno de estos archivos.',
    fileUnreadable: 'No se pudo leer el archivo.',
    notJson: 'No es un archivo JSON, o está incompleto.',
    notResult:
      'No es un resultado de leadership-3d: usa el archivo que guardó el botón Descargar del informe.',
    otherInstrument:
      'Este resultado es de otro cuestionario ({found}), no de {expected}, así que no se puede comparar aquí.',
    otherVersion:
      'Este resultado es de la versión {found} del cuestionario; esta página usa la versión {expected}. No se pueden comparar puntuaciones de versiones distintas.',
    notSelf:
      'Este resultado es la retroalimentación de alguien sobre otra persona, no una autoevaluación. Usa tu propio resultado.',
    notNorms:
      'No son normas que esta página pueda usar: necesita un objeto JSON con el nombre del grupo y una media, una DT y un n (o una lista de puntuaciones) para cada dimensión.',
    normsGroup: 'Las normas necesitan el nombre de su grupo de comparación ("group").',
    normsDimension: 'A las normas les falta {dimension}: se necesitan las tres dimensiones.',
    normsUnknown:
      'Las normas nombran "{id}", que no es una dimensión ni una faceta de este cuestionario.',
    normsMean: 'La media de {area} debe ser un número de 0 a 100.',
    normsSd: 'La DT (desviación típica) de {area} debe ser un número mayor que 0.',
    normsN: 'El tamaño del grupo, n, de {area} debe ser un número entero de al menos 1.',
    normsScores: 'Las puntuaciones de {area} deben ser una lista de números de 0 a 100.',
    code: {
      format: '{code} no es un código de retroalimentación (los códigos empiezan por L3D-).',
      characters:
        '{code} tiene caracteres que un código nunca lleva; revisa letras parecidas o símbolos de más.',
      'too-short': '{code} es demasiado corto: le falta una parte.',
      'too-long': '{code} es demasiado largo: se añadieron caracteres o se juntaron dos códigos.',
      checksum: '{code} no cuadra: un carácter se escribió mal o se cambió.',
      instrument:
        '{code} es de otro cuestionario o de otra versión, así que no se puede combinar con este.',
      content: '{code} contiene respuestas que este cuestionario no puede leer.',
      empty: 'El código está vacío.',
    },
    raterFile: {
      unreadable:
        'No se pudo leer {file}, o es demasiado grande para ser el archivo de un evaluador.',
      notJson: '{file} no es un archivo JSON, o está incompleto.',
      notRaterFile:
        '{file} no es el archivo de un evaluador: usa el archivo que descargó al final del formulario de retroalimentación.',
      otherInstrument:
        '{file} es de otro cuestionario o de otra versión, así que no se puede combinar con este.',
      badCode:
        '{file}: el código de respuesta que contiene no es válido, así que no se usó el archivo.',
      mismatch:
        'No se usó {file}: sus respuestas o la relación no coinciden con lo que dice su código de respuesta, así que se modificó después de que el evaluador lo guardara. Pide al evaluador el código o un archivo nuevo.',
      commentTooLong:
        '{file}: un comentario supera los {max} caracteres, así que se dejó fuera; las valoraciones sí se añadieron.',
      commentControl:
        '{file}: un comentario contiene caracteres de control ocultos, así que se dejó fuera; las valoraciones sí se añadieron.',
      commentsUnreadable:
        '{file}: no se pudo leer un comentario, así que se dejó fuera; las valoraciones sí se añadieron.',
    },
    host: 'Algunos datos que aportó esta página no se pudieron usar:',
    hostSelf: 'la autoevaluación',
    hostRater: 'la retroalimentación número {index}',
    hostNorms: 'las normas',
    hostPrevious: 'el resultado anterior',
  },
  groups: {
    self: 'Tú',
    manager: 'Responsable',
    peer: 'Colegas',
    'direct-report': 'Colaboradores directos',
    other: 'Otras personas',
    others: 'Todos los demás',
  },
  groupOne: {
    manager: 'Responsable',
    peer: 'Colega',
    'direct-report': 'Colaborador directo',
    other: 'Otra persona',
  },
  empty:
    'Añade tu autoevaluación y al menos un código de retroalimentación para ver la comparación.',
  summary: {
    heading: 'Quién dio retroalimentación',
    count:
      '{count, plural, =0 {Nadie ha dado retroalimentación todavía.} one {# persona dio retroalimentación:} other {# personas dieron retroalimentación:}}',
    group: '{group}: {count, plural, one {# persona} other {# personas}}',
    noSelf:
      'Tu autoevaluación no está añadida, así que solo se muestran las opiniones de los demás.',
  },
  notes: {
    manager:
      'La persona responsable se muestra por separado, aunque sea una sola, así que sus respuestas se pueden reconocer.',
    hidden:
      '{group}: {count, plural, one {solo # persona dio} other {solo # personas dieron}} retroalimentación, así que sus respuestas no se muestran como grupo: hacen falta al menos 3 personas para que no se puedan distinguir las respuestas de nadie.',
    inPool: 'Sus respuestas siguen contando en «Todos los demás».',
    notInPool:
      '«Todos los demás» tampoco se muestra: hacen falta al menos 3 personas además de la persona responsable, o se podrían restar sus respuestas para descubrir las de otra persona.',
    partly:
      '{group}: algunas áreas no se muestran, porque menos de 3 personas pudieron observarlas (un guion en las tablas).',
  },
  sections: {
    chart: 'Las opiniones, lado a lado',
    tables: 'Puntuaciones por dimensión',
    gaps: 'Dónde difieren y coinciden las opiniones',
    change: 'Qué ha cambiado',
  },
  chart: {
    caption:
      'Una línea para ti y otra para cada grupo mostrado. Cada línea tiene su propio trazo y su propia forma de punto.',
  },
  table: {
    caption: '{dimension}: puntuaciones de 0 a 100.',
    area: 'Dimensión o faceta',
    gap: 'Diferencia',
    meaning: 'Qué significa',
    percentile: 'Tu percentil',
    percentileNote: 'Los percentiles sitúan tus puntuaciones dentro de {group}, n\u00a0=\u00a0{n}.',
    hiddenNote: 'Un guion: no se muestra, o no hay respuestas suficientes para puntuar.',
  },
  kinds: {
    'blind-spot': 'Punto ciego',
    'hidden-strength': 'Fortaleza oculta',
    'agreed-strength': 'Fortaleza compartida',
    'agreed-growth': 'Área de mejora compartida',
    agreement: 'Opiniones coincidentes',
  },
  gaps: {
    intro:
      'Una diferencia en una faceta cuenta cuando tu puntuación y la de los demás se separan al menos {threshold} puntos: más que el error de medida propio de la faceta, y nunca menos de tres cuartos de un paso en la escala de respuesta.',
    explain: {
      'blind-spot': 'Te valoras más alto de lo que te ven los demás.',
      'hidden-strength': 'Los demás te valoran más alto de lo que te valoras tú.',
      'agreed-strength': 'Hay acuerdo en que es un punto fuerte (70 o más).',
      'agreed-growth': 'Hay acuerdo en que hay margen para crecer (menos de 55).',
    },
    item: '{area}: tú {self}, los demás {others} (diferencia {gap})',
    none: 'Ninguna.',
    needBoth: 'Las diferencias necesitan tu autoevaluación y «Todos los demás».',
  },
  change: {
    intro:
      'Tu resultado anterior frente a este. Un cambio cuenta como fiable solo cuando es mayor que el error de medida del cuestionario (con un 90 % de confianza); las diferencias menores se muestran como «sin cambio fiable».',
    caption: 'Autoevaluación anterior y actual, de 0 a 100.',
    before: 'Antes',
    after: 'Ahora',
    difference: 'Diferencia',
    verdict: '¿Cambio fiable?',
    increase: 'Aumento fiable',
    decrease: 'Descenso fiable',
    none: 'Sin cambio fiable',
    needSelf: 'Añade tu autoevaluación actual para compararla con la anterior.',
  },
};

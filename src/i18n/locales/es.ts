import type { LocaleData } from '../types.js';

/*
 * Translation choices (neutral international Spanish, for Spain and Latin America):
 * - The respondent is addressed as «tú» throughout (interface, report, development steps);
 *   self items are in the first person, observer items in the third person about «esta persona».
 * - Dimensions: Pericia técnica / Gestión de relaciones / Visión de negocio.
 * - Dreyfus stages: Novato / Principiante avanzado / Competente / Aventajado / Experto.
 *   «Aventajado» (proficient) means above the ordinary level: past competent, short of expert.
 *   Not «Eficiente» (it speaks of efficiency), nor «proficiente» (a calque); «Competente» is
 *   the stage before.
 * - Feedback = «retroalimentación»; feedforward = «sugerencias de futuro» (defined once in the
 *   description of the facet `feedback`).
 * - Regional words avoided where possible (coste/costo, contactar con/a, móvil/celular).
 * - Instrument v2 terms: leaders above you = «superiores»; middle ground = «solución
 *   intermedia»; picture (of what the work could achieve) = «visión».
 */

/** Spanish: interface, report and the built-in instrument, written for meaning. */
export const es: LocaleData = {
  schemaVersion: 1,
  lang: 'es',
  dir: 'ltr',
  flow: {
    loading: 'Cargando el cuestionario…',
    intro: {
      lead: {
        self: 'Este cuestionario describe cómo ejerces hoy el liderazgo, para que puedas elegir qué desarrollar a continuación.',
        observer:
          'Este cuestionario pregunta cómo ejerce hoy el liderazgo la persona a la que vas a dar retroalimentación, para que pueda elegir qué desarrollar a continuación.',
      },
      measuresHeading: 'Qué mide',
      timeHeading: 'Cómo funciona',
      time: 'Completarlo lleva aproximadamente {minutes, plural, one {# minuto} other {# minutos}}: {items, plural, one {# afirmación breve} other {# afirmaciones breves}}, cada una valorada según la frecuencia con que ocurre.',
      howToAnswer: {
        self: 'Responde según lo que realmente haces, no según lo que te gustaría hacer. No hay respuestas correctas ni incorrectas.',
        observer:
          'Responde según lo que has visto hacer a esta persona. Elige «No observado» cuando no hayas tenido ocasión de verlo.',
      },
      privacyHeading: 'Tus respuestas',
      storage: {
        session:
          'Tus respuestas se guardan en esta pestaña del navegador hasta que la cierres, así que puedes recargar la página sin perderlas.',
        local:
          'Tus respuestas se guardan en este navegador, en este dispositivo, hasta que termines, así que puedes volver más tarde.',
        none: 'Tus respuestas no se guardan: se perderán si sales de esta página o la recargas.',
      },
      storageLms:
        'Tu plataforma de formación guarda tus respuestas, así que puedes salir del curso y continuar más tarde.',
      notSent: 'No se envían a ninguna parte, salvo que este sitio se haya configurado para ello.',
      purpose:
        'Los resultados están pensados para tu desarrollo, no para decisiones de selección, promoción o evaluación del desempeño.',
      start: 'Empezar',
    },
    questions: {
      headingOne: 'Pregunta {from} de {total}',
      headingRange: 'Preguntas {from}–{to} de {total}',
      hint: {
        self: '¿Con qué frecuencia describe cada afirmación lo que haces?',
        observer:
          '¿Con qué frecuencia has visto a esta persona hacer lo que describe cada afirmación?',
      },
      back: 'Atrás',
      next: 'Siguiente',
      toReview: 'Revisar respuestas',
      backToReview: 'Volver a la revisión',
      number: '{n}.',
    },
    progress: {
      label: 'Progreso',
      text: '{answered} de {total} respondidas',
    },
    review: {
      heading: 'Revisa tus respuestas',
      allAnswered: 'Has respondido a las {total} afirmaciones.',
      unanswered:
        '{count, plural, one {Queda # afirmación sin responder} other {Quedan # afirmaciones sin responder}} de un total de {total}.',
      jumpHint: 'Selecciona una afirmación para volver a ella y responderla.',
      jump: 'Pregunta {n}',
      minimumWarning:
        'Puedes terminar ahora, pero cada área del informe necesita que se hayan respondido al menos tres cuartas partes de sus afirmaciones. Un área con menos respuestas se mostrará sin puntuación.',
      back: 'Atrás',
      finish: 'Terminar y ver los resultados',
      finishNoReport: 'Terminar',
    },
    report: {
      loading: 'Preparando tu informe…',
      unavailable:
        'Tus respuestas están completas, pero no se pudo mostrar el informe en esta página.',
    },
    thanks: {
      heading: 'Gracias',
      body: 'Has completado el cuestionario. Ya puedes cerrar esta página.',
    },
    storageUnavailable:
      'Este navegador no permite que el cuestionario guarde tus respuestas, así que se perderán si sales de esta página o la recargas.',
    error: {
      heading: 'No se puede mostrar el cuestionario',
      continue: 'Continuar',
      text: {
        'invalid-instrument':
          'El contenido del cuestionario no tiene el formato esperado. Por favor, avisa a los responsables de este sitio.',
        'instrument-fetch-failed':
          'No se pudo cargar el cuestionario. Comprueba tu conexión y recarga la página. Si sigue ocurriendo, avisa a los responsables de este sitio.',
        'invalid-responses':
          'No se pudieron usar algunas respuestas proporcionadas por este sitio. Tus propias respuestas se han conservado.',
        'scoring-failed':
          'No se pudieron calcular tus resultados. Tus respuestas se han conservado. Por favor, avisa a los responsables de este sitio.',
      },
    },
  },
  report: {
    title: {
      self: 'Tu informe de Liderazgo 3D',
      observer: 'Informe de retroalimentación de Liderazgo 3D',
    },
    intro: {
      self: 'Basado en tus propias respuestas sobre la frecuencia con que muestras {items} conductas de liderazgo.',
      observer:
        'Basado en las respuestas de un observador sobre la frecuencia con que esta persona muestra {items} conductas de liderazgo.',
    },
    developmentNote:
      'Este informe está pensado para conversaciones de desarrollo y de coaching. No está diseñado ni validado para decisiones de contratación, promoción u otras decisiones de selección.',
    placeholder: 'El informe aparecerá aquí cuando se haya puntuado el cuestionario.',
    sections: {
      dimensions: 'Tres dimensiones',
      chart: 'El perfil de un vistazo',
      profile: 'Perfil de liderazgo',
      strengths: 'Fortalezas',
      highestRated: 'Mejor valoradas',
      growth: 'Áreas de desarrollo',
      quality: 'Sobre cómo se respondieron las preguntas',
      details: 'Todas las puntuaciones',
      actions: 'Guardar una copia',
    },
    howToRead:
      'Las puntuaciones van de 0 a 100. El rango probable es el intervalo en el que caería la puntuación nueve de cada diez veces si se volviera a responder el cuestionario. Las etapas siguen los cinco pasos del desarrollo de una habilidad, de Novato a Experto.',
    outOf: 'de 100',
    assumedNote:
      'Los rangos probables se basan en una fiabilidad supuesta, porque este cuestionario aún no se ha contrastado con suficientes respuestas reales; por eso se marcan como «supuesto».',
    likelyRange: 'Rango probable: {low}–{high}',
    likelyRangeAssumed: 'Rango probable: {low}–{high} (supuesto)',
    stageLabel: 'Etapa',
    stages: {
      novice: 'Novato',
      'advanced-beginner': 'Principiante avanzado',
      competent: 'Competente',
      proficient: 'Aventajado',
      expert: 'Experto',
    },
    between: 'Entre {low} y {high}',
    betweenWide: 'En cualquier punto entre {low} y {high}: el rango probable abarca {count} etapas',
    notScored: 'No hay suficientes respuestas para puntuar',
    reasons: {
      'too-few-items':
        'Solo hay respuesta para {answered} de sus {total} preguntas; se necesitan al menos tres cuartas partes.',
      'too-few-facets':
        'Menos de tres cuartas partes de sus facetas tenían suficientes respuestas ({answered, plural, one {# pregunta respondida} other {# preguntas respondidas}} en total).',
    },
    percentile: 'Percentil {rank} de {group}, n\u00a0=\u00a0{n}',
    archetypes: {
      'technical-anchor': {
        name: 'Pilar técnico',
        description:
          'Describes la pericia como tu fortaleza más clara. Un siguiente paso es usar esa pericia de forma más amplia, a través de las relaciones y de la manera en que tu trabajo crea valor.',
      },
      connector: {
        name: 'Conector',
        description:
          'Describes las relaciones como tu fortaleza más clara. Un siguiente paso es apoyar esa influencia en un conocimiento técnico y de negocio más profundo.',
      },
      'commercial-thinker': {
        name: 'Mente comercial',
        description:
          'Describes la visión de negocio como tu fortaleza más clara. Un siguiente paso es construir la confianza y la pericia que convierten esa comprensión en cambios.',
      },
      'trusted-expert': {
        name: 'Referente de confianza',
        description:
          'Describes una pericia sólida junto con relaciones sólidas. Un siguiente paso es vincular lo que sabes, y a quién conoces, con las prioridades de la organización.',
      },
      'expert-operator': {
        name: 'Ejecutor experto',
        description:
          'Describes una pericia sólida junto con una idea clara de lo que crea valor. Un siguiente paso es invertir en las relaciones, para que más personas actúen sobre lo que tú ves.',
      },
      'emerging-strategic-leader': {
        name: 'Líder estratégico emergente',
        description:
          'Describes un liderazgo que se apoya en las personas y en la visión de negocio. Un siguiente paso es mantener al día tu pericia, para que tu influencia conserve su sustancia.',
      },
      'broad-foundation': {
        name: 'Base amplia',
        description:
          'Describes las tres dimensiones a un nivel parecido, cada una con margen de crecimiento. Elegir primero un área de desarrollo da a tu desarrollo un punto de partida claro.',
      },
      '3d-leader': {
        name: 'Líder 3D',
        description:
          'Describes conductas de liderazgo frecuentes en las tres dimensiones. Un siguiente paso es ayudar a otras personas a desarrollarse y pedir sugerencias de futuro sobre lo que exigirá tu próximo puesto.',
      },
    },
    archetypeObserver: 'El perfil que describen las respuestas de este observador.',
    noArchetypeQuality:
      'No se asigna ningún perfil por la forma en que se respondieron las preguntas (consulta «Sobre cómo se respondieron las preguntas» más abajo): un nombre describiría la forma de responder, no a la persona.',
    highestRatedNote:
      'Ninguna faceta destaca lo suficiente como para llamarla fortaleza (70 o más, o claramente por encima de la media de estas respuestas). Estas son las facetas mejor valoradas:',
    noneStandsOut:
      'Las facetas obtuvieron puntuaciones demasiado parecidas como para que alguna destaque. La tabla de todas las puntuaciones las muestra una a una.',
    tiedNote:
      '{facets} también obtienen {score}: empatan por el último puesto, así que la lista las deja fuera a todas en lugar de elegir por orden.',
    tiedAllNote:
      '{facets} obtienen todas {score} y cuentan como fortalezas, pero más de tres empatan por los puestos, así que la lista las deja fuera a todas en lugar de elegir por orden.',
    tiedLowestNote:
      '{facets} obtienen todas {score}, la puntuación más baja; empatan más de tres, así que aquí no se elige ninguna. Escoge entre ellas la que más importe ahora en el trabajo.',
    noGrowthAreas:
      'Ninguna faceta queda claramente por debajo de las demás, así que aquí no se elige ninguna. Escoge en la tabla de todas las puntuaciones la que más importe ahora en el trabajo.',
    noArchetype:
      'Un perfil de liderazgo necesita una puntuación en las tres dimensiones; falta la puntuación de {unscored}.',
    leading: '{count, plural, one {Dimensión principal} other {Dimensiones principales}}',
    develop: {
      reflect: 'Reflexiona',
      feedforward: 'Pide sugerencias de futuro',
      experiment: 'Prueba durante un plazo fijo',
    },
    flags: {
      'long-run':
        '{value} respuestas seguidas fueron iguales, algo que puede ocurrir cuando se responde sin leer cada pregunta.',
      'low-variability':
        'Las respuestas variaron muy poco a lo largo del cuestionario, lo que dificulta ver diferencias reales entre áreas.',
      acquiescence:
        'Las conductas y las afirmaciones que describen sus opuestos recibieron, en conjunto, valoraciones altas, lo que sugiere estar de acuerdo con las afirmaciones digan lo que digan y puede elevar todas las puntuaciones.',
      'too-fast':
        'Se dedicaron en promedio unos {value} segundos a cada pregunta, menos de lo que la mayoría de las personas necesita para leerla.',
      'too-fast-instant':
        'Se dedicó en promedio menos de una décima de segundo a cada pregunta, demasiado poco para que nadie pueda leerla.',
    },
    flagsNote:
      'Estos avisos describen cómo se dieron las respuestas. No cambian ninguna puntuación, pero conviene comentarlos antes de actuar a partir de los resultados.',
    table: {
      caption: 'Puntuaciones por dimensión y faceta, de 0 a 100.',
      area: 'Dimensión o faceta',
      score: 'Puntuación',
      range: 'Rango probable',
      rangeAssumed: 'Rango probable (supuesto)',
      stage: 'Etapa',
      percentile: 'Percentil',
      notScored: 'Sin puntuar',
      percentileNote: 'Percentiles respecto a {group}, n\u00a0=\u00a0{n}.',
      empty: '—',
    },
    chart: {
      viewLabel: 'Vista del gráfico',
      dimensions: '{count} dimensiones',
      facets: '{count} facetas',
      series: {
        self: 'Autoevaluación',
        observer: 'Observador',
      },
      value: '{label}: {value} de 100',
      notScored: '{label}: sin puntuar',
      noValue: 'sin puntuar',
      summary: '{series}: {values}',
      unavailable: 'No se pudo dibujar el gráfico. Las puntuaciones que muestra son:',
    },
    actions: {
      download: 'Descargar resultados (JSON)',
      print: 'Imprimir',
    },
    fileName: 'leadership-3d-resultado.json',
    plan: {
      heading: 'Plan de desarrollo',
      intro:
        'Si quieres, convierte una o dos áreas en un plan: por qué importan, a quién preguntar, un experimento y cuándo revisarlo. Este paso es opcional.',
      make: 'Preparar un plan de desarrollo',
    },
  },
  field: {
    incomplete: 'Completa el cuestionario antes de enviar este formulario.',
  },
  rater: {
    intro: {
      anonymity:
        'Tus respuestas llegan a la persona a la que das retroalimentación solo como un código de respuesta, que le envías tú al final. El código contiene tus respuestas y tu relación con esa persona, pero no tu nombre ni nada más que te identifique.',
      groups:
        'Las respuestas se agrupan por relación: esa persona ve la media de un grupo (sus colegas, por ejemplo) solo cuando han respondido al menos {min, plural, one {# persona} other {# personas}} de ese grupo. Las respuestas de su responsable son la excepción: se muestran por separado, así que, si eres su responsable, sabrá cuáles son tus respuestas.',
      offline:
        'Este cuestionario no envía tus respuestas a ninguna parte: solo salen de este navegador dentro del código que tú envíes.',
      purpose:
        'La retroalimentación está pensada para el desarrollo de esa persona, no para decisiones de selección, promoción o evaluación del desempeño.',
    },
    group: {
      legend: 'Tu relación con esta persona',
      options: {
        manager: 'Soy su responsable',
        peer: 'Soy colega: trabajamos a un nivel similar',
        'direct-report': 'Formo parte de su equipo: esta persona es mi responsable',
        other: 'Otra relación, por ejemplo cliente o colega de otro equipo',
      },
      required: 'Elige tu relación con esta persona para continuar.',
    },
    code: {
      heading: 'Gracias por tu retroalimentación',
      send: 'Envía este código de respuesta a la persona a la que has dado retroalimentación, por ejemplo por correo electrónico o en un mensaje de chat: así es como le llegan tus respuestas.',
      contents:
        'El código contiene tus respuestas y tu relación con esa persona, pero no tu nombre.',
      label: 'Tu código de respuesta',
      copy: 'Copiar',
      copied: 'Copiado',
      copyFailed: 'No se pudo copiar aquí: selecciona el código y cópialo.',
      download: 'Descargar (JSON)',
      fileName: 'leadership-3d-codigo-de-respuesta.json',
      close: 'Cuando lo hayas enviado, puedes cerrar esta página.',
    },
    comments: {
      heading: 'Dos preguntas abiertas (opcionales)',
      intro: 'Si quieres, responde con tus propias palabras. Puedes dejar las dos en blanco.',
      privacy:
        'No escribas nada que pueda revelar quién eres: ni nombres, ni fechas, ni una reunión o un proyecto en el que solo participasteis tú y unas pocas personas más.',
      keep: '¿Qué debería seguir haciendo esta persona?',
      next: '¿Qué es algo que podría probar a continuación?',
      count: '{count} de {max} caracteres',
      left: '{count, plural, =0 {No quedan caracteres.} one {Queda # carácter.} other {Quedan # caracteres.}}',
      codeOnly:
        'El código de respuesta lleva solo tus respuestas, nunca tus comentarios: los comentarios solo llegan a la persona en el archivo descargado.',
      sendFile:
        'Has escrito comentarios: descarga el archivo y envíaselo también (puedes enviarlo en lugar del código, porque también lo contiene).',
    },
  },
  instrument: {
    id: 'l3d-core',
    version: '2.0.0',
    title: 'Diagnóstico de Liderazgo 3D',
    scale: {
      labels: ['Casi nunca', 'Rara vez', 'A veces', 'A menudo', 'Casi siempre'],
      notObserved: 'No observado',
    },
    dimensions: {
      technical: {
        label: 'Pericia técnica',
        description:
          'Los conocimientos y la destreza profesionales que una persona aplica para hacer bien su trabajo, mantiene al día y transmite a otros.',
      },
      relational: {
        label: 'Gestión de relaciones',
        description:
          'Cómo una persona se gana la confianza, escucha con atención y mueve a otros a actuar, sea cual sea su cargo.',
      },
      business: {
        label: 'Visión de negocio',
        description:
          'Cómo una persona entiende de dónde viene el valor, sirve a quienes reciben su trabajo, colabora con toda la organización y lidera el cambio.',
      },
    },
    facets: {
      'domain-mastery': {
        label: 'Dominio de la especialidad',
        description:
          'Usar los conocimientos y la destreza de tu campo para detectar y resolver problemas, incluso los poco habituales.',
        develop: {
          reflect:
            '¿Qué parte de tu trabajo sigues haciendo por costumbre, y qué cambiaría si entendieras los principios que hay detrás?',
          feedforward:
            'Pregunta al profesional con más experiencia que conozcas: «¿En qué habilidad concreta debería profundizar ahora para afrontar casos más difíciles?»',
          experiment:
            'Durante las próximas cuatro semanas, elige cada semana un caso poco habitual y anota el principio que usaste para resolverlo.',
        },
      },
      judgement: {
        label: 'Criterio y calidad',
        description:
          'Sopesar opciones y riesgos, comprobar la calidad y reconocer con honestidad la incertidumbre en las decisiones profesionales.',
        develop: {
          reflect:
            'Piensa en una decisión reciente que salió mal: ¿qué opción o qué riesgo pasaste por alto, y por qué?',
          feedforward:
            'Pregunta a un colega en cuyo criterio confíes: «Antes de mi próxima decisión importante, ¿qué debería comprobar que suelo pasar por alto?»',
          experiment:
            'Durante las próximas tres semanas, antes de comprometerte con cualquier decisión importante, anota dos alternativas y el riesgo principal de cada una.',
        },
      },
      'keeping-current': {
        label: 'Mantenerse al día',
        description:
          'Seguir aprendiendo a medida que cambia tu campo y aplicar nuevos métodos en el trabajo real.',
        develop: {
          reflect:
            '¿Sobre qué cambio de tu campo en los dos últimos años has tardado más en aprender, y qué te ha costado eso?',
          feedforward:
            'Pregunta a un colega conocido por estar al día: «¿Qué fuente o qué hábito me sugerirías añadir para seguir aprendiendo?»',
          experiment:
            'Durante las próximas seis semanas, reserva una hora a la semana para estudiar una novedad de tu campo y luego pruébala en una tarea real.',
        },
      },
      'sharing-expertise': {
        label: 'Compartir conocimientos',
        description:
          'Ayudar a otras personas a desarrollar su propia destreza para que puedan hacer un buen trabajo sin depender de ti.',
        develop: {
          reflect:
            '¿Qué tareas se paralizarían si estuvieras fuera un mes, y qué conocimientos guardas solo en tu cabeza?',
          feedforward:
            'Pregunta a un colega con menos experiencia: «¿Qué podría explicarte o mostrarte en las próximas semanas que más te ayudaría?»',
          experiment:
            'Durante las próximas tres semanas, cuando alguien te traiga un problema, pregúntale qué probaría antes de darle tu respuesta.',
        },
      },
      credibility: {
        label: 'Credibilidad y confianza',
        description:
          'Cumplir los compromisos, mantener informados a los demás y ayudar más allá de tus propias funciones.',
        develop: {
          reflect:
            '¿Qué promesa reciente cumpliste o dejaste de cumplir, y cómo influyó en lo mucho o poco que los demás cuentan contigo?',
          feedforward:
            'Pregunta a un colega que depende de tu trabajo: «¿Qué podría hacer durante el próximo mes para que te resulte más fácil contar conmigo?»',
          experiment:
            'Durante las próximas cuatro semanas, anota cada compromiso que asumas y avisa a los demás en cuanto alguna fecha esté en riesgo.',
        },
      },
      listening: {
        label: 'Escucha activa',
        description:
          'Prestar plena atención a los demás y comprobar que los has entendido antes de responder.',
        develop: {
          reflect:
            'En tu última conversación difícil, ¿cuánto tiempo pasaste escuchando y cuánto preparando tu respuesta?',
          feedforward:
            'Pregunta a alguien con quien te reúnas a menudo: «En nuestras próximas conversaciones, ¿qué podría hacer para que sientas que te escucho plenamente?»',
          experiment:
            'Durante las próximas dos semanas, en las reuniones individuales, antes de responder resume lo que has oído y pregunta si lo has entendido bien.',
        },
      },
      influence: {
        label: 'Influencia sin autoridad',
        description:
          'Conseguir apoyo mediante la influencia personal, no la del cargo: averiguar qué necesitan los demás y encontrar una solución intermedia.',
        develop: {
          reflect:
            'Piensa en un desacuerdo reciente: ¿qué necesitaba la otra persona, y qué solución intermedia podrías haberle ofrecido?',
          feedforward:
            'Pregunta a un colega que consigue apoyos sin tener un cargo: «¿Cómo abordarías a las personas a las que tengo que convencer ahora?»',
          experiment:
            'Durante el próximo mes, antes de cada propuesta, reúnete con una persona clave para escuchar sus inquietudes antes de presentarla.',
        },
      },
      feedback: {
        label: 'Pedir retroalimentación y sugerencias de futuro',
        description:
          'Preguntar a los demás cómo lo estás haciendo (retroalimentación) y qué podrías probar a continuación (sugerencias de futuro), y actuar según lo que te digan.',
        develop: {
          reflect:
            '¿Cuándo cambiaste por última vez tu forma de trabajar gracias a los comentarios de alguien, y a quién no le has pedido todavía su opinión?',
          feedforward:
            'Haz la misma pregunta a tres colegas: «¿Qué cosa podría hacer durante el próximo mes para ser más eficaz?»',
          experiment:
            'Durante las próximas tres semanas, termina una reunión a la semana pidiendo una sola sugerencia y luego da las gracias a la persona sin defenderte.',
        },
      },
      acumen: {
        label: 'Comprensión del negocio',
        description:
          'Entender cómo crea valor tu organización y usarlo para decidir qué es lo más importante.',
        develop: {
          reflect:
            '¿Cómo gana o ahorra dinero tu organización, y dónde encaja tu propio trabajo en ese panorama?',
          feedforward:
            'Pregunta a alguien de finanzas o de planificación: «¿Qué debería entender mejor de nuestras cifras para tomar mejores decisiones el próximo trimestre?»',
          experiment:
            'Durante el próximo mes, antes de empezar cada trabajo nuevo, anota cuánto costará y qué beneficio se espera de él.',
        },
      },
      customer: {
        label: 'Resultados para el cliente',
        description:
          'Centrarse en los resultados que tu trabajo aporta a las personas a las que sirve, dentro o fuera de la organización.',
        develop: {
          reflect:
            '¿Quién usa lo que produce tu trabajo, y qué resultado diría esa persona que es el que más necesita de él?',
          feedforward:
            'Pregunta a un cliente, paciente o usuario al que atiendas: «¿Qué podría hacer de otra manera la próxima vez para que esto te resulte más útil?»',
          experiment:
            'Durante las próximas cuatro semanas, vuelve a hablar cada semana con quien usa uno de tus trabajos terminados para saber qué se consiguió con él.',
        },
      },
      partnership: {
        label: 'Colaboración estratégica',
        description:
          'Trabajar con otros equipos y con tus superiores hacia objetivos que van más allá de tu propio trabajo.',
        develop: {
          reflect:
            '¿El éxito de qué equipo depende de tu trabajo, y hasta qué punto entiendes lo que ese equipo intenta lograr este año?',
          feedforward:
            'Pregunta a uno de tus superiores: «¿Con qué otros equipos debería colaborar más estrechamente este año?»',
          experiment:
            'Durante las próximas seis semanas, mantén cada dos semanas una conversación breve con alguien de otro equipo sobre sus prioridades.',
        },
      },
      change: {
        label: 'Inspirar el cambio y la innovación',
        description:
          'Compartir una visión de lo que el trabajo podría lograr y dar espacio para que se prueben ideas nuevas.',
        develop: {
          reflect:
            '¿Qué podría lograr tu trabajo dentro de tres años, y a quién le has contado esa visión?',
          feedforward:
            'Pregunta a las personas con las que trabajas: «¿Qué idea para mejorar nuestro trabajo deberíamos probar primero, y qué ayudaría a que saliera bien?»',
          experiment:
            'Durante el próximo mes, responde a cada idea nueva que escuches con una pregunta sobre ella antes de juzgarla.',
        },
      },
    },
    items: {
      'domain-mastery-1': {
        self: 'Me encargo de los problemas más difíciles de mi trabajo.',
        observer: 'Esta persona se encarga de los problemas más difíciles de su trabajo.',
      },
      'credibility-1': {
        self: 'Hago lo que dije que haría en el plazo que indiqué.',
        observer: 'Esta persona hace lo que dijo que haría en el plazo que indicó.',
      },
      'acumen-1': {
        self: 'Explico cómo mi trabajo contribuye a los objetivos de la organización.',
        observer:
          'Esta persona explica cómo su trabajo contribuye a los objetivos de la organización.',
      },
      'judgement-1': {
        self: 'Me quedo con la primera solución que se me ocurre cuando surge un problema.',
        observer:
          'Esta persona se queda con la primera solución que propone cuando surge un problema.',
      },
      'listening-1': {
        self: 'Hago preguntas para entender lo que quiere decir la otra persona antes de responder.',
        observer:
          'Esta persona hace preguntas para entender lo que quiere decir la otra persona antes de responder.',
      },
      'customer-1': {
        self: 'Pregunto a quienes usan mi trabajo qué resultado necesitan obtener de él.',
        observer:
          'Esta persona pregunta a quienes usan su trabajo qué resultado necesitan obtener de él.',
      },
      'keeping-current-1': {
        self: 'Reservo tiempo para aprender sobre las novedades de mi campo.',
        observer: 'Esta persona comenta lo que ha aprendido sobre las novedades de su campo.',
      },
      'influence-1': {
        self: 'Recurro a alguien de mayor rango para que zanje un desacuerdo con un colega.',
        observer:
          'Esta persona recurre a alguien de mayor rango para que zanje un desacuerdo con un colega.',
      },
      'partnership-1': {
        self: 'Me reúno con integrantes de otros equipos para conocer sus prioridades.',
        observer:
          'Esta persona se reúne con integrantes de otros equipos para conocer sus prioridades.',
      },
      'sharing-expertise-1': {
        self: 'Explico las razones de mis decisiones profesionales para que mis colegas puedan aplicarlas por su cuenta.',
        observer:
          'Esta persona explica las razones de sus decisiones profesionales para que sus colegas puedan aplicarlas por su cuenta.',
      },
      'feedback-1': {
        self: 'Pido a mis colegas sugerencias sobre qué podría hacer mejor la próxima vez.',
        observer:
          'Esta persona pide a sus colegas sugerencias sobre qué podría hacer mejor la próxima vez.',
      },
      'change-1': {
        self: 'Pido pruebas de que una idea nueva funciona antes de apoyarla.',
        observer: 'Esta persona pide pruebas de que una idea nueva funciona antes de apoyarla.',
      },
      'domain-mastery-2': {
        self: 'Señalo problemas en el trabajo que a otros se les han escapado.',
        observer: 'Esta persona señala problemas en el trabajo que a otros se les han escapado.',
      },
      'credibility-2': {
        self: 'Acepto un plazo antes de comprobar qué implica el trabajo.',
        observer: 'Esta persona acepta un plazo antes de comprobar qué implica el trabajo.',
      },
      'acumen-2': {
        self: 'Estimo cuánto costará un trabajo antes de empezarlo.',
        observer: 'Esta persona indica cuánto costará probablemente un trabajo antes de empezarlo.',
      },
      'judgement-2': {
        self: 'Reviso mi trabajo en busca de errores antes de pasárselo a otras personas.',
        observer: 'Esta persona entrega a los demás trabajo ya revisado en busca de errores.',
      },
      'listening-2': {
        self: 'Resumo lo que escucho para comprobar que lo he entendido.',
        observer: 'Esta persona resume lo que escucha para comprobar que lo ha entendido.',
      },
      'customer-2': {
        self: 'Decido, según mis propios conocimientos, qué necesitan las personas a las que atiendo.',
        observer:
          'Esta persona decide, según sus propios conocimientos, qué necesitan las personas a las que atiende.',
      },
      'keeping-current-2': {
        self: 'Pruebo métodos nuevos de mi campo en trabajos reales.',
        observer: 'Esta persona prueba métodos nuevos de su campo en trabajos reales.',
      },
      'influence-2': {
        self: 'Averiguo qué les importa a los demás antes de pedirles su apoyo.',
        observer: 'Esta persona averigua qué les importa a los demás antes de pedirles su apoyo.',
      },
      'partnership-2': {
        self: 'Comento a mis superiores las tendencias que observo en mi trabajo.',
        observer: 'Esta persona comenta a sus superiores las tendencias que observa en su trabajo.',
      },
      'sharing-expertise-2': {
        self: 'Termino yo la tarea de un colega cuando este tarda en resolverla.',
        observer:
          'Esta persona termina ella misma la tarea de un colega cuando este tarda en resolverla.',
      },
      'feedback-2': {
        self: 'Pido retroalimentación poco después de terminar un trabajo.',
        observer: 'Esta persona pide retroalimentación poco después de terminar un trabajo.',
      },
      'change-2': {
        self: 'Describo lo que nuestro trabajo podría lograr en los próximos años.',
        observer:
          'Esta persona describe lo que nuestro trabajo podría lograr en los próximos años.',
      },
      'domain-mastery-3': {
        self: 'Sigo el procedimiento estándar, sean cuales sean los detalles del caso.',
        observer:
          'Esta persona sigue el procedimiento estándar, sean cuales sean los detalles del caso.',
      },
      'credibility-3': {
        self: 'Mantengo a los demás al tanto del avance del trabajo que les he prometido.',
        observer:
          'Esta persona mantiene a los demás al tanto del avance del trabajo que les ha prometido.',
      },
      'acumen-3': {
        self: 'Pregunto qué valor aportará una nueva tarea a la organización.',
        observer: 'Esta persona pregunta qué valor aportará una nueva tarea a la organización.',
      },
      'judgement-3': {
        self: 'Sopeso los riesgos de una decisión antes de tomarla.',
        observer: 'Esta persona analiza en voz alta los riesgos de una decisión antes de tomarla.',
      },
      'listening-3': {
        self: 'Guardo mis dispositivos cuando alguien me está hablando.',
        observer: 'Esta persona guarda sus dispositivos cuando alguien le está hablando.',
      },
      'customer-3': {
        self: 'Vuelvo a hablar con las personas a las que sirve mi trabajo para saber si resolvió su problema.',
        observer:
          'Esta persona vuelve a hablar con las personas a las que sirve su trabajo para saber si resolvió su problema.',
      },
      'keeping-current-3': {
        self: 'Pregunto a personas de mi campo por los métodos nuevos que usan.',
        observer: 'Esta persona pregunta a personas de su campo por los métodos nuevos que usan.',
      },
      'influence-3': {
        self: 'Propongo una solución intermedia que cada parte pueda aceptar.',
        observer: 'Esta persona propone una solución intermedia que cada parte pueda aceptar.',
      },
      'partnership-3': {
        self: 'Antepongo mis propios plazos a los objetivos que comparto con otros equipos.',
        observer:
          'Esta persona antepone sus propios plazos a los objetivos que comparte con otros equipos.',
      },
      'sharing-expertise-3': {
        self: 'Pongo por escrito lo que sé para que otras personas puedan usarlo cuando no estoy.',
        observer:
          'Esta persona pone por escrito lo que sabe para que otras personas puedan usarlo cuando no está.',
      },
      'feedback-3': {
        self: 'Me guardo mi trabajo para mí hasta tenerlo terminado.',
        observer: 'Esta persona se guarda su trabajo para sí hasta tenerlo terminado.',
      },
      'change-3': {
        self: 'Ayudo a mis colegas a probar sus propias ideas nuevas.',
        observer: 'Esta persona ayuda a sus colegas a probar sus propias ideas nuevas.',
      },
      'domain-mastery-4': {
        self: 'Identifico la causa raíz de un problema antes de resolverlo.',
        observer: 'Esta persona identifica la causa raíz de un problema antes de resolverlo.',
      },
      'credibility-4': {
        self: 'Encuentro tiempo para ayudar a mis colegas con problemas ajenos a mis funciones.',
        observer:
          'Esta persona encuentra tiempo para ayudar a sus colegas con problemas ajenos a sus funciones.',
      },
      'acumen-4': {
        self: 'Atiendo las tareas por orden de llegada.',
        observer: 'Esta persona atiende las tareas por orden de llegada.',
      },
      'judgement-4': {
        self: 'Indico a los demás qué grado de certeza tengo cuando doy una opinión profesional.',
        observer:
          'Esta persona indica a los demás qué grado de certeza tiene cuando da una opinión profesional.',
      },
      'listening-4': {
        self: 'Interrumpo a los demás antes de que terminen de exponer su idea.',
        observer: 'Esta persona interrumpe a los demás antes de que terminen de exponer su idea.',
      },
      'customer-4': {
        self: 'Defiendo las necesidades de quienes usan mi trabajo.',
        observer: 'Esta persona defiende las necesidades de quienes usan su trabajo.',
      },
      'keeping-current-4': {
        self: 'Espero a que una tarea requiera un método nuevo antes de aprenderlo.',
        observer:
          'Esta persona espera a que una tarea requiera un método nuevo antes de aprenderlo.',
      },
      'influence-4': {
        self: 'Reúno apoyos para una idea entre las personas clave antes de la reunión en la que se decide.',
        observer:
          'Esta persona reúne apoyos para una idea entre las personas clave antes de la reunión en la que se decide.',
      },
      'partnership-4': {
        self: 'Involucro a otros equipos en una fase temprana del trabajo que les afectará.',
        observer:
          'Esta persona involucra a otros equipos en una fase temprana del trabajo que les afectará.',
      },
      'sharing-expertise-4': {
        self: 'Invito a colegas con menos experiencia a trabajar a mi lado en tareas difíciles.',
        observer:
          'Esta persona invita a colegas con menos experiencia a trabajar a su lado en tareas difíciles.',
      },
      'feedback-4': {
        self: 'Pruebo las sugerencias que mis colegas me hacen sobre mi trabajo.',
        observer: 'Esta persona prueba las sugerencias que sus colegas le hacen sobre su trabajo.',
      },
      'change-4': {
        self: 'Propongo nuevas formas de hacer nuestro trabajo.',
        observer: 'Esta persona propone nuevas formas de hacer nuestro trabajo.',
      },
    },
  },
};
export default es;

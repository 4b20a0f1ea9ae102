import type { GuideMessages } from '../types.js';

/*
 * Spanish texts of the report's second version (the `guide` section), with the choices of
 * `es.ts` («tú», feedforward = «sugerencias de futuro»), and the strength advice of the
 * built-in instrument's facets (`use`), by facet id.
 */
export const esGuide: GuideMessages = {
  stage: {
    next: 'Siguiente paso',
    keep: 'Para mantener y ampliar tu nivel',
    lower: 'El rango probable abarca más de una etapa; esto corresponde a la inferior, {stage}.',
    technical: {
      novice: {
        now: 'Te apoyas en reglas, listas de comprobación y ejemplos ajenos para hacer bien el trabajo.',
        next: 'Resuelve más casos reales junto a alguien con experiencia y pregunta por qué existe cada regla.',
      },
      'advanced-beginner': {
        now: 'Reconoces por experiencia las situaciones conocidas; las nuevas aún te piden ayuda.',
        next: 'Hazte cargo de una tarea completa, de principio a fin, y planifica cómo abordarla.',
      },
      competent: {
        now: 'Planificas tu trabajo, decides qué importa más y respondes del resultado.',
        next: 'Revisa cada resultado para formarte una idea del caso entero, no solo de sus partes.',
      },
      proficient: {
        now: 'Ves enseguida la situación completa y sabes qué es lo más importante.',
        next: 'Asume los casos más difíciles, donde la experiencia debe guiar lo que ninguna regla cubre.',
      },
      expert: {
        now: 'Actúas con soltura desde una experiencia profunda, incluso en casos poco comunes.',
        next: 'Sigue aprendiendo en la frontera de tu campo y enseña lo que sabes para que otros crezcan.',
      },
    },
    relational: {
      novice: {
        now: 'Trabajas con los demás mediante rutinas fijas, como reuniones y procedimientos acordados.',
        next: 'Fíjate en cómo responde la gente y pide retroalimentación después de las conversaciones clave.',
      },
      'advanced-beginner': {
        now: 'Creas buenos lazos con quien conoces; con desconocidos o en un conflicto te cuesta más.',
        next: 'Cumple cada promesa a la vista de todos y escucha del todo antes de responder.',
      },
      competent: {
        now: 'Cumples tus compromisos, escuchas bien y consigues apoyo para un plan que lideras.',
        next: 'Averigua qué necesita cada persona y busca un punto medio antes de insistir.',
      },
      proficient: {
        now: 'Lees rápido a las personas y las situaciones, y adaptas tu forma de trabajar con cada una.',
        next: 'Une a grupos con intereses opuestos y da retroalimentación que ayude a crecer.',
      },
      expert: {
        now: 'La gente te busca: la confianza y la influencia te llegan con naturalidad en toda la organización.',
        next: 'Enseña a otros a construir relaciones y sigue pidiendo sugerencias de futuro sinceras.',
      },
    },
    business: {
      novice: {
        now: 'Conoces tus tareas, pero aún no ves con claridad cómo crean valor.',
        next: 'Aprende cómo llega el trabajo de tu equipo a los clientes y cómo se refleja en las cifras.',
      },
      'advanced-beginner': {
        now: 'Conoces lo básico de cómo funciona el negocio y detectas algunas necesidades de clientes.',
        next: 'Relaciona tus decisiones con costes, clientes y objetivos, y comprueba qué resultó.',
      },
      competent: {
        now: 'Sopesas costes y beneficios y vinculas tu trabajo a los objetivos de la organización.',
        next: 'Crea alianzas con otras áreas y mira más allá de tu propio ámbito.',
      },
      proficient: {
        now: 'Ves el panorama general del negocio y actúas ante los cambios antes de que te lo pidan.',
        next: 'Lidera cambios que crucen áreas y ayuda a decidir hacia dónde va la organización.',
      },
      expert: {
        now: 'Das forma a la estrategia y conviertes los cambios del mercado en opciones claras para otros.',
        next: 'Guía a otros en la visión de negocio y sigue contrastando tu criterio con mercados nuevos.',
      },
    },
  },
  items: {
    heading: 'Respuestas más altas y más bajas',
    lede: 'Las afirmaciones tal como se leyeron, con la respuesta dada. Una afirmación sobre lo contrario de una conducta puntúa alto cuando se respondió que ocurre rara vez.',
    highest: 'Más altas',
    lowest: 'Más bajas',
    answer: 'Respuesta: {answer}',
    tied: 'empate',
    leftOut:
      '{count, plural, one {# afirmación empata} other {# afirmaciones empatan}} en el puesto {rank}, demasiadas para ordenarlas: verlas.',
    allEqual:
      'Todas las afirmaciones recibieron la misma respuesta: ninguna destaca por encima o por debajo.',
    tooFew: 'Se respondieron muy pocas afirmaciones para señalar las más altas y las más bajas.',
  },
  use: 'Sácale más partido',
  lowItems: 'Tus respuestas más bajas aquí',
  lowItemsTied:
    '{count} de sus afirmaciones empatan en la respuesta más baja aquí, así que ninguna se destaca.',
};

/** Strength advice for the built-in instrument's facets, in Spanish. */
export const esUse: Readonly<Record<string, string>> = {
  'domain-mastery':
    'Acepta un caso que a otros les resulte difícil y explica a un colega, paso a paso, cómo lo resuelves.',
  judgement:
    'Ofrécete a revisar la próxima gran decisión de un colega con las preguntas que te harías a ti.',
  'keeping-current':
    'Cada mes, comparte con tu equipo una novedad de tu campo y lo que significa para su trabajo.',
  'sharing-expertise':
    'Organiza una sesión periódica en la que colegas con menos experiencia traigan problemas reales para resolverlos contigo.',
  credibility:
    'Preséntate para un trabajo donde la confianza entre grupos sea baja y sé quien cumple lo acordado.',
  listening:
    'Modera la próxima reunión tensa y asegúrate de que cada opinión se escuche y se resuma antes de decidir.',
  influence:
    'Ayuda a un colega a preparar cómo ganar apoyo para su propuesta, contándole lo que a ti te funciona.',
  feedback: 'Muestra a un colega cómo pides sugerencias de futuro e invítalo a pedirte la suya.',
  acumen:
    'Explica a tu equipo, con un ejemplo real, cómo se refleja su trabajo en los costes y los ingresos.',
  customer:
    'Lleva la mirada de un cliente a la próxima decisión del equipo e invita a un colega a una visita a clientes.',
  partnership:
    'Pon en contacto a dos equipos que podrían ayudarse y ayúdalos a acordar un objetivo común.',
  change:
    'Ofrécete a ayudar a liderar un cambio fuera de tu área y acompaña a quienes más les cueste.',
};

import type { ThreeSixtyDetailMessages } from '../types.js';

/** Spanish texts of `<l3d-360>`'s item detail, with the choices of `es-360.ts` («tú», «colegas»). */
export const es360Detail: ThreeSixtyDetailMessages = {
  sections: {
    items: 'Ítem por ítem',
    agreement: 'Dónde coinciden y dónde discrepan los demás',
    top: 'Ítems mejor y peor valorados por los demás',
    differences: 'Mayores diferencias entre tu visión y la de los demás',
    comments: 'Comentarios',
  },
  items: {
    intro:
      'Cada conducta tal como la respondisteis tú y los demás: la respuesta media de 1 (casi nunca) a 5 (casi siempre), con los ítems redactados a la inversa ya invertidos, y entre paréntesis cuántas personas respondieron. Un ítem marcado «puntúa a la inversa» describe la conducta contraria: una media alta significa que los demás la ven rara vez. La media de un grupo solo aparece cuando respondieron al menos 3 de sus miembros (la de tu responsable, aparte); un guion indica que no se muestra o que nadie respondió.',
    facet: '{facet}: ítem por ítem',
    item: 'Conducta',
    count: '({n})',
    range: 'Rango de los demás',
    facetRange: 'Los demás: {min}–{max}',
    reverse: 'puntúa a la inversa',
  },
  agreement: {
    intro:
      'El rango va de la respuesta más baja a la más alta de todos los demás, cuando respondieron al menos 3. Las opiniones discrepan mucho en un ítem cuando las respuestas se separan 3 puntos o más (por ejemplo, «rara vez» y «casi siempre»), y en una faceta cuando las medias de la faceta de cada persona se separan 2 puntos o más. Merece la pena conversar sobre ello: quizá te ven en situaciones distintas.',
    split: 'Opiniones divididas',
    facets: 'Facetas',
    items: 'Ítems',
    entry: '{min}–{max}',
    none: 'Ninguno: en todos los ítems y facetas con al menos 3 respuestas, las opiniones de los demás están dentro de esos márgenes.',
  },
  top: {
    intro:
      'Todos los demás juntos, en los ítems que respondieron al menos 3 de ellos. Los ítems cuyas medias se leen igual están empatados y comparten puesto; un empate que pasaría de 5 ítems se deja fuera entero en lugar de cortarlo al azar.',
    highest: 'Mejor valorados',
    lowest: 'Peor valorados',
    tiedOut: '{count, plural, other {Otros # ítems empatan en {mean} y se dejan fuera juntos.}}',
    none: 'Aún no hay suficientes respuestas: un ítem necesita respuestas de al menos 3 personas.',
  },
  differences: {
    intro:
      'Ítems que respondiste tú y al menos 3 personas más, de la mayor diferencia a la menor (en la escala de 1 a 5). Los empates se tratan como en las listas anteriores.',
    selfHigher: 'Te valoras más alto',
    othersHigher: 'Los demás te valoran más alto',
    entry: 'Tú {self}, los demás {others} ({difference})',
    none: 'No hay diferencias que mostrar: hacen falta tus respuestas y las de al menos 3 personas en los mismos ítems.',
  },
  comments: {
    intro:
      'Lo que escribieron las personas, grupo por grupo. Los comentarios de un grupo solo se muestran cuando al menos 3 de sus miembros escribieron alguno, y en orden aleatorio, para que nadie pueda saber quién escribió qué. Los comentarios de tu responsable se muestran aparte, indicando que son suyos.',
    keep: '¿Qué debería seguir haciendo esta persona?',
    next: '¿Qué podría probar a continuación?',
    manager: 'Comentarios de tu responsable',
    withheld:
      '{group}: menos de 3 personas de este grupo escribieron comentarios, así que no se muestran; a la vista, podrían delatar a quien los escribió.',
    noAnswer: 'Nadie de este grupo respondió a esta pregunta.',
    none: 'Ninguna de las personas que te evaluaron escribió comentarios.',
    bad: 'No se pudieron usar los comentarios de la retroalimentación número {index} (no son texto, pasan de {max} caracteres o tienen caracteres de control); sus respuestas sí cuentan.',
  },
};

import type { PlanMessages } from '../types.js';

/** Los textos del plan de desarrollo (`<l3d-plan>`) en español: un fragmento aparte. */
export const esPlan: PlanMessages = {
  editorHeading: 'Prepara tu plan de desarrollo',
  summaryHeading: 'Tu plan de desarrollo',
  earlier: 'El plan de desarrollo hecho con el resultado anterior',
  facets: 'Áreas que quieres desarrollar (elige una o dos)',
  growthGroup: 'Tus áreas de crecimiento',
  otherGroup: 'Otras áreas',
  why: 'Por qué te importa',
  feedforwardFrom: 'A quién pedirás feedforward',
  feedforwardHint:
    'El feedforward es un consejo para la próxima vez, no un juicio sobre el pasado.',
  experiment: 'Un experimento que vas a probar',
  experimentHint: 'Viene con la sugerencia de la primera área elegida: hazlo tuyo.',
  start: 'Inicio',
  review: 'Revisión',
  retest: 'Nueva evaluación',
  datesHint:
    'Por defecto, la revisión es 4 semanas después del inicio y la nueva evaluación, 90 días después.',
  limit: 'Hasta {max} caracteres.',
  save: 'Guardar el plan',
  cancel: 'Ahora no',
  edit: 'Editar el plan',
  remove: 'Quitar el plan',
  undo: 'Deshacer',
  saved: 'Plan guardado.',
  removed: 'Plan quitado.',
  restored: 'Plan recuperado.',
  check:
    '{count, plural, one {Revisa el campo marcado abajo.} other {Revisa los # campos marcados abajo.}}',
  download: 'Descargar recordatorio de calendario (.ics)',
  dates: 'Inicio {start}, revisión {review}, nueva evaluación {retest}',
  problems: {
    missing: 'Describe un experimento.',
    'facet-count': 'Elige una o dos áreas.',
    'facet-unknown': 'Elige áreas de esta lista.',
    'too-long': 'Acórtalo a {max} caracteres como máximo.',
    'control-characters': 'Quita los caracteres de control invisibles.',
    'date-invalid': 'Escribe una fecha.',
    'review-before-start': 'La revisión no puede ser antes del inicio.',
    'retest-before-review': 'La nueva evaluación no puede ser antes de la revisión.',
    'retest-past': 'La nueva evaluación no puede estar en el pasado.',
  },
  calendar: {
    review: 'Revisar mi experimento de desarrollo',
    retest: 'Volver a responder el cuestionario de liderazgo 3D',
    areas: 'Áreas: {facets}',
    experiment: 'Experimento: {experiment}',
    feedforwardFrom: 'Pedir feedforward a: {name}',
    fileName: 'leadership-3d-plan.ics',
  },
};

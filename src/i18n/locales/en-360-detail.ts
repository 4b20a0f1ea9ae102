/**
 * The texts of `<l3d-360>`'s item detail (issue 17: item by item, agreement, highest and lowest
 * items, differences, comments), in English: the reference `es-360-detail.ts` and
 * `ar-360-detail.ts` match key for key. They load with the detail's own chunk, only when a view
 * has raters, so neither the view's first chunk nor a respondent's download grows. Group names
 * come from the view's `groups` texts.
 */
export const en360Detail = {
  sections: {
    items: 'Item by item',
    agreement: 'Where others agree and differ',
    top: 'Highest and lowest items, as others see them',
    differences: 'Largest differences between you and others',
    comments: 'Comments',
  },
  items: {
    intro:
      'Each behaviour as you and others answered it: the mean answer from 1 (almost never) to 5 (almost always), with reverse-worded items turned round, and in brackets how many answered. An item marked “scored in reverse” describes the opposite behaviour: a high mean means others see it rarely. A group’s mean is shown only where at least 3 of its raters answered (your manager’s on its own); a dash means not shown or not answered.',
    facet: '{facet}: item by item',
    item: 'Behaviour',
    count: '({n})',
    range: 'Others’ range',
    facetRange: 'Others: {min}–{max}',
    reverse: 'scored in reverse',
  },
  agreement: {
    intro:
      'The range runs from the lowest to the highest answer among all others, where at least 3 answered. Views differ strongly on an item when answers are 3 or more points apart (say “rarely” and “almost always”), and on a facet when raters’ facet means are 2 or more points apart. Such a split is worth a conversation: people may see you in different situations.',
    split: 'Views differ',
    facets: 'Facets',
    items: 'Items',
    entry: '{min}–{max}',
    none: 'None: on every item and facet with at least 3 answers, others’ views are within the ranges above.',
  },
  top: {
    intro:
      'All others together, on the items at least 3 of them answered. Items whose means read the same are tied and share a place; a tie that would run past 5 items is left out whole rather than cut at random.',
    highest: 'Rated highest',
    lowest: 'Rated lowest',
    tiedOut: '{count, plural, other {# more items are tied at {mean} and left out together.}}',
    none: 'Not enough answers yet: an item needs answers from at least 3 others.',
  },
  differences: {
    intro:
      'Items you answered and at least 3 others answered, largest difference first (on the 1 to 5 scale). Ties are treated as in the lists above.',
    selfHigher: 'You rate yourself higher',
    othersHigher: 'Others rate you higher',
    entry: 'You {self}, others {others} ({difference})',
    none: 'No difference to show: it needs your own answers and those of at least 3 others on the same items.',
  },
  comments: {
    intro:
      'What raters wrote, group by group. A group’s comments are shown only when at least 3 of its raters wrote any, and in a random order, so that nobody can tell who wrote what. Your manager’s comments are shown on their own, labelled as theirs.',
    keep: 'What should this person keep doing?',
    next: 'What is one thing they could try next?',
    manager: 'Your manager’s comments',
    withheld:
      '{group}: fewer than 3 raters in this group wrote comments, so they are not shown; shown, they could reveal who wrote them.',
    noAnswer: 'Nobody in this group answered this question.',
    none: 'None of your raters wrote comments.',
    bad: 'The comments given with feedback number {index} could not be used (not text, longer than {max} characters, or with control characters); its answers still count.',
  },
};

import type da from '../da/notes';
import type { Messages } from '../messages';

const notes: Messages<typeof da> = {
  heading: 'Case notes',
  intro:
    'Notes are written as soon as possible and dated with the day of what they record. The author may correct a note for 24 hours; after that it stands, and anything new is written as a supplement.',
  loading: 'Loading the case notes …',
  empty: 'There are no notes on the case yet.',
  loadError: 'The case notes could not be loaded.',
  loadMore: 'Show more notes',
  kind: {
    NOTE: 'Note',
    PHONE_CALL: 'Phone call',
    MEETING: 'Meeting',
    CHILD_CONVERSATION: 'Conversation with the child',
    HOME_VISIT: 'Home visit',
    EXTERNAL_STATEMENT: 'External professional assessment',
    PROCEDURAL_STEP: 'Significant procedural step',
  },
  entry: {
    occurredOn: 'Date',
    author: 'Written by',
    authorWithUnit: '{{name}}, {{unit}}',
    createdAt: 'Created',
    updatedAt: 'Corrected',
    editableUntil: 'You can correct it until {{time}}',
    supplements: 'Supplements',
    supplement: 'Supplement',
  },
  actions: {
    write: 'Write a note',
    edit: 'Edit',
    supplement: 'Write a supplement',
    forNote: 'to the note "{{title}}"',
  },
  form: {
    newHeading: 'Write a note',
    editHeading: 'Correct the note "{{title}}"',
    supplementHeading: 'Supplement to "{{title}}"',
    kind: 'Type',
    occurredOn: 'Date',
    occurredOnHint: 'The day of what the note records, e.g. the conversation. Not in the future.',
    title: 'Heading',
    body: 'Note',
    submitNew: 'Save note',
    submitEdit: 'Save correction',
    submitSupplement: 'Save supplement',
    submitting: 'Saving …',
    cancel: 'Cancel',
    saved: 'The note "{{title}}" has been saved.',
    savedEdit: 'The correction of "{{title}}" has been saved.',
    savedSupplement: 'The supplement "{{title}}" has been saved.',
    errors: {
      heading: 'The note could not be saved',
      kind: 'Choose the type of note',
      occurredOn: 'Enter a valid date',
      title: 'Enter a heading of at most 200 characters',
      body: 'Enter the text of the note (at most 50,000 characters)',
      conflict: 'Someone else corrected the note meanwhile. Reload the case notes and make your correction again.',
      editWindow: 'Only the author can correct a note, and only within 24 hours. Write a supplement instead.',
    },
  },
};

export default notes;
